package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** An agent's {@code skills:} field, the skills it preloads: read its names, change one where it is written. */
public final class SkillsField {
    public static final String KEY = "skills";

    private SkillsField() {
    }

    /** The names of a {@code skills:} value: a YAML list, or one text of names separated by commas. */
    public static List<String> entries(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof Collection<?> list) {
            list.stream().filter(String.class::isInstance).map(item -> ((String) item).strip())
                    .filter(name -> !name.isEmpty()).forEach(names::add);
        } else if (value instanceof String text) {
            for (String part : text.split(",")) {
                if (!part.isBlank()) {
                    names.add(part.strip());
                }
            }
        }
        return names;
    }

    public static List<String> entries(AgentDocument document) {
        return document.field(KEY).map(field -> entries(field.value())).orElse(List.of());
    }

    /**
     * Replaces every entry {@code name} where it is written in the field with {@code target}; every other character of
     * the file stays, comments included.
     *
     * @throws EditRefusedException when the field no longer names it, or the change would read otherwise
     */
    public static AgentDocument replace(AgentDocument document, String name, String target) {
        FrontmatterField field = document.field(KEY)
                .orElseThrow(() -> new EditRefusedException("The frontmatter no longer has `skills`."));
        List<String> before = entries(field.value());
        if (!before.contains(name)) {
            throw new EditRefusedException("`skills` no longer names `" + name + "`.");
        }
        String text = document.text();
        int from = field.startOffset() + field.indent() + KEY.length();
        StringBuilder changed = new StringBuilder(text.substring(0, from));
        int at = from;
        for (int found = text.indexOf(name, at); found >= 0 && found < field.endOffset(); found = text.indexOf(name, at)) {
            boolean whole = boundary(text, found - 1) && boundary(text, found + name.length()) && !inComment(text, found);
            changed.append(text, at, found).append(whole ? target : name);
            at = found + name.length();
        }
        changed.append(text.substring(at));
        AgentDocument result = AgentFileParser.parse(changed.toString());
        List<String> expected = before.stream().map(entry -> entry.equals(name) ? target : entry).toList();
        if (!result.isEditable() || !expected.equals(entries(result))) {
            throw new EditRefusedException("Changing `" + name + "` would change how `skills` reads; change it by hand.");
        }
        return result;
    }

    /** True when a YAML comment ({@code #} after a space, outside quotes) starts on the line before {@code at}. */
    private static boolean inComment(String text, int at) {
        int lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
        char quote = 0;
        for (int i = lineStart; i < at; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == lineStart || Character.isWhitespace(text.charAt(i - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean boundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '.' || c == ':');
    }
}
