package io.agentstudio.logic.markdown;

/**
 * The fenced code block a line is inside: its marker character ({@code `} or {@code ~}) and how many of them opened
 * it. A closing fence must use the same character, at least as many times (CommonMark).
 *
 * @param marker the fence character, or 0 when the line is not inside a fenced block ({@link #NONE})
 * @param length how many marker characters opened the block
 */
public record Fence(char marker, int length) {
    public static final Fence NONE = new Fence((char) 0, 0);

    public boolean isOpen() {
        return marker != 0;
    }
}
