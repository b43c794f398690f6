package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.TextLines;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The fix for a frontmatter that is never closed: a {@code ---} line after the run of lines that look like YAML
 * fields (a {@code key:} line, or an indented line continuing one), which ends at the first blank line or heading.
 * Offered only when the fields above the new line parse.
 */
final class FrontmatterClosing {
    private static final Pattern KEY_LINE = Pattern.compile("[A-Za-z_\"'][^:]*:(\\s.*)?");

    private FrontmatterClosing() {
    }

    static Optional<QuickFix> fixFor(FileCheck file) {
        AgentDocument document = file.document();
        OptionalInt at = closingPoint(document.text());
        if (at.isEmpty() || !close(document, at.getAsInt()).isEditable()) {
            return Optional.empty();
        }
        int line = TextLines.lineOf(document.text(), at.getAsInt());
        return Optional.of(new QuickFix.Edit("Close the frontmatter after line " + line, FrontmatterClosing::apply));
    }

    private static AgentDocument apply(AgentDocument document) {
        if (document.state() != FrontmatterState.UNCLOSED) {
            throw new EditRefusedException("The frontmatter is closed now.");
        }
        OptionalInt at = closingPoint(document.text());
        AgentDocument closed = at.isPresent() ? close(document, at.getAsInt()) : document;
        if (at.isEmpty() || !closed.isEditable()) {
            throw new EditRefusedException("No run of fields that parses was found; add the `---` line by hand.");
        }
        return closed;
    }

    private static AgentDocument close(AgentDocument document, int offset) {
        String text = document.text();
        String eol = document.lineEnding().chars();
        boolean lastLineUnterminated = offset == text.length() && !text.endsWith("\n") && !text.endsWith("\r");
        String fence = (lastLineUnterminated ? eol : "") + "---" + eol;
        return AgentFileParser.parse(text.substring(0, offset) + fence + text.substring(offset));
    }

    /** Offset just after the last field-like line following the opening fence, or empty when there is none. */
    private static OptionalInt closingPoint(String text) {
        int start = text.startsWith("\uFEFF") ? 1 : 0;
        int lineStart = TextLines.nextLineStart(text, start);
        int end = -1;
        boolean first = true;
        while (lineStart < text.length()) {
            String line = text.substring(lineStart, TextLines.lineContentEnd(text, lineStart));
            boolean continuation = !first && (line.startsWith(" ") || line.startsWith("\t"));
            if (line.isBlank() || !(KEY_LINE.matcher(line).matches() || continuation)) {
                break;
            }
            first = false;
            lineStart = TextLines.nextLineStart(text, lineStart);
            end = lineStart;
        }
        return end < 0 ? OptionalInt.empty() : OptionalInt.of(end);
    }
}
