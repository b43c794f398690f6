package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.settings.StudioFolders;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The JavaFX application: builds the studio for the primary stage and tears it down on exit. */
public final class StudioApp extends Application {
    private CompositionRoot studio;

    @Override
    public void start(Stage stage) {
        studio = new CompositionRoot(stage, StudioFolders.forThisSystem(), getHostServices()::showDocument);
        studio.reportUncaughtErrors();
        studio.show(workspaceArgument(getParameters().getRaw()));
        FirstFrame.then(stage.getScene(), () -> AppIcon.setOn(stage));
        if (StartupProbe.requested() != null) {
            StartupProbe.afterShown(stage.getScene(), "studio", report -> whenLoaded(studio.mainWindow(), report));
        }
    }

    @Override
    public void stop() {
        if (studio != null) {
            studio.close();
        }
    }

    static Optional<Path> workspaceArgument(List<String> args) {
        return args.isEmpty() || args.get(0).isBlank() ? Optional.empty() : Optional.of(Path.of(args.get(0)));
    }

    /** Runs {@code action} once the workspace the studio opens at start-up is loaded (or failed to load). */
    private static void whenLoaded(MainWindowViewModel window, Runnable action) {
        if (!window.loadingProperty().get()) {
            action.run();
            return;
        }
        window.loadingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean was, Boolean loading) {
                if (!loading) {
                    observable.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
