package io.agentstudio.logic.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a body may be cut into parts that read the same alone as in the whole: before a top-level ATX heading
 * ({@code # Title} at the start of a line) that follows a blank line. Such a line ends every paragraph, list, quote,
 * table and indented code before it and starts fresh delegation sections, so a part read alone finds what the whole
 * finds there. Two things can run past it: a fenced code block (its {@code # comment} lines are code) and an HTML
 * block that ignores blank lines ({@code <!-- ... -->}, {@code <pre>}). Fences are followed here to avoid cutting
 * inside one; the reader of the parts checks each part's end and joins a part that ends open to the next
 * ({@link BodyScanner#scanPart}). A link reference definition ({@code [x]: url}) applies to the whole body, so a body
 * that may hold one is not cut at all.
 */
final class BodyParts {
    private BodyParts() {
    }

    /** The start offsets of the parts of the text from {@code bodyStart} on; the first is {@code bodyStart}. */
    static List<Integer> starts(String text, int bodyStart) {
        List<Integer> starts = new ArrayList<>();
        starts.add(bodyStart);
        if (text.indexOf("]:", bodyStart) >= 0) {
            return starts;
        }
        boolean previousBlank = true;
        char fence = 0;
        int fenceLength = 0;
        for (int line = bodyStart; line < text.length(); ) {
            int end = lineEnd(text, line);
            int indent = indent(text, line, end);
            int runLength = indent <= 3 ? fenceRun(text, line + indent, end) : 0;
            if (fence != 0) {
                if (runLength >= fenceLength && text.charAt(line + indent) == fence && isBlank(text, line + indent + runLength, end)) {
                    fence = 0;
                }
                previousBlank = false;
            } else if (runLength >= 3 && (text.charAt(line + indent) == '~' || !holdsBacktick(text, line + indent + runLength, end))) {
                fence = text.charAt(line + indent);
                fenceLength = runLength;
                previousBlank = false;
            } else {
                if (previousBlank && line > bodyStart && isAtxHeading(text, line, end)) {
                    starts.add(line);
                }
                previousBlank = isBlank(text, line, end);
            }
            line = nextLine(text, end);
        }
        return starts;
    }

    /** The end of the line starting at {@code start}, before its terminator. */
    private static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int nextLine(String text, int end) {
        if (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }

    private static int indent(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) == ' ') {
            i++;
        }
        return i - start;
    }

    /** The length of a run of backticks or tildes at {@code start}: a fence when 3 or more. */
    static int fenceRun(String text, int start, int end) {
        if (start >= end || text.charAt(start) != '`' && text.charAt(start) != '~') {
            return 0;
        }
        char c = text.charAt(start);
        int i = start;
        while (i < end && text.charAt(i) == c) {
            i++;
        }
        return i - start;
    }

    /** A backtick fence's info string may not hold a backtick (then the line is inline code, not a fence). */
    static boolean holdsBacktick(String text, int start, int end) {
        int at = text.indexOf('`', start);
        return at >= 0 && at < end;
    }

    private static boolean isAtxHeading(String text, int start, int end) {
        int i = start;
        while (i < end && i - start < 7 && text.charAt(i) == '#') {
            i++;
        }
        int hashes = i - start;
        return hashes >= 1 && hashes <= 6 && (i == end || text.charAt(i) == ' ' || text.charAt(i) == '\t');
    }

    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
