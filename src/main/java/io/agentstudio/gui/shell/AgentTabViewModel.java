package io.agentstudio.gui.shell;

import io.agentstudio.gui.common.ProblemPlace;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorProblems;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

import java.util.List;

/**
 * What an open agent's tab shows: the form with the body, the whole file's Source, or the comparison with another
 * program's version on disk. A problem or a line asked for switches to the view that holds it; the comparison is
 * offered only while there is a version to compare with. The tab's view builds what this says.
 */
public final class AgentTabViewModel {

    /** The three views of a tab. */
    public enum Mode { EDIT, SOURCE, COMPARE }

    private final AgentEditorViewModel editor;
    private final BooleanBinding compareOffered;
    private final ReadOnlyObjectWrapper<Mode> mode = new ReadOnlyObjectWrapper<>(this, "mode", Mode.EDIT);
    private final ReadOnlyObjectWrapper<AgentEditorViewModel.LineRequest> sourceLine = new ReadOnlyObjectWrapper<>(this, "sourceLine");

    /** Create it before the tab's panes: they move to a problem only after this has shown their view. */
    public AgentTabViewModel(AgentEditorViewModel editor, EditorProblems problems) {
        this.editor = editor;
        this.compareOffered = editor.diskDocumentProperty().isNotNull();
        problems.revealProperty().addListener((observable, before, problem) -> {
            if (problem != null) {
                mode.set(ProblemPlace.of(problem, editor.document()) == ProblemPlace.FILE ? Mode.SOURCE : Mode.EDIT);
            }
        });
        // A line of the body shows in the body editor (which follows the request itself); a frontmatter line in Source.
        editor.lineRequestProperty().addListener((observable, before, request) -> {
            if (request.line() - 1 < editor.document().bodyFirstLine()) {
                mode.set(Mode.SOURCE);
                sourceLine.set(request);
            } else {
                mode.set(Mode.EDIT);
            }
        });
        compareOffered.addListener((observable, was, offered) -> {
            if (!offered && mode.get() == Mode.COMPARE) {
                mode.set(Mode.EDIT);
            }
        });
    }

    public ReadOnlyObjectProperty<Mode> modeProperty() {
        return mode.getReadOnlyProperty();
    }

    /** True while another program's version is there to compare with. */
    public ObservableBooleanValue compareOfferedProperty() {
        return compareOffered;
    }

    /** The last frontmatter line asked for, for the Source view to move to. */
    public ReadOnlyObjectProperty<AgentEditorViewModel.LineRequest> sourceLineProperty() {
        return sourceLine.getReadOnlyProperty();
    }

    /** The user picks a view; the comparison only while it is offered. */
    public void show(Mode wanted) {
        if (wanted != Mode.COMPARE || compareOffered.get()) {
            mode.set(wanted);
        }
    }

    /** The unified diff the comparison shows. */
    public List<String> comparison() {
        return editor.compareWithDisk();
    }
}
