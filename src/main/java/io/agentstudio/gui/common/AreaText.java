package io.agentstudio.gui.common;

/**
 * The code area splits lines at LF, CRLF and a lone CR and gives every line break back as one {@code \n}, so a body
 * with CRLF endings reads differently in the area than in the file. This converts text and offsets between the two.
 */
public final class AreaText {
    private AreaText() {
    }

    /** The body as the area shows it: every line terminator a single {@code \n}. */
    public static String of(String body) {
        if (body.indexOf('\r') < 0) {
            return body;
        }
        return body.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** The body offset of an area offset. */
    public static int toBody(String body, int areaOffset) {
        if (body.indexOf('\r') < 0) {
            return areaOffset;
        }
        int area = 0;
        int i = 0;
        while (area < areaOffset && i < body.length()) {
            i += body.startsWith("\r\n", i) ? 2 : 1;
            area++;
        }
        return i;
    }

    /** Text typed into the area, with its line breaks written as the file writes them. */
    public static String toFile(String areaText, String lineEnding) {
        return lineEnding.equals("\n") ? areaText : areaText.replace("\n", lineEnding);
    }
}
