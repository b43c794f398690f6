package io.agentstudio.logic.graph;

import java.util.Optional;

/**
 * The {@code ## Delegates to} section {@code link} appends to a body that has no delegation list, and its exact
 * inverse. The section is always written the same way for a given text, so {@code unlink} can tell, from the text
 * alone, that an empty section at the end is one {@code link} made and remove exactly the characters it added:
 * <ul>
 *   <li>text ending in a line terminator: {@code eol + heading + eol + eol + item + eol}; after the item is removed,
 *       {@code eol + heading + eol + eol} is left;</li>
 *   <li>text without a final terminator (kept that way): {@code eol + eol + heading + eol + eol + item}; the item goes
 *       with the terminator before it, leaving {@code eol + eol + heading + eol};</li>
 *   <li>empty text: {@code heading + eol + eol + item}, leaving {@code heading + eol}.</li>
 * </ul>
 */
final class CreatedSection {
    static final String TITLE = "Delegates to";
    static final String HEADING = "## " + TITLE;

    private CreatedSection() {
    }

    /** {@code text} with a new section holding the one {@code item} line appended. */
    static String append(String text, String item, String eol) {
        if (text.isEmpty()) {
            return HEADING + eol + eol + item;
        }
        if (endsWithTerminator(text)) {
            return text + eol + HEADING + eol + eol + item + eol;
        }
        return text + eol + eol + HEADING + eol + eol + item;
    }

    /** When {@code text} ends with what is left of an appended section once its last item is gone, the text before it. */
    static Optional<String> withoutEmptySection(String text, String eol) {
        String afterTerminator = eol + HEADING + eol + eol;
        if (text.endsWith(afterTerminator)) {
            String before = text.substring(0, text.length() - afterTerminator.length());
            if (endsWithTerminator(before)) {
                return Optional.of(before);
            }
        }
        String afterLastLine = eol + eol + HEADING + eol;
        if (text.endsWith(afterLastLine)) {
            String before = text.substring(0, text.length() - afterLastLine.length());
            if (!before.isEmpty() && !endsWithTerminator(before)) {
                return Optional.of(before);
            }
        }
        return text.equals(HEADING + eol) ? Optional.of("") : Optional.empty();
    }

    private static boolean endsWithTerminator(String text) {
        char last = text.charAt(text.length() - 1);
        return last == '\n' || last == '\r';
    }
}
