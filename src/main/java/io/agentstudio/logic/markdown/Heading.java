package io.agentstudio.logic.markdown;

/**
 * A heading of the body, for the outline.
 *
 * @param line  0-based line of the heading in the body
 * @param level 1 to 6
 * @param title the heading's text without the {@code #} markers
 */
public record Heading(int line, int level, String title) {
}
