package io.agentstudio.app;

import io.agentstudio.gui.FxDialogService;
import io.agentstudio.gui.shell.MainWindowView;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.settings.SettingsStore;
import io.agentstudio.logic.settings.StudioFolders;
import io.agentstudio.logic.startup.SampleWorkspace;
import io.agentstudio.logic.startup.StartupWorkspace;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Builds the studio's services and ViewModels once, wires them into the window, and shuts them down. */
public final class CompositionRoot implements AutoCloseable {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private final Stage stage;
    private final ExecutorService loader;
    private final MainWindowViewModel mainWindow;

    public CompositionRoot(Stage stage, StudioFolders folders) {
        this.stage = stage;
        this.loader = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "workspace-loader");
            // Never keep the JVM alive after the window closed just because a load is still reading files.
            thread.setDaemon(true);
            return thread;
        });
        StartupWorkspace startup = new StartupWorkspace(new SettingsStore(folders.config()), new SampleWorkspace(folders.data()));
        this.mainWindow = new MainWindowViewModel(startup, new FxDialogService(stage), loader, Platform::runLater, Platform::exit);
    }

    public MainWindowViewModel mainWindow() {
        return mainWindow;
    }

    /** Shows the window at once and opens the workspace in the background. */
    public void show(Optional<Path> workspaceArgument) {
        Scene scene = new Scene(new MainWindowView(mainWindow), WIDTH, HEIGHT);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(mainWindow.titleProperty());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.show();
        mainWindow.start(workspaceArgument);
    }

    @Override
    public void close() {
        loader.shutdownNow();
    }
}
