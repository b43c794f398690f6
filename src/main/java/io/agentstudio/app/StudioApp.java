package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.settings.StudioFolders;
import javafx.application.Application;
import javafx.application.HostServices;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** The JavaFX application: builds the studio for the primary stage and tears it down on exit. */
public final class StudioApp extends Application {
    /** The studio's services and ViewModels, when {@link #buildWhileJavaFxStarts()} started building them. */
    private static CompletableFuture<CompositionRoot> building;
    /** The running application's, for links clicked in the preview; set before the window shows. */
    private static volatile HostServices hostServices;
    private CompositionRoot studio;

    /**
     * Starts building the studio's services and ViewModels, which reads its settings, on a thread of its own, at the
     * same time as JavaFX starts its toolkit (hundreds of milliseconds before {@link #start} is called), instead of on
     * the UI thread before the first frame (ADR 17). Call before {@code Application.launch}.
     */
    static void buildWhileJavaFxStarts() {
        StudioFolders folders = StudioFolders.forThisSystem();
        building = CompletableFuture.supplyAsync(() -> new CompositionRoot(folders, StudioApp::openLink),
                task -> new Thread(task, "studio-build").start());
    }

    @Override
    public void start(Stage stage) {
        hostServices = getHostServices();
        studio = building == null ? new CompositionRoot(StudioFolders.forThisSystem(), StudioApp::openLink) : built();
        studio.reportUncaughtErrors();
        studio.show(stage, workspaceArgument(getParameters().getRaw()));
        FirstFrame.then(stage.getScene(), () -> AppIcon.setOn(stage));
        if (StartupProbe.requested() != null) {
            MainWindowViewModel window = studio.mainWindow();
            boolean training = StartupProbe.TRAINING.equals(StartupProbe.requested());
            StartupProbe.afterShown(stage.getScene(), "studio", report -> whenLoaded(window,
                    training ? () -> TrainingRun.openFirstAgent(window, stage.getScene(), report) : report));
        }
    }

    @Override
    public void stop() {
        if (studio != null) {
            studio.close();
        }
    }

    /** Waits, if JavaFX was quicker, for the rest of the build; a failure fails the start as on this thread. */
    private static CompositionRoot built() {
        try {
            return building.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private static void openLink(String url) {
        hostServices.showDocument(url);
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
