package io.agentstudio.app;

import io.agentstudio.gui.FxDialogService;
import io.agentstudio.gui.export.ExportDialog;
import io.agentstudio.gui.export.ExportDialogs;
import io.agentstudio.gui.export.ExportViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.settings.StudioFolders;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.util.Duration;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The export dialog over the studio with a reviewed OpenCode export of the sample workspace, saved as a PNG of the
 * dialog: the picture in the README, reproducible by {@code assets/screenshot-export.sh}. Set {@code agentstudio.home}
 * so the real home stays untouched. Argument: the PNG to write.
 */
public final class ExportScreenshotMain {

    private ExportScreenshotMain() {
    }

    public static void main(String[] args) throws Exception {
        Path output = Path.of(args.length > 0 ? args[0] : "assets/screenshot-export.png");
        Path destination = Files.createTempDirectory("agent-studio-export-shot").resolve("deploy");
        ExecutorService background = Executors.newSingleThreadExecutor();
        Platform.startup(() -> {
            Stage stage = new Stage();
            CompositionRoot studio = new CompositionRoot(StudioFolders.forThisSystem(), url -> { });
            MainWindowViewModel window = studio.mainWindow();
            window.loadingProperty().addListener((observable, wasLoading, loading) -> {
                if (!loading) {
                    ExportDialogs exports = new ExportDialogs(ExportService.standard(), new FxDialogService(stage), folder -> { },
                            background, Platform::runLater);
                    ExportViewModel viewModel = exports.viewModel(window.currentProperty().get().root(), 0);
                    ExportDialog dialog = new ExportDialog(stage, viewModel);
                    dialog.show();
                    PauseTransition loaded = new PauseTransition(Duration.seconds(2));
                    loaded.setOnFinished(event -> {
                        viewModel.targetProperty().set(ExportTarget.OPENCODE);
                        viewModel.destinationProperty().set(destination.toString());
                        viewModel.reviewedProperty().addListener((o, was, reviewed) -> {
                            if (reviewed) {
                                PauseTransition settle = new PauseTransition(Duration.seconds(3));
                                settle.setOnFinished(done -> {
                                    ScreenshotMain.save(dialog, output);
                                    background.shutdownNow();
                                    studio.close();
                                    Platform.exit();
                                });
                                settle.play();
                            }
                        });
                        viewModel.review();
                    });
                    loaded.play();
                }
            });
            studio.show(stage, Optional.empty());
        });
    }
}
