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

    /**
     * The start offsets of the parts of the text from {@code bodyStart} on; the first is {@code bodyStart}. The text
     * comes as its characters and its lines, which the reader of the parts reads again ({@link BodyCandidates}), and
     * with whether the body {@link #mayHoldLinkDefinition may hold a link definition}, which that reader needs too.
     */
    static List<Integer> starts(char[] text, LineIndex lines, int bodyStart, boolean linkDefinitions) {
        List<Integer> starts = new ArrayList<>();
        starts.add(bodyStart);
        if (linkDefinitions) {
            return starts;
        }
        boolean previousBlank = true;
        char fence = 0;
        int fenceLength = 0;
        for (int i = lines.lineOf(bodyStart); i < lines.lineCount(); i++) {
            int line = Math.max(bodyStart, lines.lineStart(i));
            int end = lines.lineEnd(i);
            int indent = indent(text, line, end);
            int runLength = indent <= 3 ? fenceRun(text, line + indent, end) : 0;
            if (fence != 0) {
                if (runLength >= fenceLength && text[line + indent] == fence && isBlank(text, line + indent + runLength, end)) {
                    fence = 0;
                }
                previousBlank = false;
            } else if (runLength >= 3 && (text[line + indent] == '~' || !holdsBacktick(text, line + indent + runLength, end))) {
                fence = text[line + indent];
                fenceLength = runLength;
                previousBlank = false;
            } else {
                if (previousBlank && line > bodyStart && isAtxHeading(text, line, end)) {
                    starts.add(line);
                }
                previousBlank = isBlank(text, line, end);
            }
        }
        return starts;
    }

    /** A link reference definition ({@code [x]: url}) needs a "]:". */
    static boolean mayHoldLinkDefinition(char[] text, int start) {
        for (int i = start; i + 1 < text.length; i++) {
            if (text[i] == ']' && text[i + 1] == ':') {
                return true;
            }
        }
        return false;
    }

    private static int indent(char[] text, int start, int end) {
        int i = start;
        while (i < end && text[i] == ' ') {
            i++;
        }
        return i - start;
    }

    /** The length of a run of backticks or tildes at {@code start}: a fence when 3 or more. */
    static int fenceRun(char[] text, int start, int end) {
        if (start >= end || text[start] != '`' && text[start] != '~') {
            return 0;
        }
        char c = text[start];
        int i = start;
        while (i < end && text[i] == c) {
            i++;
        }
        return i - start;
    }

    /** A backtick fence's info string may not hold a backtick (then the line is inline code, not a fence). */
    static boolean holdsBacktick(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] == '`') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAtxHeading(char[] text, int start, int end) {
        int i = start;
        while (i < end && i - start < 7 && text[i] == '#') {
            i++;
        }
        int hashes = i - start;
        return hashes >= 1 && hashes <= 6 && (i == end || text[i] == ' ' || text[i] == '\t');
    }

    private static boolean isBlank(char[] text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text[i] != ' ' && text[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
