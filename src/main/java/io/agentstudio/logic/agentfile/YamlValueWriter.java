package io.agentstudio.logic.agentfile;

import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.ValueStyle;

import java.util.List;

/**
 * Renders one {@code key: value} entry as YAML lines. The form is deterministic: the style the field already has
 * when that style can hold the new value, otherwise plain when safe, a literal block for multi-line text, and
 * quotes for the rest. Every rendering is read back by {@link FrontmatterEditor} before it is accepted.
 */
final class YamlValueWriter {
    private final String eol;
    private final String indent;

    YamlValueWriter(String eol, int indent) {
        this.eol = eol;
        this.indent = " ".repeat(indent);
    }

    String render(String key, FieldValue value, FrontmatterField existing) {
        ValueStyle style = existing == null ? null : existing.style();
        String keyText = indent + renderKey(key) + ":";
        if (value instanceof FieldValue.Text text) {
            return keyText + renderString(text.value(), style);
        }
        if (value instanceof FieldValue.Int number) {
            return keyText + " " + number.value() + eol;
        }
        if (value instanceof FieldValue.Bool bool) {
            return keyText + " " + bool.value() + eol;
        }
        if (value instanceof FieldValue.Items items) {
            return keyText + renderItems(items, existing);
        }
        return keyText + renderRaw(((FieldValue.Raw) value).yaml());
    }

    /**
     * The value alone, to stand inside a flow mapping ({@code {name: a, model: opus}}): on one line, quoted where a
     * plain value would end the entry early. {@code json} keeps a JSON frontmatter JSON: strings in double quotes.
     */
    String renderInFlow(String key, FieldValue value, FrontmatterField existing, boolean json) {
        ValueStyle style = existing == null ? null : existing.style();
        if (value instanceof FieldValue.Text text) {
            return flowString(text.value(), style, json);
        }
        if (value instanceof FieldValue.Int number) {
            return String.valueOf(number.value());
        }
        if (value instanceof FieldValue.Bool bool) {
            return String.valueOf(bool.value());
        }
        if (value instanceof FieldValue.Items items) {
            FieldValue.ListForm form = existing == null ? items.formForNewField() : formOf(style);
            if (form == FieldValue.ListForm.COMMA_STRING) {
                return flowString(String.join(", ", items.items()), style, json);
            }
            return "[" + String.join(", ", items.items().stream().map(item -> json ? YamlScalars.doubleQuoted(item) : flowItem(item)).toList()) + "]";
        }
        String raw = ((FieldValue.Raw) value).yaml().strip();
        Object loaded = YamlFieldReader.load(raw);
        if (loaded instanceof String text) {
            // A string typed as YAML (`note=a, b` on the command line) is quoted as a flow entry needs, not pasted in.
            return flowString(text, style, json);
        }
        if (loaded == null) {
            // Nothing, or only a comment: pasted into `{...}`, a comment would swallow the closing brace.
            return "null";
        }
        if (YamlScalars.hasLineBreak(raw)) {
            throw new EditRefusedException("The value for `" + key + "` takes several lines, which do not fit inside the"
                    + " frontmatter's `{...}`; nothing was changed. Write it there by hand, in flow style.");
        }
        return raw;
    }

    /** A key inside a flow mapping; in a JSON frontmatter always double-quoted. */
    static String renderFlowKey(String key, boolean json) {
        return json ? YamlScalars.doubleQuoted(key) : renderKey(key);
    }

    private static String flowString(String s, ValueStyle style, boolean json) {
        if (json || style == ValueStyle.DOUBLE_QUOTED) {
            return YamlScalars.doubleQuoted(s);
        }
        if (style == ValueStyle.SINGLE_QUOTED && !YamlScalars.hasLineBreak(s) && YamlScalars.allPrintable(s, true)) {
            return YamlScalars.singleQuoted(s);
        }
        return flowItem(s);
    }

    private static String renderKey(String key) {
        return YamlScalars.isPlainSafe(key) ? key : YamlScalars.doubleQuoted(key);
    }

    private String renderString(String s, ValueStyle style) {
        if (style == ValueStyle.DOUBLE_QUOTED) {
            return " " + YamlScalars.doubleQuoted(s) + eol;
        }
        boolean multiLine = YamlScalars.hasLineBreak(s);
        if (style == ValueStyle.SINGLE_QUOTED && !multiLine && YamlScalars.allPrintable(s, true)) {
            return " " + YamlScalars.singleQuoted(s) + eol;
        }
        if ((style == ValueStyle.LITERAL_BLOCK || style == ValueStyle.FOLDED_BLOCK || multiLine) && isBlockSafe(s)) {
            return literalBlock(s);
        }
        return " " + inlineString(s) + eol;
    }

    /** A string on the key's own line: plain, single-quoted, or double-quoted when escapes are needed. */
    private static String inlineString(String s) {
        if (YamlScalars.isPlainSafe(s)) {
            return s;
        }
        boolean needsEscapes = YamlScalars.hasLineBreak(s) || !YamlScalars.allPrintable(s, true);
        if (needsEscapes || (s.indexOf('\'') >= 0 && s.indexOf('"') < 0)) {
            return YamlScalars.doubleQuoted(s);
        }
        return YamlScalars.singleQuoted(s);
    }

    /**
     * A literal block keeps every line as typed. It cannot hold a first line that starts with a space (the indent
     * would be read wrong), a line of only blanks, or characters that need escapes.
     */
    private static boolean isBlockSafe(String s) {
        if (!YamlScalars.allPrintable(s, true) || s.startsWith(" ") || s.startsWith("\t") || s.isEmpty()) {
            return false;
        }
        for (String line : s.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank() || line.indexOf('\r') >= 0) {
                return false;
            }
        }
        return s.chars().noneMatch(c -> c == 0x85 || c == 0x2028 || c == 0x2029);
    }

    private String literalBlock(String s) {
        String content = s;
        int trailing = 0;
        while (content.endsWith("\n")) {
            content = content.substring(0, content.length() - 1);
            trailing++;
        }
        String chomp = trailing == 0 ? "-" : trailing == 1 ? "" : "+";
        StringBuilder out = new StringBuilder(" |").append(chomp).append(eol);
        String blockIndent = indent + "  ";
        for (String line : content.split("\n", -1)) {
            out.append(line.isEmpty() ? "" : blockIndent + line).append(eol);
        }
        for (int i = 1; i < trailing; i++) {
            out.append(eol);
        }
        return out.toString();
    }

    private String renderRaw(String yaml) {
        String trimmed = yaml.strip();
        if (trimmed.isEmpty()) {
            return eol;
        }
        if (!YamlScalars.hasLineBreak(trimmed)) {
            return " " + trimmed + eol;
        }
        StringBuilder out = new StringBuilder(eol);
        for (String line : trimmed.split("\\R", -1)) {
            out.append(line.isBlank() ? "" : indent + "  " + line).append(eol);
        }
        return out.toString();
    }

    private String renderItems(FieldValue.Items items, FrontmatterField existing) {
        FieldValue.ListForm form = existing == null ? items.formForNewField() : formOf(existing.style());
        List<String> names = items.items();
        return switch (form) {
            case COMMA_STRING -> renderString(String.join(", ", names), existing == null ? null : existing.style());
            case FLOW_LIST -> " [" + String.join(", ", names.stream().map(YamlValueWriter::flowItem).toList()) + "]" + eol;
            case BLOCK_LIST -> blockList(names, existing == null ? indent.length() + 2 : existing.itemIndent());
        };
    }

    private static FieldValue.ListForm formOf(ValueStyle style) {
        return switch (style) {
            case BLOCK_LIST -> FieldValue.ListForm.BLOCK_LIST;
            case FLOW_LIST -> FieldValue.ListForm.FLOW_LIST;
            default -> FieldValue.ListForm.COMMA_STRING;
        };
    }

    private static String flowItem(String s) {
        if (YamlScalars.isFlowPlainSafe(s)) {
            return s;
        }
        return YamlScalars.hasLineBreak(s) || !YamlScalars.allPrintable(s, true) || s.indexOf('\'') >= 0
                ? YamlScalars.doubleQuoted(s) : YamlScalars.singleQuoted(s);
    }

    private String blockList(List<String> names, int itemIndent) {
        if (names.isEmpty()) {
            return " []" + eol;
        }
        StringBuilder out = new StringBuilder(eol);
        String prefix = " ".repeat(Math.max(itemIndent, 0)) + "- ";
        for (String name : names) {
            out.append(prefix).append(inlineString(name)).append(eol);
        }
        return out.toString();
    }
}
