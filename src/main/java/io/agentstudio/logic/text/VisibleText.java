package io.agentstudio.logic.text;

/**
 * Text from files and from the command line (agent names, paths, lines) made safe to print on a terminal: control
 * characters (ESC could drive the terminal, NUL and line breaks would cut or forge a line of the report) and invisible
 * formatting characters (a right-to-left override reverses what follows it) are shown as visible escapes such as
 * {@code \u001b}, {@code \n} or {@code \t}. Every other character stays as it is.
 */
public final class VisibleText {
    private static final int ZERO_WIDTH_JOINER = 0x200d;

    private VisibleText() {
    }

    public static String of(String text) {
        if (text == null || !holdsHidden(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            if (!hidden(c)) {
                out.appendCodePoint(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (Character.isBmpCodePoint(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.append(String.format("\\u{%x}", c));
            }
        });
        return out.toString();
    }

    /**
     * True when a code point of the text is hidden. A plain loop, with printable ASCII passed at once: every line of a
     * report goes through here, most of it such text, and a stream of code points costs several times more.
     */
    private static boolean holdsHidden(String text) {
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7f) {
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            if (hidden(codePoint)) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    private static boolean hidden(int c) {
        if (c == ZERO_WIDTH_JOINER) {
            return false; // it joins emoji such as a person and a laptop into one picture, and hides nothing
        }
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE;
    }
}
