package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.util.Collection;
import java.util.Map;

/**
 * An exported agent file being written: a body under an empty frontmatter, to which fields are added one by one
 * through the lossless frontmatter editor, which chooses the YAML form and checks that each value reads back as
 * written.
 */
public final class MarkdownDraft {
    private AgentDocument document;

    public MarkdownDraft(String body, String lineEnding) {
        this.document = AgentFileParser.parse("---" + lineEnding + "---" + lineEnding + body);
    }

    public void set(String key, FieldValue value) {
        document = FrontmatterEditor.set(document, key, value);
    }

    public void text(String key, String value) {
        set(key, new FieldValue.Text(value));
    }

    /** A value as YAML read it from the source: scalars keep their type, lists and maps are written as block YAML. */
    public void value(String key, Object value) {
        set(key, valueOf(value));
    }

    public byte[] bytes() {
        return AgentFileParser.toBytes(document);
    }

    static FieldValue valueOf(Object value) {
        if (value instanceof String text) {
            return new FieldValue.Text(text);
        }
        if (value instanceof Boolean bool) {
            return new FieldValue.Bool(bool);
        }
        if (value instanceof Integer || value instanceof Long) {
            return new FieldValue.Int(((Number) value).longValue());
        }
        if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
            return new FieldValue.Raw(StructuredYaml.dump(value));
        }
        return new FieldValue.Raw(value == null ? "" : String.valueOf(value));
    }
}
