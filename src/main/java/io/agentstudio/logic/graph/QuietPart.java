package io.agentstudio.logic.graph;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells from the raw text of a body part ({@link BodyParts}) which of its pieces reading it with no agent known may
 * find a reference in, so that the Markdown of the others need not be parsed at all; most parts have none. A part
 * read alone starts outside any delegation section; it stays outside when none of its lines that could be a heading
 * speaks of delegation, and then it finds nothing where each of its blocks is quiet ({@link QuietText}). Without
 * parsing, the blocks are not known, but each lies within one run of non-blank lines, and a run that is quiet as a
 * whole has only quiet blocks (more text can only make text less quiet). A fenced code block that opens at the start
 * of a line and closes in the part holds no prose and is skipped; any other fence, and an HTML block that ignores
 * blank lines, makes the part read whole: it may end inside a block that runs on into the next part.
 */
final class QuietPart {
    /** The tags whose HTML block runs on until its closing tag, blank lines or not. */
    private static final String[] RUN_ON_TAGS = {"script", "pre", "style", "textarea"};

    private final QuietText run;
    private final QuietText heading;
    private final boolean linkDefinitions;

    /** For the parts of one body; {@code linkDefinitions} tells whether it may hold a link reference definition. */
    QuietPart(boolean linkDefinitions) {
        this.linkDefinitions = linkDefinitions;
        run = new QuietText().linkDefinitions(linkDefinitions);
        heading = new QuietText().linkDefinitions(linkDefinitions);
    }

    /** A stretch of a part's text, from one line's start to another's or to the part's end. */
    record Piece(int start, int end) {
    }

    /**
     * The pieces of {@code text[start, end)}, a body part (from the start of one of the {@code lines} to the start of
     * another or the text's end), that must be read, each alone, to find what reading the whole part finds: none when
     * the part is quiet; null when the whole part must be read. A piece starts at a line whose first character starts a
     * block after a blank line, outside a fenced code block: no paragraph, quote, table or indented code runs on past
     * the blank into a line that is not indented, and a list that goes on there with its next item is read item by item
     * anyway. A block that may be a lead-in ({@code Other agents:}) governs the block after it, so its piece is read
     * with the next one, and with the pieces after that while they start list items. What could carry over further is
     * left to reading the part whole: a heading that may open a delegation section (it governs every block after it),
     * an HTML block that ignores blank lines ({@code <!--}, {@code <pre>}) or a fence that does not open at a line's
     * start (either may run past blank lines), a fence left open
     * (what follows it may be read again, as a nested fence's early end, in {@link BodyScanner}), a closing fence after a
     * tab, and a {@code [} outside code in a body that may hold a link reference definition (which applies to the whole
     * body). Each other piece that is quiet finds nothing, read alone as in the part.
     */
    List<Piece> noisyPieces(char[] text, LineIndex lines, int start, int end) {
        List<Piece> noisy = new ArrayList<>();
        run.clear();
        boolean runEmpty = true;
        boolean pieceNoisy = false;
        boolean brackets = false;
        boolean withNext = false;
        // Whether the block a lead-in governs is a list, which goes on past blank lines with each item.
        boolean governedList = false;
        boolean previousBlank = false;
        int pieceStart = start;
        char fence = 0;
        int fenceLength = 0;
        for (int i = lines.lineOf(start); i < lines.lineCount() && lines.lineStart(i) < end; i++) {
            int line = Math.max(start, lines.lineStart(i));
            int lineEnd = Math.min(end, lines.lineEnd(i));
            int first = firstNonBlank(text, line, lineEnd);
            if (fence != 0) {
                FenceLine closing = closing(text, line, lineEnd, fence, fenceLength);
                if (closing == FenceLine.UNSURE) {
                    return null;
                }
                if (closing == FenceLine.CLOSES) {
                    fence = 0;
                }
                previousBlank = false;
                continue;
            }
            boolean opensFence = first == line && opensFence(text, line, lineEnd);
            if (first == lineEnd || opensFence) {
                // A blank line or a fence ends the run; code holds no prose, and its lines are not read.
                if (!runEmpty) {
                    pieceNoisy |= !run.isQuiet();
                    withNext |= run.mayLeadInNext();
                    brackets |= run.holdsBracket();
                }
                run.clear();
                runEmpty = true;
            }
            if (first == lineEnd) {
                previousBlank = true;
                continue;
            }
            if (first == line && previousBlank && line > pieceStart) {
                boolean listItem = BodyParts.listMarkerEnd(text, line, lineEnd) >= 0;
                if (withNext) {
                    withNext = false;
                    governedList = listItem;
                } else if (!governedList || !listItem) { // else the governed list goes on, or one right after it
                    governedList = false;
                    if (pieceNoisy) {
                        noisy.add(new Piece(pieceStart, line));
                    }
                    pieceStart = line;
                    pieceNoisy = false;
                }
            }
            previousBlank = false;
            if (opensFence) {
                fence = text[line];
                fenceLength = BodyParts.fenceRun(text, line, lineEnd);
            } else {
                if (mayOpenBlockThatRunsOn(text, first, lineEnd)
                        || text[first] == '#' && headingMayOpenSection(text, line, first, lineEnd)
                        || !runEmpty && isSetextUnderline(text, first, lineEnd) && run.mayOpenSection()) {
                    return null;
                }
                run.add(text, line, lineEnd);
                runEmpty = false;
            }
        }
        if (!runEmpty) {
            pieceNoisy |= !run.isQuiet();
            brackets |= run.holdsBracket();
        }
        // A [ that a definition may turn into a link is not quiet either, so a part without noisy pieces never gets here.
        if (fence != 0 || linkDefinitions && brackets) {
            return null;
        }
        if (pieceNoisy) {
            noisy.add(new Piece(pieceStart, end));
        }
        return noisy;
    }

    /**
     * Whether a line whose first character that is not blank is {@code #} may be a heading that opens a delegation
     * section. A plain ATX heading ({@code ## Error Handling}: no markup, no closing {@code #}s) reads as its raw text,
     * so the section's own test decides, as the full reading would; any other is judged by its stems alone, and most
     * stems ("hand" of "Handling", "agent") open no section.
     */
    private boolean headingMayOpenSection(char[] text, int line, int first, int end) {
        String title = plainAtxTitle(text, line, first, end);
        return title == null ? heading.clear().add(text, line, end).mayOpenSection() : DelegationSection.ofHeading(title).isPresent();
    }

    /**
     * The title of an ATX heading indented by at most three spaces whose text holds nothing that inline Markdown could
     * change or that could close the heading ({@code \ ` * _ [ ] < & ! #}); null for any other line.
     */
    private static String plainAtxTitle(char[] text, int line, int first, int end) {
        int indent = BodyParts.indent(text, line, end);
        int titleStart = indent <= 3 && line + indent == first ? BodyParts.atxMarksEnd(text, first, end) : -1;
        if (titleStart < 0) {
            return null;
        }
        for (int i = titleStart; i < end; i++) {
            if (PLAIN_TITLE_EXCLUDES.indexOf(text[i]) >= 0) {
                return null;
            }
        }
        String title = new String(text, titleStart, end - titleStart).strip();
        return title.isEmpty() ? null : title;
    }

    /** What inline Markdown may read otherwise than as it is written, and the mark that may close a heading. */
    private static final String PLAIN_TITLE_EXCLUDES = "\\`*_[]<&!#";

    /** How a line inside a fenced code block reads. */
    private enum FenceLine { CODE, CLOSES, UNSURE }

    /**
     * A fence that opens at the start of a line: nothing but the document can hold it then (a list item's or a
     * quote's fence is indented or marked), so it is a top-level block, read as code until its closing fence.
     */
    private static boolean opensFence(char[] text, int start, int end) {
        int length = BodyParts.fenceRun(text, start, end);
        return length >= 3 && (text[start] == '~' || !BodyParts.holdsBacktick(text, start + length, end));
    }

    /**
     * Whether a line closes the fence: up to three spaces, at least as many of the fence's characters, then only
     * spaces or tabs. A tab before such a run is left to the parser: whether it indents too far depends on its column.
     */
    private static FenceLine closing(char[] text, int start, int end, char fence, int fenceLength) {
        int i = start;
        while (i < end && text[i] == ' ') {
            i++;
        }
        if (i < end && text[i] == '\t') {
            return holds(text, i, end, fence) ? FenceLine.UNSURE : FenceLine.CODE;
        }
        if (i == end || i - start > 3 || text[i] != fence) {
            return FenceLine.CODE;
        }
        int length = BodyParts.fenceRun(text, i, end);
        if (length < fenceLength) {
            return FenceLine.CODE;
        }
        for (int j = i + length; j < end; j++) {
            if (text[j] != ' ' && text[j] != '\t') {
                return FenceLine.CODE;
            }
        }
        return FenceLine.CLOSES;
    }

    private static boolean holds(char[] text, int start, int end, char c) {
        for (int i = start; i < end; i++) {
            if (text[i] == c) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonBlank(char[] text, int start, int end) {
        int i = start;
        while (i < end && (text[i] == ' ' || text[i] == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * A fence that does not open at the start of the line (its code runs on until a closing fence), or an HTML block
     * that runs on past blank lines, from the line's first character that is not blank: the blanks before it hold no
     * fence.
     */
    private static boolean mayOpenBlockThatRunsOn(char[] text, int first, int end) {
        if (text[first] == '<') {
            return opensHtmlThatRunsOn(text, first, end);
        }
        int backticks = 0;
        int tildes = 0;
        for (int i = first; i < end; i++) {
            char c = text[i];
            backticks = c == '`' ? backticks + 1 : 0;
            tildes = c == '~' ? tildes + 1 : 0;
            if (backticks == 3 || tildes == 3) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line whose first character that is not blank is {@code <} may start one of the HTML blocks that only
     * their end condition closes, blank lines or not (CommonMark's kinds 1 to 5): {@code <script}, {@code <pre},
     * {@code <style} or {@code <textarea} followed by a blank, {@code >} or the line's end, in any case; a comment, a
     * processing instruction, a declaration or CDATA ({@code <!}, {@code <?}). Any other HTML block ends at a blank line
     * as a paragraph does and holds no prose, so the part may still be read in pieces: prompts are full of
     * {@code <example>} and {@code <instructions>} tags.
     */
    private static boolean opensHtmlThatRunsOn(char[] text, int first, int end) {
        if (first + 1 >= end) {
            return false;
        }
        char next = text[first + 1];
        if (next == '!' || next == '?') {
            return true;
        }
        for (String tag : RUN_ON_TAGS) {
            int after = first + 1 + tag.length();
            if (after <= end && startsWithIgnoringCase(text, first + 1, tag)
                    && (after == end || text[after] == ' ' || text[after] == '\t' || text[after] == '>')) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(char[] text, int at, String lowerCase) {
        for (int i = 0; i < lowerCase.length(); i++) {
            if ((text[at + i] | 0x20) != lowerCase.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A line of only '=' or only '-' (spaces allowed): it makes the lines above it a heading. */
    private static boolean isSetextUnderline(char[] text, int first, int end) {
        char c = text[first];
        if (c != '=' && c != '-') {
            return false;
        }
        for (int i = first; i < end; i++) {
            if (text[i] != c && text[i] != ' ' && text[i] != '\t') {
                return false;
            }
        }
        return true;
    }
}
