package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.settings.StudioFolders;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Opens the studio on the sample workspace, opens one agent in a tab and saves a PNG of the window: the pictures in
 * the README, reproducible by {@code assets/screenshot.sh}. Set {@code agentstudio.home} so the real home stays
 * untouched. Arguments: the PNG to write, optionally the agent to open, "dark" or "light", the workspace to open
 * (default: the sample copy; "-" for it when a later argument follows), then "graph" to show the graph canvas too
 * and/or a rule id whose first problem is gone to from the problems pane (its agent opens and the pane shows the
 * rule's explanation). The window is {@link CompositionRoot#WIDTH} by {@link CompositionRoot#HEIGHT} unless the system
 * properties {@code screenshot.width} and {@code screenshot.height} say otherwise.
 */
public final class ScreenshotMain {

    private ScreenshotMain() {
    }

    public static void main(String[] args) {
        Path output = Path.of(args.length > 0 ? args[0] : "assets/screenshot-main.png");
        String agent = args.length > 1 ? args[1] : "release-manager";
        boolean dark = args.length > 2 && args[2].equals("dark");
        Optional<Path> workspace = args.length > 3 && !args[3].equals("-") ? Optional.of(Path.of(args[3])) : Optional.empty();
        List<String> rest = args.length > 4 ? List.of(args).subList(4, args.length) : List.of();
        boolean graph = rest.contains("graph");
        Optional<String> problemRule = rest.stream().filter(arg -> !arg.equals("graph")).findFirst();
        Platform.startup(() -> {
            Stage stage = new Stage();
            CompositionRoot studio = new CompositionRoot(StudioFolders.forThisSystem(), url -> { });
            MainWindowViewModel window = studio.mainWindow();
            window.preferences().darkThemeProperty().set(dark);
            window.loadingProperty().addListener((observable, wasLoading, loading) -> {
                if (!loading) {
                    select(window, agent);
                    // After the agent opens: the team graph is a main view of its own, and opening an agent leaves it.
                    window.graph().shownProperty().set(graph);
                    problemRule.ifPresent(rule -> {
                        // The whole workspace is checked in the background; give it time before going to a problem. Pass
                        // the problem's agent as the agent to open: a tab opened from a timer (rather than at load or by
                        // the user) is laid out badly under Xvfb, with or without the problems pane.
                        PauseTransition checked = new PauseTransition(Duration.seconds(5));
                        checked.setOnFinished(event -> goToProblem(window, rule));
                        checked.play();
                    });
                    // Give layout, the text area and the preview (WebKit is slow to paint on a loaded machine) time to settle before the picture is taken.
                    PauseTransition settle = new PauseTransition(Duration.seconds(12));
                    settle.setOnFinished(event -> {
                        save(stage, output);
                        studio.close();
                        Platform.exit();
                    });
                    settle.play();
                }
            });
            studio.show(stage, workspace);
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(Integer.getInteger("screenshot.width", (int) CompositionRoot.WIDTH));
            stage.setHeight(Integer.getInteger("screenshot.height", (int) CompositionRoot.HEIGHT));
        });
    }

    private static void select(MainWindowViewModel window, String name) {
        window.agentList().visibleRows().stream().filter(row -> row.name().equals(name)).findFirst()
                .ifPresent((AgentRow row) -> {
                    window.agentList().selectedProperty().set(row);
                    window.agentList().open(row);
                });
    }

    private static void goToProblem(MainWindowViewModel window, String rule) {
        window.problems().rows().stream().filter(row -> row.ruleId().equals(rule)).findFirst()
                .ifPresent(row -> window.problems().goTo(row));
    }

    static void save(Stage stage, Path output) {
        WritableImage image = stage.getScene().snapshot(null);
        try {
            Files.createDirectories(output.toAbsolutePath().getParent());
            ImageIO.write(toBufferedImage(image), "png", output.toFile());
            System.out.println("Saved " + output.toAbsolutePath());
        } catch (IOException e) {
            System.err.println("Could not save the screenshot: " + e.getMessage());
        }
    }

    private static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage buffered = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                buffered.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        return buffered;
    }
}
