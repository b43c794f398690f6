package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The proof every frontmatter edit passes before it is handed back to be shown or written: the result parses, every
 * other key reads back with the value it had, no key appeared besides the edited one, and the body is the same to the
 * character. An edit that cannot prove it is refused, so no caller (command line, form, quick fix) can lose a field
 * to a frontmatter form the editor does not handle.
 */
final class EditScope {
    private EditScope() {
    }

    static void requireOnly(String key, AgentDocument before, AgentDocument after) {
        if (!after.isEditable()) {
            throw refused(key, "break the frontmatter's YAML");
        }
        Map<String, FrontmatterField> afterFields = byKey(after);
        Map<String, FrontmatterField> beforeFields = byKey(before);
        for (FrontmatterField field : before.fields()) {
            if (field.key().equals(key)) {
                continue;
            }
            FrontmatterField now = afterFields.get(field.key());
            if (now == null) {
                throw refused(key, "remove `" + field.key() + "`");
            }
            if (!sameValue(field.value(), now.value())) {
                throw refused(key, "change the value of `" + field.key() + "`");
            }
        }
        for (FrontmatterField field : after.fields()) {
            if (!field.key().equals(key) && !beforeFields.containsKey(field.key())) {
                throw refused(key, "add `" + field.key() + "`");
            }
        }
        if (!bodyOf(before).equals(bodyOf(after))) {
            throw refused(key, "change the body");
        }
    }

    private static EditRefusedException refused(String key, String damage) {
        return new EditRefusedException("Changing `" + key + "` this way would also " + damage + "; nothing was changed."
                + " Edit the frontmatter by hand.");
    }

    private static Map<String, FrontmatterField> byKey(AgentDocument document) {
        Map<String, FrontmatterField> fields = new HashMap<>();
        document.fields().forEach(field -> fields.put(field.key(), field));
        return fields;
    }

    /** Values as YAML reads them; {@code !!binary} reads as a byte array, compared by content. */
    private static boolean sameValue(Object a, Object b) {
        return Objects.deepEquals(a, b);
    }

    /** The text after the frontmatter; for a file that had none, all of it but the byte order mark. */
    private static String bodyOf(AgentDocument document) {
        if (document.hasFrontmatter()) {
            return document.body();
        }
        return document.text().substring(document.hasBom() ? 1 : 0);
    }
}
