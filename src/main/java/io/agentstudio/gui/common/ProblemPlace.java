package io.agentstudio.gui.common;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Problem;

/** Which pane of an open agent shows a problem: the form's field, the body editor, or the whole file's Source. */
public enum ProblemPlace {
    FIELD, BODY, FILE;

    /** Where {@code problem} is in {@code document} (lines are the file's, 1-based; 0 is the whole file). */
    public static ProblemPlace of(Problem problem, AgentDocument document) {
        if (problem.line() > document.bodyFirstLine()) {
            return BODY;
        }
        return problem.field() != null && document.isEditable() ? FIELD : FILE;
    }

    /** The 0-based paragraph of the body editor that shows a body problem's line. */
    public static int bodyParagraph(Problem problem, AgentDocument document) {
        return Math.max(0, problem.line() - 1 - document.bodyFirstLine());
    }
}
