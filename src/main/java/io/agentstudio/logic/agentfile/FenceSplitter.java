package io.agentstudio.logic.agentfile;

import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.TextLines;

/**
 * Finds the frontmatter fences. The opening fence is a first line of {@code ---} (trailing blanks allowed, after an
 * optional BOM). The block closes at the first later line made only of three or more dashes: the loaders in use
 * match the closing {@code ---} as a prefix, so a line of 56 dashes closes the block for them too, and the studio
 * reads it the same way (and reports it; see ADR 0002).
 */
final class FenceSplitter {

    record Fences(FrontmatterState state, int yamlStart, int yamlEnd, int bodyStart, String closingFence) {
    }

    private FenceSplitter() {
    }

    static Fences split(String text) {
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        int firstContentEnd = TextLines.lineContentEnd(text, start);
        if (!isDashLine(text, start, firstContentEnd, true)) {
            return new Fences(FrontmatterState.NONE, -1, -1, 0, null);
        }
        int yamlStart = TextLines.nextLineStart(text, start);
        int lineStart = yamlStart;
        while (lineStart < text.length()) {
            int contentEnd = TextLines.lineContentEnd(text, lineStart);
            if (isDashLine(text, lineStart, contentEnd, false)) {
                String fence = text.substring(lineStart, contentEnd);
                return new Fences(FrontmatterState.CLOSED, yamlStart, lineStart, TextLines.nextLineStart(text, lineStart), fence);
            }
            lineStart = TextLines.nextLineStart(text, lineStart);
        }
        return new Fences(FrontmatterState.UNCLOSED, -1, -1, 0, null);
    }

    /** {@code ---} exactly (opening) or three or more dashes (closing), followed only by spaces or tabs. */
    private static boolean isDashLine(String text, int from, int to, boolean exactlyThree) {
        int dashes = 0;
        int i = from;
        while (i < to && text.charAt(i) == '-') {
            dashes++;
            i++;
        }
        while (i < to && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i == to && (exactlyThree ? dashes == 3 : dashes >= 3);
    }
}
