package io.agentstudio.gui.shell;

import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.export.StudioVersion;
import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentActionsViewModel;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.WorkspaceCommand;
import io.agentstudio.gui.form.FormViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.gui.editor.SkillFilesViewModel;
import io.agentstudio.gui.export.FolderOpener;
import io.agentstudio.gui.graph.GraphViewModel;
import io.agentstudio.gui.problems.ProblemsViewModel;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.validation.RuleSettingsFile;
import io.agentstudio.logic.settings.OpenTabs;
import io.agentstudio.logic.settings.StudioLog;
import io.agentstudio.logic.settings.WorkspaceMemory;
import io.agentstudio.logic.startup.StartupWorkspace;
import io.agentstudio.logic.startup.WorkspaceChoice;
import io.agentstudio.logic.workspace.ClaudeSettingsLocation;
import io.agentstudio.logic.workspace.EditJournal;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.SkillLocator;
import io.agentstudio.logic.workspace.UserAgentFolders;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.logic.workspace.WorkspaceTools;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The studio window: which workspace is open, opening and reloading one off the UI thread, and the panels' own
 * ViewModels. Every property changes on the {@code ui} executor only; disk work runs on {@code background}.
 */
public final class MainWindowViewModel {
    static final String APP_NAME = "Agent Studio";
    static final int LOG_LINES_SHOWN = 200;
    private static final System.Logger LOG = System.getLogger(MainWindowViewModel.class.getName());

    private final StartupWorkspace startup;
    private final WorkspaceMemory memory;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;
    private final Runnable quitAction;
    private final EditorTabsViewModel tabs;
    private final PreferencesViewModel preferences;
    private final WindowLayout layout;
    private final DiskWatch diskWatch;
    private final OpenWorkspaceRoot workspaceRoot;

    private final AgentListViewModel agentList;
    private final AgentActionsViewModel agentActions;
    private final ProblemsViewModel problems;
    private final StatusBarViewModel status;
    private final GraphViewModel graph;
    /** The workspace shown and what its agents suggest for the tools pickers; replaced on each load. */
    private Workspace workspace;
    private List<String> workspaceTools = List.of();
    private AutoCloseable watching;
    /** What opens a skill's supporting files with the system; none until the composition root gives one. */
    private FolderOpener fileOpener = file -> {
        throw new IOException("this studio opens no files with the system");
    };
    /** The studio's log file, once logging is set up; Help > Show Log reads it. */
    private Path logFile;

    // Properties
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<WorkspaceChoice> current = new ReadOnlyObjectWrapper<>(this, "current");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ObservableList<Path> recentWorkspaces = FXCollections.observableArrayList();
    /** Handed out once: a read-only view listens to its list only weakly, so one made per call could be collected
     * with the listeners on it. */
    private final ObservableList<Path> recentWorkspacesView = FXCollections.unmodifiableObservableList(recentWorkspaces);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo", false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo", false);
    private final ReadOnlyBooleanWrapper userAgentsShown = new ReadOnlyBooleanWrapper(this, "userAgentsShown", false);
    private final BooleanBinding firstRun;

    /** Counts load requests so a slow load that finishes after a newer one started cannot overwrite it. */
    private int latestRequest;

    /**
     * @param panels        the panels' ViewModels, built around {@code tabs} and {@code workspaceRoot}
     * @param workspaceRoot what the panels read the open workspace's folder from; set here on each load
     */
    public MainWindowViewModel(StartupWorkspace startup, WorkspaceMemory memory, DialogService dialogs, EditorTabsViewModel tabs,
                               PreferencesViewModel preferences, DiskWatch diskWatch, WindowPanels panels,
                               OpenWorkspaceRoot workspaceRoot, Executor background, Executor ui, Runnable quitAction) {
        this.startup = startup;
        this.memory = memory;
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.preferences = preferences;
        this.layout = new WindowLayout(preferences);
        this.diskWatch = diskWatch;
        this.workspaceRoot = workspaceRoot;
        this.background = background;
        this.ui = ui;
        this.quitAction = quitAction;
        this.agentList = panels.agentList();
        this.agentActions = panels.agentActions();
        this.problems = panels.problems();
        this.graph = panels.graph();
        this.status = panels.status();
        agentList.setOnOpen(agent -> {
            tabs.open(agent);
            // The team graph is a main view of its own: an agent opened from the list is shown in its editor.
            graph.shownProperty().set(false);
        });
        // Likewise for a problem gone to. (A link drawn on the graph opens its agent's tab too, and the graph stays.)
        problems.setOnGoTo(() -> graph.shownProperty().set(false));
        agentActions.setOnNotice(status::note);
        // The on/off switch writes a settings file or the agent's own: read back as any change on disk is, at once.
        agentActions.setOnFilesWritten(files -> {
            Workspace open = workspace;
            if (open != null) {
                background.execute(() -> reread(open.root(), files));
            }
        });
        tabs.useListedAgents(agentList::agent);
        tabs.useWorkspaceRoot(workspaceRoot);
        CommandStack commands = tabs.commands();
        commands.revisionProperty().subscribe(revision -> showHistory(commands));
        commands.messageProperty().subscribe(why -> {
            if (!why.isEmpty()) {
                status.note(why);
            }
        });
        tabs.selectedProperty().addListener((observable, before, editor) -> status.showEditor(editor));
        agentList.useProblems(problems.findingsByFile());
        status.showProblemCounts(problems);
        status.countAgents(agentList.allRows());
        problems.currentFileProperty().bind(Bindings.createObjectBinding(() -> tabs.selectedProperty().get() != null
                        ? tabs.selectedProperty().get().path()
                        : agentList.selectedProperty().get() == null ? null : agentList.selectedProperty().get().agent().path(),
                tabs.selectedProperty(), agentList.selectedProperty()));
        graph.shownProperty().bindBidirectional(preferences.graphShownProperty());
        firstRun = current.isNotNull().and(loading.not()).and(Bindings.isEmpty(agentList.allRows()));
    }

    public AgentListViewModel agentList() {
        return agentList;
    }

    /** New, duplicate, rename and delete of the list's agents. */
    public AgentActionsViewModel agentActions() {
        return agentActions;
    }

    /** The problems pane and the live validation of the open workspace. */
    public ProblemsViewModel problems() {
        return problems;
    }

    /** The graph canvas (View > Graph). */
    /** Which panes show at the window's size. */
    public WindowLayout layout() {
        return layout;
    }

    public GraphViewModel graph() {
        return graph;
    }

    public EditorTabsViewModel tabs() {
        return tabs;
    }

    public PreferencesViewModel preferences() {
        return preferences;
    }

    /** The form of an open agent's tab, with the workspace's names for its tools picker and the agent's problems. */
    public FormViewModel formOf(AgentEditorViewModel editor) {
        return new FormViewModel(editor, workspaceTools, problems.problemsOf(editor));
    }

    /** The supporting files of a skill's tab, or empty for an agent's. */
    public Optional<SkillFilesViewModel> skillFilesOf(AgentEditorViewModel editor) {
        return agentList.skill(editor.path())
                .map(skill -> new SkillFilesViewModel(skill, fileOpener, background, ui, status::note));
    }

    /** How a skill's supporting files open with the system (the desktop). */
    public void useFileOpener(FolderOpener opener) {
        this.fileOpener = opener;
    }

    /** Names for the tools pickers of the open workspace: MCP servers and names other agents use. */
    public List<String> workspaceTools() {
        return workspaceTools;
    }

    public StatusBarViewModel status() {
        return status;
    }

    /** Edit > Undo: "Undo Rename debugger → bug-hunter", the newest change in the workspace. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** True while a workspace is being chosen or loaded. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The workspace shown, or null before the first one opened. */
    public ReadOnlyObjectProperty<WorkspaceChoice> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** True while the open workspace has no agent at all: the window welcomes the user and offers to create one. */
    public BooleanExpression firstRunProperty() {
        return firstRun;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** File > Open Recent: the workspaces opened last, newest first, only folders that still exist. */
    public ObservableList<Path> recentWorkspaces() {
        return recentWorkspacesView;
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
            loadInBackground(request, choice, true);
        });
    }

    /** Asks for a folder and opens it, once the open tabs' unsaved edits are saved or discarded. */
    public void openWorkspace() {
        Path initial = current.get() == null ? null : current.get().root();
        dialogs.chooseFolder("Open Workspace", initial).ifPresent(this::openFolder);
    }

    /** Opens a folder chosen another way (dropped on the window, a recent workspace). */
    public void openFolder(Path folder) {
        Runnable rememberTabs = openTabsSnapshot();
        tabs.closeAll("opening another workspace").thenAccept(mayGoOn -> {
            if (mayGoOn) {
                background.execute(rememberTabs);
                open(startup.chosen(folder), true);
            }
        });
    }

    /** Saves the agent of the selected tab. */
    public void save() {
        selectedEditor().ifPresent(AgentEditorViewModel::save);
    }

    public void saveAll() {
        tabs.saveAll();
    }

    public void revert() {
        selectedEditor().ifPresent(AgentEditorViewModel::revert);
    }

    /** Takes back the newest change in the workspace, whichever files it touched, and shows the tab it changed. */
    public void undo() {
        CommandStack commands = tabs.commands();
        commands.toUndo(null).ifPresent(command -> commands.undo(null).thenAccept(done -> reveal(command, done)));
    }

    public void redo() {
        CommandStack commands = tabs.commands();
        commands.toRedo(null).ifPresent(command -> commands.redo(null).thenAccept(done -> reveal(command, done)));
    }

    /** Shows the tab of a file the change touched, if it has one (a rename taken back may have closed it). */
    private void reveal(WorkspaceCommand command, boolean done) {
        if (done) {
            command.files().stream().map(tabs::editorOf).flatMap(Optional::stream).findFirst().ifPresent(tabs.selectedProperty()::set);
        }
    }

    private void showHistory(CommandStack commands) {
        Optional<String> undoable = commands.toUndo(null).map(WorkspaceCommand::description);
        Optional<String> redoable = commands.toRedo(null).map(WorkspaceCommand::description);
        canUndo.set(undoable.isPresent());
        canRedo.set(redoable.isPresent());
        undoText.set(undoable.map(description -> "Undo " + description).orElse("Undo"));
        redoText.set(redoable.map(description -> "Redo " + description).orElse("Redo"));
    }

    public void closeTab() {
        selectedEditor().ifPresent(tabs::close);
    }

    private Optional<AgentEditorViewModel> selectedEditor() {
        return Optional.ofNullable(tabs.selectedProperty().get());
    }

    /** Where the studio writes its log (the composition root sets it up). */
    public void useLogFile(Path file) {
        this.logFile = file;
    }

    /** Help > Show Log: the log's last lines and where the whole file is, read off the UI thread. */
    public void showLog() {
        Path file = logFile;
        if (file == null) {
            dialogs.inform("Log", "This studio writes no log.");
            return;
        }
        background.execute(() -> {
            String text;
            try {
                List<String> lines = StudioLog.tail(file, LOG_LINES_SHOWN);
                text = lines.isEmpty() ? "Nothing has been logged." : String.join("\n", lines);
            } catch (IOException | RuntimeException e) {
                text = "The log could not be read: " + e.getMessage();
            }
            String shown = text;
            ui.execute(() -> dialogs.showText("Log", "The last lines of " + file, shown));
        });
    }

    /** Help > Keyboard Shortcuts. */
    public void showShortcuts() {
        dialogs.showReference("Keyboard Shortcuts", "The studio's keys (Ctrl is Cmd on macOS)", Shortcuts.text());
    }

    /** Help > Rules Reference: every check, its severity, what it looks for and why it matters. */
    public void showRulesReference() {
        List<RuleInfo> rules = problems.rules();
        StringBuilder text = new StringBuilder();
        for (RuleInfo rule : rules) {
            text.append(rule.id()).append(" (").append(rule.severity().label()).append(")\n  ").append(rule.summary())
                    .append("\n  Why: ").append(rule.rationale()).append("\n\n");
        }
        dialogs.showReference("Rules Reference", rules.size() + " rules. Turn one off or change its severity in"
                + " .agent-studio/rules.yaml of the workspace.", text.toString().strip());
    }

    /** Help > About: the versions to quote in a bug report. */
    public void showAbout() {
        dialogs.showReference("About Agent Studio", "Agent Studio " + StudioVersion.current(), String.join("\n",
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "unknown"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                "Settings and log: " + (logFile == null ? "none" : logFile.getParent().toString())));
    }

    /** True while the open workspace shows the user's own agents beside its own (View > Include User Agents). */
    public ReadOnlyBooleanProperty userAgentsShownProperty() {
        return userAgentsShown.getReadOnlyProperty();
    }

    /**
     * Shows or hides the user's own agents ({@code ~/.claude/agents} and the other tools' user folders) for the open
     * workspace, remembered for it. The workspace opens again, with its tabs, once unsaved edits are saved or discarded.
     */
    public void includeUserAgents(boolean include) {
        WorkspaceChoice choice = current.get();
        if (choice == null || include == userAgentsShown.get()) {
            return;
        }
        Runnable rememberTabs = openTabsSnapshot();
        tabs.closeAll(include ? "showing your user agents" : "hiding your user agents").thenAccept(mayGoOn -> {
            if (!mayGoOn) {
                return;
            }
            background.execute(() -> {
                rememberTabs.run();
                try {
                    memory.rememberUserAgents(choice.root(), include);
                } catch (IOException e) {
                    ui.execute(() -> status.note("This choice will not be remembered: the settings could not be saved ("
                            + e.getMessage() + ")."));
                }
                ui.execute(() -> open(choice, true));
            });
        });
    }

    /** The home whose user agents folders are read: the real one; tests point user.home at a folder of their own. */
    private static Path userHome() {
        return Path.of(System.getProperty("user.home"));
    }

    /** Reads the open workspace from disk again. */
    public void reload() {
        if (current.get() != null) {
            // The tabs stay as the user has them; only a workspace being entered gets its remembered tabs back.
            open(current.get(), false);
        }
    }

    /** Quits once every unsaved tab is saved or discarded; a cancel keeps the window open. */
    public void quit() {
        Runnable rememberTabs = openTabsSnapshot();
        tabs.closeAll("quitting").thenAccept(mayQuit -> {
            if (mayQuit) {
                stopWatching();
                // The studio quits once the tabs are written down, so the next start finds them.
                background.execute(() -> {
                    rememberTabs.run();
                    ui.execute(quitAction);
                });
            }
        });
    }

    /**
     * Takes down the open tabs now, on the UI thread, before closing them empties the list; the returned task writes
     * them to the settings and belongs on the background executor.
     */
    private Runnable openTabsSnapshot() {
        if (workspace == null) {
            return () -> { };
        }
        Path root = workspace.root();
        AgentEditorViewModel selectedTab = tabs.selectedProperty().get();
        OpenTabs open = new OpenTabs(tabs.editors().stream().map(editor -> root.relativize(editor.path())).toList(),
                selectedTab == null ? null : root.relativize(selectedTab.path()));
        return () -> {
            try {
                memory.rememberOpenTabs(root, open);
            } catch (IOException e) {
                // Only the convenience of reopening these tabs next time is lost; quitting must not fail over it.
            }
        };
    }

    private void open(WorkspaceChoice choice, boolean restoreTabs) {
        int request = begin(choice);
        background.execute(() -> loadInBackground(request, choice, restoreTabs));
    }

    private int begin(WorkspaceChoice choice) {
        loading.set(true);
        status.loading(choice);
        return ++latestRequest;
    }

    private void loadInBackground(int request, WorkspaceChoice choice, boolean restoreTabs) {
        Workspace workspace;
        String recovered;
        boolean userAgents;
        try {
            // An edit of several files that a kill interrupted is finished (or undone) before anything is read.
            recovered = EditJournal.recover(choice.root()).map(EditJournal.Recovery::message).orElse("");
            userAgents = memory.includesUserAgents(choice.root());
            workspace = WorkspaceLoader.load(choice.root(), userAgents ? Optional.of(userHome()) : Optional.empty());
        } catch (IOException | RuntimeException e) {
            ui.execute(() -> fail(request, choice, e));
            return;
        }
        String note = String.join(" ", recovered, recoverInterruptedExports(choice.root())).strip();
        try {
            startup.remember(choice);
            memory.addRecent(choice.root());
        } catch (IOException e) {
            // The workspace itself opened fine; only the next start will not come back to it, which the user should know.
            note = (note.isEmpty() ? "" : note + " ")
                    + "This workspace will not be reopened next time: the settings could not be saved (" + e.getMessage() + ").";
        }
        Loaded loaded = new Loaded(workspace, userAgents, note, memory.recent(),
                restoreTabs ? memory.openTabs(choice.root()) : OpenTabs.NONE);
        ui.execute(() -> show(request, choice, loaded));
    }

    /** Completes or rolls back exports of this workspace that a killed studio or command left half written. */
    private static String recoverInterruptedExports(Path root) {
        try {
            return String.join(" ", ExportService.standard().recoverInterrupted(root));
        } catch (IOException e) {
            return "Interrupted exports of this workspace could not be checked (" + e.getMessage() + ").";
        }
    }

    /** What a load read from disk for the UI thread to show. */
    private record Loaded(Workspace workspace, boolean userAgents, String note, List<Path> recent, OpenTabs openTabs) {
    }

    private void show(int request, WorkspaceChoice choice, Loaded result) {
        Workspace loaded = result.workspace();
        if (request != latestRequest) {
            return;
        }
        current.set(choice);
        workspace = loaded;
        workspaceRoot.set(loaded.root());
        tabs.commands().clear();
        workspaceTools = WorkspaceTools.of(loaded);
        title.set(StatusBarViewModel.shortName(choice) + " — " + APP_NAME);
        userAgentsShown.set(result.userAgents());
        agentList.show(loaded.root(), loaded.agents(), loaded.skills());
        problems.open(loaded);
        recentWorkspaces.setAll(result.recent());
        restore(loaded, result.openTabs());
        graph.workspaceLoaded();
        status.loaded(choice, loaded, result.note());
        watch(loaded.root(), result.userAgents());
        // Last, so whoever waits for the load to end sees the new workspace complete.
        loading.set(false);
    }

    /** Opens the tabs the workspace had when it was last left, skipping files that are gone. */
    private void restore(Workspace loaded, OpenTabs open) {
        Map<Path, WorkspaceAgent> byFile = new HashMap<>();
        // By the path from the root, as remembered: a user agent's relative path (to its home) may equal a project one's.
        loaded.agents().forEach(agent -> byFile.put(loaded.root().relativize(agent.path()), agent));
        loaded.skills().forEach(skill -> byFile.put(skill.relativePath(), SkillEditing.asEditable(skill)));
        open.files().stream().map(byFile::get).filter(Objects::nonNull).forEach(tabs::open);
        Optional.ofNullable(open.selected()).map(byFile::get).flatMap(agent -> tabs.editorOf(agent.path()))
                .ifPresent(tabs.selectedProperty()::set);
    }

    /** Watches the workspace and, when they are shown, the user agents folders that exist (each a watcher of its own). */
    private void watch(Path root, boolean userAgents) {
        stopWatching();
        List<AutoCloseable> watchers = new ArrayList<>();
        watching = () -> {
            for (AutoCloseable watcher : watchers) {
                watcher.close();
            }
        };
        List<Path> folders = new ArrayList<>(List.of(root));
        if (userAgents) {
            UserAgentFolders.under(userHome()).stream().filter(Files::isDirectory).filter(folder -> !folder.startsWith(root))
                    .forEach(folders::add);
        }
        for (Path folder : folders) {
            try {
                watchers.add(diskWatch.watch(folder, changed -> background.execute(() -> reread(root, changed))));
            } catch (IOException e) {
                status.note("Changes made by other programs to " + folder + " will not show until you reload: " + e.getMessage());
            }
        }
    }

    /** Stops watching the disk; the studio is shutting down. */
    public void dispose() {
        graph.dispose();
        stopWatching();
    }

    private void stopWatching() {
        if (watching != null) {
            try {
                watching.close();
            } catch (Exception e) {
                // The watcher thread is a daemon and ends with the studio; nothing is lost by a failed close.
            }
            watching = null;
        }
    }

    /**
     * Reads the changed files in the background, then updates the list, the open tabs and the validation on the UI
     * thread. Of the studio's own files only the rules file matters here; a Claude Code settings file turns agents off
     * or on, which every agent's checks may follow.
     */
    private void reread(Path root, Set<Path> changed) {
        Map<Path, Optional<WorkspaceAgent>> now = new HashMap<>();
        Map<Path, Optional<WorkspaceSkill>> skillsNow = new HashMap<>();
        StudioStateDirectory state = new StudioStateDirectory(root);
        boolean rulesChanged = changed.contains(state.resolve(RuleSettingsFile.FILE_NAME));
        boolean switchesChanged = changed.stream().anyMatch(ClaudeSettingsLocation::isSettingsFile);
        for (Path file : changed) {
            if (file.startsWith(state.path()) || ClaudeSettingsLocation.isSettingsFile(file)) {
                continue;
            }
            if (SkillLocator.isSkillFile(root.relativize(file))) {
                try {
                    skillsNow.put(file, Optional.of(WorkspaceLoader.reloadSkill(root, file)));
                } catch (IOException e) {
                    skillsNow.put(file, Optional.empty());
                }
                continue;
            }
            try {
                now.put(file, WorkspaceLoader.reload(root, file));
            } catch (IOException e) {
                now.put(file, Optional.empty());
            }
        }
        ui.execute(() -> {
            if (workspace == null || !workspace.root().equals(root)) {
                return;
            }
            if (rulesChanged) {
                problems.rulesChanged();
            } else if (switchesChanged) {
                problems.agentSwitchesChanged();
            }
            now.forEach((file, agent) -> {
                agent.ifPresentOrElse(agentList::put, () -> agentList.remove(file));
                problems.diskChanged(file, agent);
                // A file that is still there but no longer loads as an agent is not "deleted" for its tab.
                if (agent.isPresent() || !Files.exists(file)) {
                    tabs.diskChanged(file, agent);
                }
            });
            skillsNow.forEach((file, skill) -> {
                skill.ifPresentOrElse(agentList::putSkill, () -> agentList.remove(file));
                problems.skillChanged(file, skill);
                if (skill.isPresent() || !Files.exists(file)) {
                    tabs.diskChanged(file, skill.map(SkillEditing::asEditable));
                }
            });
        });
    }

    /** A workspace that does not open leaves the one shown before in place; the status bar says what went wrong. */
    private void fail(int request, WorkspaceChoice choice, Exception e) {
        LOG.log(System.Logger.Level.WARNING, "The workspace " + (choice == null ? "to start with" : choice.root()) + " did not open", e);
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
