package io.agentstudio.gui.shell;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.problems.ProblemsViewModel;
import io.agentstudio.logic.startup.WorkspaceChoice;
import io.agentstudio.logic.startup.WorkspaceOrigin;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The status bar's texts: which workspace is open and why, how many agents it has, what could not be loaded (with
 * the details for a tooltip), and how many problems of each severity the workspace has.
 */
public final class StatusBarViewModel {
    static final String NO_WORKSPACE = "No workspace open";

    // Properties
    private final ReadOnlyStringWrapper workspace = new ReadOnlyStringWrapper(this, "workspace", NO_WORKSPACE);
    private final ReadOnlyStringWrapper workspacePath = new ReadOnlyStringWrapper(this, "workspacePath", "");
    private final ReadOnlyStringWrapper agents = new ReadOnlyStringWrapper(this, "agents", "");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final ReadOnlyStringWrapper problemDetails = new ReadOnlyStringWrapper(this, "problemDetails", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed", false);
    private final ReadOnlyStringWrapper dialect = new ReadOnlyStringWrapper(this, "dialect", "");
    private final ReadOnlyStringWrapper caret = new ReadOnlyStringWrapper(this, "caret", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final Map<Severity, ReadOnlyIntegerWrapper> problemCounts = new EnumMap<>(Severity.class);

    public StatusBarViewModel() {
        for (Severity severity : Severity.values()) {
            problemCounts.put(severity, new ReadOnlyIntegerWrapper(this, severity.label() + "Count", 0));
        }
    }

    /** The dialect of the agent in the selected tab, e.g. "Claude Code"; empty without a tab. */
    public ReadOnlyStringProperty dialectProperty() {
        return dialect.getReadOnlyProperty();
    }

    /** "Ln 12, Col 4" while the body pane reports a caret; empty otherwise. */
    public ReadOnlyStringProperty caretProperty() {
        return caret.getReadOnlyProperty();
    }

    /** "Saved", "Unsaved changes", "Saving…", or the disk's news, for the selected tab. */
    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** Problems of a severity in the whole workspace, as the problems pane counts them. */
    public ReadOnlyIntegerProperty problemCountProperty(Severity severity) {
        return problemCounts.get(severity).getReadOnlyProperty();
    }

    /** Follows the agent list, so a new, deleted or restored agent counts at once, not at the next load. */
    void countAgents(ObservableList<?> agentRows) {
        agents.bind(Bindings.createStringBinding(() -> count(agentRows.size(), "agent", "agents"), agentRows));
    }

    /** Follows the problems pane's counts. */
    void showProblemCounts(ProblemsViewModel problems) {
        problemCounts.forEach((severity, count) -> count.bind(problems.countProperty(severity)));
    }

    /** Follows the selected tab (null: none). */
    void showEditor(AgentEditorViewModel editor) {
        dialect.unbind();
        caret.unbind();
        saveState.unbind();
        if (editor == null) {
            dialect.set("");
            caret.set("");
            saveState.set("");
            return;
        }
        dialect.set(editor.catalog().dialect().displayName());
        caret.bind(Bindings.createStringBinding(() -> editor.caretLineProperty().get() <= 0 ? ""
                        : "Ln " + editor.caretLineProperty().get() + ", Col " + editor.caretColumnProperty().get(),
                editor.caretLineProperty(), editor.caretColumnProperty()));
        saveState.bind(Bindings.createStringBinding(() -> describeSaveState(editor),
                editor.dirtyProperty(), editor.savingProperty(), editor.diskStateProperty()));
    }

    static String describeSaveState(AgentEditorViewModel editor) {
        if (editor.savingProperty().get()) {
            return "Saving…";
        }
        return switch (editor.diskStateProperty().get()) {
            case CHANGED_ON_DISK -> "Changed on disk";
            case DELETED_ON_DISK -> "Deleted on disk";
            case KEEPING_MINE -> "Unsaved changes (will overwrite the disk)";
            case IN_SYNC -> editor.isDirty() ? "Unsaved changes"
                    : editor.isUserAgent() ? "Saved (user agent, " + editor.path() + ")" : "Saved";
        };
    }

    /** A side remark that is not an error, such as a watcher that could not start. */
    void note(String text) {
        failed.set(false);
        message.set(text);
    }

    /** Names the workspace, its folder and where it came from, e.g. "Sample workspace (copy at /home/me/...)". */
    public ReadOnlyStringProperty workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty workspacePathProperty() {
        return workspacePath.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty agentsProperty() {
        return agents.getReadOnlyProperty();
    }

    /** A count of files not loaded; empty when there are none. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    /** One line per file that could not be loaded. */
    public ReadOnlyStringProperty problemDetailsProperty() {
        return problemDetails.getReadOnlyProperty();
    }

    /** What is happening right now (loading) or went wrong (a folder that would not open). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    // Commands

    void loading(WorkspaceChoice choice) {
        failed.set(false);
        message.set(choice == null ? "Opening the workspace…" : "Loading " + choice.root() + "…");
    }

    void loaded(WorkspaceChoice choice, Workspace loaded, String note) {
        workspace.set(describe(choice));
        workspacePath.set(choice.root().toString());
        List<String> details = new ArrayList<>();
        List<Problem> notLoadedProblems = loaded.notLoaded();
        long notLoaded = notLoadedProblems.stream().map(Problem::file).filter(Objects::nonNull).distinct().count();
        notLoadedProblems.forEach(p -> details.add(relative(loaded.root(), p.file()) + ": " + p.message()));
        problems.set(notLoadedProblems.isEmpty() ? "" : count((int) Math.max(notLoaded, 1), "file", "files") + " not loaded");
        problemDetails.set(String.join("\n", details));
        failed.set(false);
        message.set(note);
    }

    void failed(WorkspaceChoice choice, String reason) {
        failed.set(true);
        message.set(choice == null ? "Could not open a workspace: " + reason : "Could not open " + choice.root() + ": " + reason);
    }

    /** "Sample workspace" or the folder's name, for the window title. */
    static String shortName(WorkspaceChoice choice) {
        if (choice.origin() == WorkspaceOrigin.SAMPLE) {
            return "Sample workspace";
        }
        return choice.root().getFileName() == null ? choice.root().toString() : choice.root().getFileName().toString();
    }

    static String describe(WorkspaceChoice choice) {
        String name = shortName(choice);
        return switch (choice.origin()) {
            case SAMPLE -> "Sample workspace (copy at " + choice.root() + ")";
            case ARGUMENT -> name + " — " + choice.root() + " (from the command line)";
            case LAST_USED -> name + " — " + choice.root() + " (last used)";
            case CHOSEN -> name + " — " + choice.root();
        };
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    private static String relative(Path root, Path file) {
        if (file == null) {
            return root.toString();
        }
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }
}
