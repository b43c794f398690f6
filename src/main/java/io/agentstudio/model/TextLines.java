package io.agentstudio.model;

/** Line arithmetic shared by everything that maps offsets to lines; a line ends at LF, CRLF or a lone CR. */
public final class TextLines {
    private TextLines() {
    }

    /** 0-based line that contains {@code offset}. */
    public static int lineOf(CharSequence text, int offset) {
        int line = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** Offset just past the line terminator of the line that starts at {@code lineStart}, or the text's end. */
    public static int nextLineStart(CharSequence text, int lineStart) {
        for (int i = lineStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
    }

    /** Offset of the terminator of the line that starts at {@code lineStart} (or the text's end). */
    public static int lineContentEnd(CharSequence text, int lineStart) {
        for (int i = lineStart; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }
}
