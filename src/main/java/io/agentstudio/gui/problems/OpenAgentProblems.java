package io.agentstudio.gui.problems;

import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Problem;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The findings of one open tab, kept current by the problems pane's ViewModel, and where its panes should go. */
final class OpenAgentProblems implements EditorProblems {
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    // One wrapper for all callers: a listener on a throwaway wrapper is dropped when the wrapper is collected.
    private final ObservableList<Finding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);
    private final ReadOnlyObjectWrapper<Problem> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final Function<List<Finding>, List<FixAction>> fixes;
    private final Consumer<Runnable> whenCurrent;

    OpenAgentProblems(List<Finding> current, Function<List<Finding>, List<FixAction>> fixes, Consumer<Runnable> whenCurrent) {
        this.fixes = fixes;
        this.whenCurrent = whenCurrent;
        findings.setAll(current);
    }

    @Override
    public ObservableList<Finding> findings() {
        return readOnlyFindings;
    }

    @Override
    public ReadOnlyObjectProperty<Problem> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    @Override
    public List<FixAction> fixes(List<Finding> some) {
        return fixes.apply(some);
    }

    @Override
    public void whenCurrent(Runnable action) {
        whenCurrent.accept(action);
    }

    void show(List<Finding> now) {
        findings.setAll(now);
    }

    @Override
    public void reveal(Problem problem) {
        reveal.set(null);
        reveal.set(problem);
    }
}
