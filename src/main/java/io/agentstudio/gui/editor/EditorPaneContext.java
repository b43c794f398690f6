package io.agentstudio.gui.editor;

import javafx.beans.property.IntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;

/**
 * What the window offers the body and preview panes of a tab besides the document: where to report the caret
 * (the status bar shows it), the user's preferences they should follow, and the agent's problems.
 *
 * @param caretLine   1-based line of the caret in the whole file; the body pane sets it
 * @param caretColumn 1-based column of the caret; the body pane sets it
 * @param darkTheme   true while the dark theme is on (the preview's stylesheet follows it)
 * @param fontSize    the editor font size in points
 * @param wrapText    soft wrap of long lines
 * @param problems    the agent's validation findings, for the body's gutter, underlines and quick fixes
 * @param lineRequest requests to show a line of the file (1-based, whole file); the body pane moves its caret there
 *                    when the line is in the body
 * @param lifetime    where a pane leaves what it hooks onto the preferences, to be undone when the tab closes
 */
public record EditorPaneContext(IntegerProperty caretLine, IntegerProperty caretColumn, ObservableBooleanValue darkTheme,
                                ObservableIntegerValue fontSize, ObservableBooleanValue wrapText, EditorProblems problems,
                                ObservableValue<AgentEditorViewModel.LineRequest> lineRequest, TabLifetime lifetime) {
}
