package io.agentstudio.gui.shell;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.SourceViewModel;
import io.agentstudio.logic.startup.StartupWorkspace;
import io.agentstudio.logic.startup.WorkspaceChoice;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The studio window: which workspace is open, opening and reloading one off the UI thread, and the panels' own
 * ViewModels. Every property changes on the {@code ui} executor only; disk work runs on {@code background}.
 */
public final class MainWindowViewModel {
    static final String APP_NAME = "Agent Studio";

    private final StartupWorkspace startup;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;
    private final Runnable quitAction;

    private final AgentListViewModel agentList = new AgentListViewModel();
    private final SourceViewModel source = new SourceViewModel();
    private final StatusBarViewModel status = new StatusBarViewModel();

    // Properties
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<WorkspaceChoice> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);

    /** Counts load requests so a slow load that finishes after a newer one started cannot overwrite it. */
    private int latestRequest;

    public MainWindowViewModel(StartupWorkspace startup, DialogService dialogs, Executor background, Executor ui,
                               Runnable quitAction) {
        this.startup = startup;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
        this.quitAction = quitAction;
        agentList.selectedProperty().addListener((observable, before, after) -> source.show(after == null ? null : after.agent()));
    }

    public AgentListViewModel agentList() {
        return agentList;
    }

    public SourceViewModel source() {
        return source;
    }

    public StatusBarViewModel status() {
        return status;
    }

    /** True while a workspace is being chosen or loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The workspace shown, or null before the first one opened. */
    public ReadOnlyObjectProperty<WorkspaceChoice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    // Commands

    /** Opens the workspace the studio starts with: {@code argument}, else the last used one, else the sample copy. */
    public void start(Optional<Path> argument) {
        int request = begin(null);
        background.execute(() -> {
            WorkspaceChoice choice;
            try {
                choice = startup.choose(argument);
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> fail(request, null, e));
                return;
            }
            loadInBackground(request, choice);
        });
    }

    /** Asks for a folder and opens it. */
    public void openWorkspace() {
        Path initial = current.get() == null ? null : current.get().root();
        dialogs.chooseFolder("Open Workspace", initial).map(startup::chosen).ifPresent(this::open);
    }

    /** Reads the open workspace from disk again. */
    public void reload() {
        if (current.get() != null) {
            open(current.get());
        }
    }

    public void quit() {
        quitAction.run();
    }

    void open(WorkspaceChoice choice) {
        int request = begin(choice);
        background.execute(() -> loadInBackground(request, choice));
    }

    private int begin(WorkspaceChoice choice) {
        loading.set(true);
        status.loading(choice);
        return ++latestRequest;
    }

    private void loadInBackground(int request, WorkspaceChoice choice) {
        Workspace workspace;
        try {
            workspace = WorkspaceLoader.load(choice.root());
        } catch (IOException | RuntimeException e) {
            ui.execute(() -> fail(request, choice, e));
            return;
        }
        String note = "";
        try {
            startup.remember(choice);
        } catch (IOException e) {
            // The workspace itself opened fine; only the next start will not come back to it, which the user should know.
            note = "This workspace will not be reopened next time: the settings could not be saved (" + e.getMessage() + ").";
        }
        String rememberNote = note;
        ui.execute(() -> show(request, choice, workspace, rememberNote));
    }

    private void show(int request, WorkspaceChoice choice, Workspace workspace, String note) {
        if (request != latestRequest) {
            return;
        }
        current.set(choice);
        title.set(StatusBarViewModel.shortName(choice) + " — " + APP_NAME);
        agentList.show(workspace.agents());
        status.loaded(choice, workspace, note);
        // Last, so whoever waits for the load to end sees the new workspace complete.
        loading.set(false);
    }

    /** A workspace that does not open leaves the one shown before in place; the status bar says what went wrong. */
    private void fail(int request, WorkspaceChoice choice, Exception e) {
        if (request != latestRequest) {
            return;
        }
        status.failed(choice, reason(e));
        loading.set(false);
    }

    /** File system exceptions put the path into their message; the status bar names the folder already. */
    private static String reason(Exception e) {
        if (e instanceof NoSuchFileException missing && missing.getReason() == null) {
            return "there is no such folder";
        }
        if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
