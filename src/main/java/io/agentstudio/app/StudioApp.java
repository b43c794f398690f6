package io.agentstudio.app;

import io.agentstudio.logic.settings.StudioFolders;
import javafx.application.Application;
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
        studio.show(workspaceArgument(getParameters().getRaw()));
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
}
