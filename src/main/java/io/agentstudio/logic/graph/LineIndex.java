package io.agentstudio.logic.graph;

import java.util.Arrays;

/** Offsets to lines for one text, with LF, CRLF and a lone CR all ending a line. */
final class LineIndex {
    private final String text;
    private final int[] starts;

    LineIndex(String text) {
        this.text = text;
        int[] found = new int[64];
        int count = 1;
        if (text.indexOf('\r') < 0) {
            // The common case, LF only: the JDK's indexOf is many times faster than a loop over the characters.
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                found = withRoom(found, count);
                found[count++] = i + 1;
            }
        } else {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                    found = withRoom(found, count);
                    found[count++] = i + 1;
                }
            }
        }
        this.starts = Arrays.copyOf(found, count);
    }

    private static int[] withRoom(int[] found, int count) {
        return count < found.length ? found : Arrays.copyOf(found, count * 2);
    }

    /** 0-based line of an offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    int lineStart(int line) {
        return starts[line];
    }

    /** Offset just past the terminator of the given 0-based line (the text's end for the last line). */
    int nextLineStart(int line) {
        return line + 1 < starts.length ? starts[line + 1] : text.length();
    }

    /** The whole lines from the line holding {@code from} to the line holding {@code to - 1}. */
    ReferenceItem item(ItemKind kind, int from, int to) {
        int first = lineOf(from);
        int last = lineOf(Math.max(from, to - 1));
        return new ReferenceItem(kind, lineStart(first), nextLineStart(last), first + 1, last + 1);
    }
}
