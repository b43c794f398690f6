package io.agentstudio.gui.editor;

import io.agentstudio.gui.common.FixAction;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Problem;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The validation's findings of one open agent, as its panes draw them (form markers, the body's gutter and
 * underlines) and the fixes they offer. Changes on the UI thread only.
 */
public interface EditorProblems {

    /** The file's findings now, in file order. They describe the tab's text as it was when last validated. */
    ObservableList<Finding> findings();

    /**
     * The problem the user asked to see (double-click or Enter in the problems pane); null between requests, so
     * asking for the same problem twice is two changes. The tab switches to the pane that shows it and that pane
     * moves there.
     */
    ReadOnlyObjectProperty<Problem> revealProperty();

    /** Shows {@code problem} as a double-click in the problems pane would: the tab switches to the pane that holds it. */
    void reveal(Problem problem);

    /** The fixes of these findings, each one undoable edit, plus "fix all of this kind in this file" where safe. */
    List<FixAction> fixes(List<Finding> findings);

    /**
     * Runs {@code action} on the UI thread once {@link #findings()} describe the tab's text as it is now: right after
     * typing they may still describe the text before the last keystrokes, and a fix computed then would be stale.
     * A quick fix asked for by keyboard or marker goes through here.
     */
    void whenCurrent(Runnable action);

    /** No findings and no fixes: for panes shown outside a validated workspace. */
    static EditorProblems none() {
        ObservableList<Finding> empty = FXCollections.unmodifiableObservableList(FXCollections.observableArrayList());
        ReadOnlyObjectWrapper<Problem> never = new ReadOnlyObjectWrapper<>();
        return new EditorProblems() {
            @Override
            public ObservableList<Finding> findings() {
                return empty;
            }

            @Override
            public ReadOnlyObjectProperty<Problem> revealProperty() {
                return never.getReadOnlyProperty();
            }

            @Override
            public void reveal(Problem problem) {
                // Nothing holds a problem outside a validated workspace.
            }

            @Override
            public List<FixAction> fixes(List<Finding> findings) {
                return List.of();
            }

            @Override
            public void whenCurrent(Runnable action) {
                action.run();
            }
        };
    }
}
