package io.agentstudio.gui.problems;

import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.editor.FixAction;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Problem;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Function;

/** The findings of one open tab, kept current by the problems pane's ViewModel, and where its panes should go. */
final class OpenAgentProblems implements EditorProblems {
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Problem> reveal = new ReadOnlyObjectWrapper<>(this, "reveal");
    private final Function<List<Finding>, List<FixAction>> fixes;

    OpenAgentProblems(List<Finding> current, Function<List<Finding>, List<FixAction>> fixes) {
        this.fixes = fixes;
        findings.setAll(current);
    }

    @Override
    public ObservableList<Finding> findings() {
        return FXCollections.unmodifiableObservableList(findings);
    }

    @Override
    public ReadOnlyObjectProperty<Problem> revealProperty() {
        return reveal.getReadOnlyProperty();
    }

    @Override
    public List<FixAction> fixes(List<Finding> some) {
        return fixes.apply(some);
    }

    void show(List<Finding> now) {
        findings.setAll(now);
    }

    void reveal(Problem problem) {
        reveal.set(null);
        reveal.set(problem);
    }
}
