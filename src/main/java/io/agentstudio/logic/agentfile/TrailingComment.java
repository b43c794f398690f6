package io.agentstudio.logic.agentfile;

import io.agentstudio.model.FrontmatterField;
import org.yaml.snakeyaml.error.YAMLException;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The comment at the end of a one-line field ({@code model: sonnet  # fast and cheap}). The user wrote it about the
 * field, so replacing the value keeps it. A {@code #} starts a comment only after a blank and outside quotes; the
 * comment is found as the first such {@code #} before which the line still reads as the same field and value.
 */
final class TrailingComment {
    private TrailingComment() {
    }

    /** The comment with the blanks before it, as written; empty when the field has none or spans several lines. */
    static Optional<String> of(String text, FrontmatterField field) {
        if (field.firstLine() != field.lastLine()) {
            return Optional.empty();
        }
        String line = text.substring(field.startOffset(), field.endOffset()).stripTrailing();
        for (int hash = line.indexOf('#'); hash > 0; hash = line.indexOf('#', hash + 1)) {
            if (!isBlank(line.charAt(hash - 1))) {
                continue;
            }
            int start = hash - 1;
            while (start > 0 && isBlank(line.charAt(start - 1))) {
                start--;
            }
            if (readsAsField(line.substring(0, start), field)) {
                return Optional.of(line.substring(start));
            }
        }
        return Optional.empty();
    }

    /** {@code rendered} (a field's lines) with the comment at the end of its first line. */
    static String appendTo(String rendered, String comment, String eol) {
        int end = rendered.indexOf(eol);
        return end < 0 ? rendered + comment : rendered.substring(0, end) + comment + rendered.substring(end);
    }

    private static boolean readsAsField(String yaml, FrontmatterField field) {
        try {
            return YamlFieldReader.load(yaml.strip()) instanceof Map<?, ?> map && map.size() == 1
                    && Objects.equals(map.get(field.key()), field.value());
        } catch (YAMLException e) {
            return false;
        }
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }
}
