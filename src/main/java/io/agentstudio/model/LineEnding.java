package io.agentstudio.model;

/** The line terminator a file uses; new lines the studio writes use the file's own. */
public enum LineEnding {
    LF("\n"), CRLF("\r\n"), CR("\r");

    private final String chars;

    LineEnding(String chars) {
        this.chars = chars;
    }

    public String chars() {
        return chars;
    }

    /** The first line terminator in the text, or LF for a text without one. */
    public static LineEnding firstIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return LF;
            }
            if (c == '\r') {
                return i + 1 < text.length() && text.charAt(i + 1) == '\n' ? CRLF : CR;
            }
        }
        return LF;
    }
}
