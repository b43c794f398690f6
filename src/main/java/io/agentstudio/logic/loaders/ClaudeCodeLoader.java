package io.agentstudio.logic.loaders;

import io.agentstudio.logic.agentfile.LosslessText;
import io.agentstudio.logic.workspace.AgentNameCheck;
import io.agentstudio.logic.workspace.DialectLocator;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claude Code's reading of an agent file (as of 2.1.332): the frontmatter runs from a first line {@code ---} to the
 * next {@code ---} anywhere; YAML that does not parse is read again with risky values quoted and leading tabs made
 * spaces; a file without a text {@code name} is skipped, and one whose name starts with {@code -}, is longer than 256
 * characters or holds {@code :}, whose description is not text, or whose {@code hooks} is not a map, is refused.
 */
final class ClaudeCodeLoader implements ToolLoader {
    static final ClaudeCodeLoader INSTANCE = new ClaudeCodeLoader();
    static final String TOOL = "Claude Code 2.1.332";
    /** JavaScript's \s, which the loader's regular expressions use. */
    private static final String JS_SPACE = "[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";
    private static final Pattern RISKY_LINE = Pattern.compile("^([a-zA-Z_-]+):" + JS_SPACE + "+(\\S[^\\n\\r\\u2028\\u2029]*)\\z");
    private static final Pattern RISKY_VALUE = Pattern.compile("[{}\\[\\]*&#!|>%@`]|: ");
    private static final Pattern LEADING_TABS = Pattern.compile("(?m)^\\t+");
    private static final int LONGEST_NAME = AgentNameCheck.LONGEST_NAME;

    private ClaudeCodeLoader() {
    }

    @Override
    public String tool() {
        return TOOL;
    }

    @Override
    public LoaderVerdict read(String written, Path relative) {
        String file = relative.getFileName().toString();
        if (DialectLocator.inToolAgentsFolder(relative) && !file.endsWith(".md")) {
            return LoaderVerdict.refused("Claude Code reads only files whose names end in `.md` (lowercase)", null, Map.of(), false);
        }
        String content = written.startsWith("\ufeff") ? written.substring(1) : written;
        // The frontmatter ends at the first later "---" (the pattern is lazy), so the loader reads nothing after it:
        // the rest, most of a file, need not be copied. Node and Bun read each byte that is not UTF-8 as U+FFFD.
        int closing = content.indexOf("---", 3);
        String yaml = closing < 0 ? null : frontmatter(LosslessText.withReplacementCharacters(content.substring(0, closing + 3)));
        if (yaml == null) {
            return LoaderVerdict.refused("Claude Code finds no frontmatter: the file must start with a line `---` and have a"
                    + " later `---`, with LF or CRLF line breaks", null, Map.of(), false);
        }
        Yaml12.Parsed parsed = Yaml12.bun().load(yaml);
        boolean repaired = false;
        if (!parsed.ok()) {
            Yaml12.Parsed again = Yaml12.bun().load(repair(yaml));
            if (!again.ok()) {
                return LoaderVerdict.refused("Claude Code cannot read the frontmatter as YAML, even after quoting values itself ("
                        + parsed.error() + ")", null, Map.of(), false);
            }
            parsed = again;
            repaired = true;
        }
        Map<String, Object> frontmatter = mapping(parsed.value());
        return judge(frontmatter, repaired);
    }

    /**
     * The YAML the loader's pattern {@code ^---\s*\n([\s\S]*?)---\s*\n?} (JavaScript's {@code \s}) takes from the start
     * of {@code text}, or null when it does not match. Written out because the lazy group cost more than the YAML's
     * parsing: {@code \s*} backs off to the last line break of the white space after the opening {@code ---}, and the
     * group ends at the first {@code ---} after that (the tail {@code \s*\n?} matches anything). White space holds no
     * {@code -}, so when no {@code ---} follows that last break, none follows an earlier one either.
     */
    static String frontmatter(String text) {
        if (!text.startsWith("---")) {
            return null;
        }
        int spaceEnd = 3;
        while (spaceEnd < text.length() && isJavaScriptSpace(text.charAt(spaceEnd))) {
            spaceEnd++;
        }
        int lastBreak = text.lastIndexOf('\n', spaceEnd - 1);
        if (lastBreak < 3) {
            return null;
        }
        int closing = text.indexOf("---", lastBreak + 1);
        return closing < 0 ? null : text.substring(lastBreak + 1, closing);
    }

    /** JavaScript's {@code \s}: Java's {@code \s} and the Unicode spaces, line separators and byte order mark. */
    private static boolean isJavaScriptSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00a0' || c == '\u1680' || c >= '\u2000' && c <= '\u200a'
                || c == '\u2028' || c == '\u2029' || c == '\u202f' || c == '\u205f' || c == '\u3000' || c == '\ufeff';
    }

    private static LoaderVerdict judge(Map<String, Object> frontmatter, boolean repaired) {
        Object name = frontmatter.get("name");
        if (!truthy(name)) {
            return LoaderVerdict.refused("Claude Code skips a file without a `name`", "name", frontmatter, repaired);
        }
        if (!(name instanceof String text)) {
            return LoaderVerdict.refused("Claude Code refuses a `name` that is not text (" + jsType(name) + ")", "name", frontmatter,
                    repaired);
        }
        if (text.startsWith("-")) {
            return LoaderVerdict.refused("Claude Code refuses a name that starts with `-`", "name", frontmatter, repaired);
        }
        if (text.length() > LONGEST_NAME) {
            return LoaderVerdict.refused("Claude Code refuses a name longer than 256 characters", "name", frontmatter, repaired);
        }
        if (Normalizer.normalize(text, Normalizer.Form.NFKC).contains(":")) {
            return LoaderVerdict.refused("Claude Code refuses a name with `:` (kept for plugin agents)", "name", frontmatter, repaired);
        }
        Object description = frontmatter.get("description");
        if (!truthy(description) || !(description instanceof String)) {
            return LoaderVerdict.refused("Claude Code refuses an agent without a text `description`", "description", frontmatter,
                    repaired);
        }
        Object hooks = frontmatter.get("hooks");
        if (truthy(hooks) && !(hooks instanceof Map<?, ?>)) {
            return LoaderVerdict.refused("Claude Code drops an agent whose `hooks` is not a map of events", "hooks", frontmatter,
                    repaired);
        }
        Map<String, Object> read = new LinkedHashMap<>(frontmatter);
        read.put("description", ((String) description).replace("\\n", "\n"));
        return LoaderVerdict.loaded(read, repaired);
    }

    /** The loader's second try: values holding YAML's special characters quoted, leading tabs as two spaces each. */
    static String repair(String yaml) {
        String[] lines = yaml.split("\n", -1);
        StringBuilder out = new StringBuilder(yaml.length() + 16);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(repairLine(lines[i]));
        }
        Matcher tabs = LEADING_TABS.matcher(out);
        StringBuilder spaced = new StringBuilder(out.length());
        while (tabs.find()) {
            tabs.appendReplacement(spaced, "  ".repeat(tabs.group().length()));
        }
        tabs.appendTail(spaced);
        return spaced.toString();
    }

    private static String repairLine(String line) {
        Matcher m = RISKY_LINE.matcher(line);
        if (!m.matches()) {
            return line;
        }
        String key = m.group(1);
        String value = m.group(2);
        boolean quoted = value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'");
        if (quoted || value.startsWith("[") && value.endsWith("]") && Yaml12.bun().load(value).value() instanceof List<?>) {
            return line;
        }
        if (!RISKY_VALUE.matcher(value).find()) {
            return line;
        }
        return key + ": \"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapping(Object value) {
        if (!(value instanceof Map<?, ?> map)) {
            return Map.of();
        }
        Map<String, Object> keyed = new LinkedHashMap<>();
        map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        return keyed;
    }

    /** JavaScript's truthiness, for the values YAML produces. */
    static boolean truthy(Object value) {
        if (value == null || Boolean.FALSE.equals(value)) {
            return false;
        }
        if (value instanceof String s) {
            return !s.isEmpty();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return d != 0 && !Double.isNaN(d);
        }
        return true;
    }

    static String jsType(Object value) {
        if (value instanceof Number) {
            return "a number";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof Map<?, ?>) {
            return "a map";
        }
        if (value instanceof Yaml12.Timestamp) {
            return "a date";
        }
        return "a " + value.getClass().getSimpleName();
    }
}
