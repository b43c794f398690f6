package io.agentstudio.bench;

/** A long system prompt as people write them: sections, rules, examples in fenced code, tables and links. */
final class RealisticBody {
    private static final String[] SECTION = {
        "## Step %d: review the change",
        "",
        "You are a careful reviewer. Read the **whole diff** before you comment, and keep *each* remark short.",
        "Prefer `git diff --stat` first; see [the guide](https://example.com/guide/%d) for the house rules.",
        "",
        "- Check naming: a name says what a thing *is*, not how it is used.",
        "- Check errors: every `catch` either handles, rethrows with context, or is removed.",
        "  1. Nested: look for swallowed `InterruptedException`.",
        "- [ ] Tests cover the change (https://example.com/tests).",
        "",
        "> Note: never approve a change you did not run.",
        "",
        "```bash",
        "# list what changed in step %d",
        "git diff --name-only HEAD~1 | grep -v '^docs/'",
        "mvn -B -o verify   # must stay green",
        "```",
        "",
        "| check | tool |",
        "|---|---|",
        "| style | checkstyle |",
        "",
        "Report findings as a list, most important first. Quote the line, then say why, then propose the fix.",
        "",
    };

    private RealisticBody() {
    }

    static String lines(int count) {
        StringBuilder body = new StringBuilder("# Senior reviewer\n\n");
        int lines = 2;
        for (int section = 1; lines < count; section++) {
            for (String line : SECTION) {
                if (lines++ >= count) {
                    break;
                }
                body.append(line.contains("%d") ? String.format(line, section) : line).append('\n');
            }
        }
        return body.toString();
    }
}
