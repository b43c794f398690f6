package io.agentstudio.logic.markdown;

import java.util.Set;

/** {@code length} characters of one line that share the same styles; an empty set is plain text. */
public record StyleRun(int length, Set<MarkdownStyle> styles) {
    public StyleRun {
        styles = Set.copyOf(styles);
    }
}
