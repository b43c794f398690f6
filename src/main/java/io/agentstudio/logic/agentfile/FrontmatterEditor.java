package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.CodecRules;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.ValueStyle;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Objects;
import java.util.Optional;

/**
 * Lossless field edits. Setting a field replaces exactly the lines of that field (or appends lines at the end of
 * the frontmatter, or creates a frontmatter); removing one deletes exactly its lines. A frontmatter written as one
 * {@code {...}} mapping is edited inside it ({@link FlowFrontmatter}). Every other character of the file stays as it
 * was. Each result is parsed again and must read back the intended value, with every other key and the body as they
 * were ({@link EditScope}), so the studio never writes a frontmatter that a YAML loader would reject or that lost a field.
 */
public final class FrontmatterEditor {

    private FrontmatterEditor() {
    }

    public static AgentDocument set(AgentDocument document, String key, FieldValue value) {
        return set(document, key, value, document.field(key));
    }

    /**
     * Sets an existing field as if its value were still written in {@code style}. A form that writes at every
     * keystroke passes the style the field had before the person started typing: "Use " (with its trailing space)
     * must be quoted, but the finished "Use when" must not stay quoted because a moment of the typing needed it.
     */
    public static AgentDocument set(AgentDocument document, String key, FieldValue value, ValueStyle style) {
        Objects.requireNonNull(style, "style");
        return set(document, key, value, document.field(key).map(field -> new FrontmatterField(field.key(), field.value(), style,
                field.firstLine(), field.lastLine(), field.startOffset(), field.endOffset(), field.indent(), field.itemIndent())));
    }

    private static AgentDocument set(AgentDocument document, String key, FieldValue value, Optional<FrontmatterField> existing) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        requireEditable(document);
        if (value instanceof FieldValue.Raw raw) {
            requireValidYaml(raw.yaml());
        }
        AgentDocument result = FlowFrontmatter.of(document)
                .map(flow -> AgentFileParser.parse(flow.set(key, value, existing.orElse(null))))
                .orElseGet(() -> setLines(document, key, value, existing));
        verifyReadsBack(result, key, value);
        EditScope.requireOnly(key, document, result);
        return result;
    }

    public static AgentDocument remove(AgentDocument document, String key) {
        requireEditable(document);
        Optional<FrontmatterField> existing = document.field(key);
        if (existing.isEmpty()) {
            return document;
        }
        String text = document.text();
        FrontmatterField field = existing.get();
        AgentDocument result = AgentFileParser.parse(FlowFrontmatter.of(document)
                .map(flow -> flow.remove(key))
                .orElseGet(() -> text.substring(0, field.startOffset()) + text.substring(field.endOffset())));
        if (!result.isEditable()) {
            throw new EditRefusedException("Removing `" + key + "` would leave a frontmatter that does not parse; edit the source instead.");
        }
        if (result.field(key).isPresent()) {
            throw new EditRefusedException("`" + key + "` would still be in the frontmatter after removing it; nothing was changed."
                    + " Edit the frontmatter by hand.");
        }
        EditScope.requireOnly(key, document, result);
        return result;
    }

    /** A block-style frontmatter (or none yet): the field's own lines are replaced, or new lines are added. */
    private static AgentDocument setLines(AgentDocument document, String key, FieldValue value, Optional<FrontmatterField> existing) {
        String eol = document.lineEnding().chars();
        String text = document.text();
        String updated;
        if (existing.isPresent()) {
            FrontmatterField field = existing.get();
            String lines = new YamlValueWriter(eol, field.indent()).render(key, value, field);
            Optional<AgentDocument> withComment = TrailingComment.of(text, field)
                    .map(comment -> AgentFileParser.parse(replaced(text, field, TrailingComment.appendTo(lines, comment, eol), eol)))
                    .filter(result -> readsBack(result, key, value));
            if (withComment.isPresent()) {
                return withComment.get();
            }
            updated = replaced(text, field, lines, eol);
        } else if (document.state() == FrontmatterState.CLOSED) {
            int indent = document.fields().isEmpty() ? 0 : document.fields().get(0).indent();
            String lines = new YamlValueWriter(eol, indent).render(key, value, null);
            updated = text.substring(0, document.yamlEnd()) + lines + text.substring(document.yamlEnd());
        } else {
            int start = document.hasBom() ? 1 : 0;
            String lines = new YamlValueWriter(eol, 0).render(key, value, null);
            updated = text.substring(0, start) + "---" + eol + lines + "---" + eol + text.substring(start);
        }
        return AgentFileParser.parse(updated);
    }

    private static void requireEditable(AgentDocument document) {
        if (document.state() == FrontmatterState.UNCLOSED) {
            throw new EditRefusedException("The frontmatter is not closed: add a `---` line after the last field, then edit the fields.");
        }
        if (!document.isEditable()) {
            String why = document.problems().stream()
                    .filter(p -> CodecRules.leavesFieldsUnread(p.ruleId()))
                    .map(p -> "line " + p.line() + ", column " + p.column() + ": " + p.message()).findFirst().orElse("the frontmatter does not parse");
            throw new EditRefusedException("Fields cannot be edited until the YAML parses; " + why);
        }
    }

    private static String replaced(String text, FrontmatterField field, String lines, String eol) {
        return text.substring(0, field.startOffset()) + keepRegionTerminator(text, field, lines, eol) + text.substring(field.endOffset());
    }

    /** The replaced field's last line keeps its own terminator even when the file mixes line endings. */
    private static String keepRegionTerminator(String text, FrontmatterField field, String lines, String eol) {
        String own = terminatorBefore(text, field.endOffset());
        if (own.equals(eol) || own.isEmpty()) {
            return lines;
        }
        return lines.substring(0, lines.length() - eol.length()) + own;
    }

    private static String terminatorBefore(String text, int end) {
        if (end >= 2 && text.startsWith("\r\n", end - 2)) {
            return "\r\n";
        }
        if (end >= 1 && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            return text.substring(end - 1, end);
        }
        return "";
    }

    private static void verifyReadsBack(AgentDocument result, String key, FieldValue value) {
        if (!result.isEditable()) {
            throw new EditRefusedException("Writing `" + key + "` this way would break the frontmatter's YAML; nothing was changed.");
        }
        if (!readsBack(result, key, value)) {
            throw new EditRefusedException("The value for `" + key + "` would not read back as written; nothing was changed.");
        }
    }

    private static boolean readsBack(AgentDocument result, String key, FieldValue value) {
        return result.isEditable() && readsAs(result.value(key).orElse(null), value);
    }

    private static boolean readsAs(Object actual, FieldValue value) {
        if (value instanceof FieldValue.Text text) {
            return text.value().equals(actual);
        }
        if (value instanceof FieldValue.Int number) {
            return actual instanceof Number n && n.longValue() == number.value();
        }
        if (value instanceof FieldValue.Bool bool) {
            return Boolean.valueOf(bool.value()).equals(actual);
        }
        if (value instanceof FieldValue.Items items) {
            return items.items().equals(NameList.from(actual));
        }
        return sameYaml(actual, ((FieldValue.Raw) value).yaml());
    }

    private static boolean sameYaml(Object actual, String rawYaml) {
        return Objects.equals(YamlFieldReader.load(rawYaml), actual);
    }

    private static void requireValidYaml(String rawYaml) {
        try {
            YamlFieldReader.load(rawYaml);
        } catch (YAMLException e) {
            throw new EditRefusedException("The value is not valid YAML: " + e.getMessage().lines().findFirst().orElse("") + ".");
        }
    }
}
