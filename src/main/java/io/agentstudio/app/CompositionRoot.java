package io.agentstudio.app;

import io.agentstudio.gui.FxDialogService;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorPanes;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.export.ExportDialogs;
import io.agentstudio.gui.importer.ImportDialogs;
import io.agentstudio.gui.common.FxDelay;
import io.agentstudio.gui.preview.LinkOpener;
import io.agentstudio.gui.shell.MainWindowView;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.gui.shell.PreferencesViewModel;
import io.agentstudio.gui.shell.UncaughtErrors;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.importer.ImportService;
import io.agentstudio.logic.settings.SettingsStore;
import io.agentstudio.logic.settings.StudioLog;
import io.agentstudio.logic.settings.StudioFolders;
import io.agentstudio.logic.settings.WorkspaceMemory;
import io.agentstudio.logic.startup.SampleWorkspace;
import io.agentstudio.logic.startup.StartupWorkspace;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.WorkspaceWatcher;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Builds the studio's services and ViewModels once, wires them into the window, and shuts them down. The constructor
 * touches no control and needs no toolkit, so the studio runs it on a thread of its own while JavaFX starts
 * ({@link StudioApp}); {@link #show} then builds the window on the UI thread.
 */
public final class CompositionRoot implements AutoCloseable {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;
    /** An editor's save is a burst of events; wait this long for quiet before reading the file again. */
    private static final Duration WATCH_DEBOUNCE = Duration.ofMillis(250);

    private final StudioThread loader = new StudioThread("workspace-loader");
    private final StudioThread renderer = new StudioThread("preview-renderer");
    private final StudioThread validation = new StudioThread("validation");
    // Saves get their own thread so Ctrl+S never waits behind a graph layout or an export queued on the loader.
    private final StudioThread fileIo = new StudioThread("file-io");
    private final SettingsStore settings;
    private final MainWindowViewModel mainWindow;
    private final EditorPanes panes;
    private final WindowPlacement placement;
    private final ExportDialogs exports;
    private final ImportDialogs imports;
    private final FirstFrame firstFrame = new FirstFrame();
    private final FxDialogService dialogs;
    /** The open log file, once the loader thread has opened it; null before or when it could not be. */
    private volatile StudioLog log;

    /** {@code linkOpener} opens links clicked in the preview outside the studio (the system browser). */
    public CompositionRoot(StudioFolders folders, LinkOpener linkOpener) {
        // Both threads get work (a Markdown parser, a workspace) that the first frame does not need: it goes first.
        renderer.execute(firstFrame::await);
        loader.execute(firstFrame::await);
        this.panes = new MarkdownEditorPanes(renderer, linkOpener);
        this.settings = new SettingsStore(folders.config());
        StartupWorkspace startup = new StartupWorkspace(settings, new SampleWorkspace(folders.data()));
        this.dialogs = new FxDialogService();
        Catalogs catalogs = Catalogs.load();
        // Read off the UI thread, before the workspace load queued behind it restores any tabs.
        loader.execute(catalogs::preload);
        EditorTabsViewModel tabs = new EditorTabsViewModel(catalogs, new AgentFileStore(), dialogs, fileIo,
                Platform::runLater, new CommandStack(System::currentTimeMillis));
        PreferencesViewModel preferences = new PreferencesViewModel(settings, loader);
        this.mainWindow = MainWindowWiring.mainWindow(startup, new WorkspaceMemory(settings), dialogs, tabs, preferences,
                (root, onChanges) -> WorkspaceWatcher.start(root, WATCH_DEBOUNCE, onChanges), new DesktopTrash(), loader, Platform::runLater, Platform::exit,
                validation, new FxDelay());
        this.placement = new WindowPlacement(settings, loader);
        loader.execute(() -> openLog(folders.config().resolve("logs")));
        DesktopFolderOpener desktop = new DesktopFolderOpener(linkOpener);
        this.exports = new ExportDialogs(ExportService.standard(), dialogs, desktop, loader, Platform::runLater);
        this.imports = new ImportDialogs(new ImportService(), dialogs, loader, Platform::runLater);
        mainWindow.useFileOpener(desktop);
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }

    /** Shows the window on {@code stage} at once and opens the workspace in the background. */
    public void show(Stage stage, Optional<Path> workspaceArgument) {
        dialogs.ownedBy(stage);
        // The theme before the first control: JavaFX would otherwise load its own stylesheet only to drop it.
        Scene scene = new Scene(new Region(), WIDTH, HEIGHT);
        PreferencesViewModel preferences = mainWindow.preferences();
        Theme.apply(scene, preferences.darkThemeProperty().get());
        MainWindowView view = new MainWindowView(mainWindow, panes, exports, imports);
        scene.setRoot(view);
        preferences.darkThemeProperty().addListener((observable, was, dark) -> Theme.apply(scene, dark));
        stage.setScene(scene);
        stage.titleProperty().bind(mainWindow.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        placement.restore(stage);
        stage.setOnCloseRequest(event -> {
            // The ViewModel decides: unsaved tabs are asked about first, and quitting may be cancelled.
            event.consume();
            placement.remember(stage);
            mainWindow.quit();
        });
        stage.show();
        firstFrame.watch(scene);
        // The panels after the window: their controls and styling cost the first frame more than all the rest, and the
        // workspace they show is only starting to load, under the veil, at that time.
        FirstFrame.then(scene, () -> Platform.runLater(view::showPanels));
        mainWindow.start(workspaceArgument);
    }

    /** A studio that cannot write its log still opens: the log helps with bugs, it is not needed to edit. */
    private void openLog(Path folder) {
        try {
            StudioLog opened = StudioLog.into(folder);
            log = opened;
            Platform.runLater(() -> mainWindow.useLogFile(opened.file()));
        } catch (IOException | RuntimeException e) {
            System.getLogger(CompositionRoot.class.getName()).log(System.Logger.Level.WARNING, "No log file in " + folder, e);
        }
    }

    /**
     * Makes an exception nothing caught, on any thread, a line in the log and a dialog instead of a silent failure
     * (the studio application does this; tests leave the JVM's default so a failure fails the test).
     */
    void reportUncaughtErrors() {
        UncaughtErrors uncaught = new UncaughtErrors(System.getLogger("io.agentstudio.uncaught"), dialogs, Platform::runLater);
        Thread.setDefaultUncaughtExceptionHandler(uncaught);
        Thread.currentThread().setUncaughtExceptionHandler(uncaught);
    }

    @Override
    public void close() {
        mainWindow.dispose();
        loader.stop();
        renderer.stop();
        validation.stop();
        fileIo.stop();
        if (log != null) {
            log.close();
        }
    }
}
