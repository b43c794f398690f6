package io.agentstudio.logic.agentfile;

/** Turns SnakeYAML's terse problem texts into advice a persona writer can act on. */
final class YamlHints {
    private YamlHints() {
    }

    static String hintFor(String problem) {
        String p = problem.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "A value holds `: ` (colon and space) without quotes: put the value in quotes or make it a `|` block.";
        }
        if (p.contains("found character '\\t'") || p.contains("tab")) {
            return "YAML does not allow tabs for indentation: indent with spaces.";
        }
        if (p.contains("could not find expected ':'")) {
            return "A line in the frontmatter is not a `key: value` pair; a long value that wraps must be quoted or written as a `|` block.";
        }
        if (p.contains("found undefined alias") || p.contains("expected alphabetic or numeric character")) {
            return "A value starts with `*` or `&`, which YAML reads as an alias or anchor: quote the value.";
        }
        if (p.contains("found character that cannot start any token")) {
            return "A value starts with a character YAML reserves (such as `@`, `` ` `` or `%`): quote the value.";
        }
        return "Check quoting and indentation on that line.";
    }
}
