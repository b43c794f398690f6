package io.agentstudio.logic.graph;

import java.util.Arrays;

/** Offsets to lines for one text, with LF, CRLF and a lone CR all ending a line. */
final class LineIndex {
    private final String text;
    /**
     * Where each line starts, found on first use: the frontmatter of most files refers to no agent
     * ({@link FileScan#inFrontmatter}), and then no line is ever asked for.
     */
    private int[] starts;

    LineIndex(String text) {
        this.text = text;
    }

    /** The lines of {@code text}, found at once in {@code chars}, its characters, which a caller reads as well. */
    LineIndex(String text, char[] chars) {
        this.text = text;
        this.starts = startsOf(chars);
    }

    /** A loop over a char[]: much faster than String.charAt or indexOf on a text with a non-Latin-1 character. */
    private static int[] startsOf(char[] text) {
        int[] found = new int[64];
        int count = 1;
        for (int i = 0; i < text.length; i++) {
            char c = text[i];
            if (c == '\n' || c == '\r' && (i + 1 == text.length || text[i + 1] != '\n')) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = i + 1;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private int[] starts() {
        if (starts == null) {
            starts = startsOf(text.toCharArray());
        }
        return starts;
    }

    /** 0-based line of an offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts(), offset);
        return i >= 0 ? i : -i - 2;
    }

    int lineCount() {
        return starts().length;
    }

    int lineStart(int line) {
        return starts()[line];
    }

    /** Offset of the given line's terminator (the text's end for the last line, which has none). */
    int lineEnd(int line) {
        int[] starts = starts();
        if (line + 1 == starts.length) {
            return text.length();
        }
        int next = starts[line + 1];
        return next >= 2 && text.charAt(next - 2) == '\r' && text.charAt(next - 1) == '\n' ? next - 2 : next - 1;
    }

    /** Offset just past the terminator of the given 0-based line (the text's end for the last line). */
    int nextLineStart(int line) {
        int[] starts = starts();
        return line + 1 < starts.length ? starts[line + 1] : text.length();
    }

    /** The whole lines from the line holding {@code from} to the line holding {@code to - 1}. */
    ReferenceItem item(ItemKind kind, int from, int to) {
        int first = lineOf(from);
        int last = lineOf(Math.max(from, to - 1));
        return new ReferenceItem(kind, lineStart(first), nextLineStart(last), first + 1, last + 1);
    }
}
