package io.agentstudio.logic.graph;

/**
 * Tells from the raw text of a body part ({@link BodyParts}) that reading it with no agent known finds nothing, so
 * that its Markdown need not be parsed at all. A part read alone starts outside any delegation section; it stays
 * outside when none of its lines that could be a heading speaks of delegation, and then it finds nothing when each of
 * its blocks is quiet ({@link QuietText}). Without parsing, the blocks are not known, but each lies within one run of
 * non-blank lines, and a run that is quiet as a whole has only quiet blocks (more text can only make text less quiet).
 * A part with a code fence or an HTML tag is always read: it may end inside a block that runs on into the next part.
 */
final class QuietPart {
    private final QuietText run = new QuietText();
    private final QuietText heading = new QuietText();

    /** True when {@code text[start, end)}, read as a body part with no agent known, finds no reference. */
    boolean isQuiet(String text, int start, int end) {
        run.clear();
        boolean runEmpty = true;
        for (int line = start; line < end; ) {
            int lineEnd = lineEnd(text, line, end);
            int first = firstNonBlank(text, line, lineEnd);
            if (first == lineEnd) {
                if (!runEmpty && !run.isQuiet()) {
                    return false;
                }
                run.clear();
                runEmpty = true;
            } else {
                if (mayOpenBlockThatRunsOn(text, line, lineEnd)) {
                    return false;
                }
                if (text.charAt(first) == '#' && heading.clear().add(text, line, lineEnd).mayOpenSection()
                        || !runEmpty && isSetextUnderline(text, first, lineEnd) && run.mayOpenSection()) {
                    return false;
                }
                run.add(text, line, lineEnd);
                runEmpty = false;
            }
            line = lineEnd < end && text.charAt(lineEnd) == '\r' && lineEnd + 1 < end && text.charAt(lineEnd + 1) == '\n'
                    ? lineEnd + 2 : lineEnd + 1;
        }
        return runEmpty || run.isQuiet();
    }

    private static int lineEnd(String text, int start, int end) {
        int i = start;
        while (i < end && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static int firstNonBlank(String text, int start, int end) {
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** A fence (its code runs on until a closing fence) or anything like an HTML block or tag. */
    private static boolean mayOpenBlockThatRunsOn(String text, int start, int end) {
        int backticks = 0;
        int tildes = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '<') {
                return true;
            }
            backticks = c == '`' ? backticks + 1 : 0;
            tildes = c == '~' ? tildes + 1 : 0;
            if (backticks == 3 || tildes == 3) {
                return true;
            }
        }
        return false;
    }

    /** A line of only '=' or only '-' (spaces allowed): it makes the lines above it a heading. */
    private static boolean isSetextUnderline(String text, int first, int end) {
        char c = text.charAt(first);
        if (c != '=' && c != '-') {
            return false;
        }
        for (int i = first; i < end; i++) {
            if (text.charAt(i) != c && text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }
}
