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

    /**
     * Whether the text from {@code start} may hold a link reference definition ({@code [x]: url}). A definition starts a
     * line, after any indent and quote or list markers, with its label's {@code [}, and the label's first {@code ]} that
     * is not escaped is followed by {@code :} (a label may also go on over lines, so a line with no {@code ]} counts).
     * A checkbox ({@code - [ ] Step}), a link at a line's start ({@code [text](url)}) and a {@code ]:} anywhere else
     * ({@code Dict[str, Any]:} in code, {@code **[Note]:**}) start none. Lines inside code count too: a cheap test that
     * may say yes when there is none.
     */
    static boolean mayHoldLinkDefinition(char[] text, int start) {
        int line = start;
        while (line < text.length) {
            int end = line;
            while (end < text.length && text[end] != '\n' && text[end] != '\r') {
                end++;
            }
            int first = afterContainerMarkers(text, line, end);
            if (first < end && text[first] == '[' && labelMayEndInColon(text, first + 1, end)) {
                return true;
            }
            line = end + 1;
        }
        return false;
    }

    /** Where a line's content starts after blanks, quote markers and list markers, however many and nested. */
    private static int afterContainerMarkers(char[] text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text[i];
            if (c == ' ' || c == '\t' || c == '>') {
                i++;
            } else {
                int marker = listMarkerEnd(text, i, end);
                if (marker < 0) {
                    return i;
                }
                i = marker;
            }
        }
        return i;
    }

    /**
     * Where a list item's marker at {@code start} ends: a bullet ({@code -}, {@code +}, {@code *}) or up to nine digits
     * and a {@code .} or {@code )}, followed by a blank or the line's end; -1 when none starts there.
     */
    static int listMarkerEnd(char[] text, int start, int end) {
        int i = start;
        if (i < end && (text[i] == '-' || text[i] == '+' || text[i] == '*')) {
            i++;
        } else {
            while (i < end && i - start < 9 && text[i] >= '0' && text[i] <= '9') {
                i++;
            }
            if (i == start || i == end || text[i] != '.' && text[i] != ')') {
                return -1;
            }
            i++;
        }
        return i == end || text[i] == ' ' || text[i] == '\t' ? i : -1;
    }

    /** Whether a label that opened before {@code from} may end in {@code ]:}: on this line, or on a later one. */
    private static boolean labelMayEndInColon(char[] text, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text[i] == '\\') {
                i++;
            } else if (text[i] == ']') {
                return i + 1 < end && text[i + 1] == ':';
            }
        }
        return true;
    }

    /** The number of spaces that start {@code text[start, end)}. */
    static int indent(char[] text, int start, int end) {
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
        return atxMarksEnd(text, start, end) >= 0;
    }

    /**
     * Where the {@code #}s that open an ATX heading at {@code start} end (its title follows after blanks), or -1 when
     * the line does not open one there.
     */
    static int atxMarksEnd(char[] text, int start, int end) {
        int i = start;
        while (i < end && i - start < 7 && text[i] == '#') {
            i++;
        }
        int hashes = i - start;
        return hashes >= 1 && hashes <= 6 && (i == end || text[i] == ' ' || text[i] == '\t') ? i : -1;
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
