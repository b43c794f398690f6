package io.agentstudio.app;

import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.CssWarnings;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.Wcag;
import io.agentstudio.testing.OnUiThread;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableRow;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every panel of the window reads well in both themes. In a picture of the window at 1280x800 (an agent open with
 * a marked field and its tool chips in view, the graph and the problems pane shown, a row selected) each text must
 * stand out from what is behind it by WCAG AA's 4.5:1, and each panel's surface must be light in the light theme and
 * dark in the dark one: after switching in the View menu, and at the next start. The legend's line samples must
 * stand out by WCAG's 3:1 for graphics.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ThemeContrastWindowTest {
    /** docs-writer names a tool that does not exist, so its tools field carries a problem marker. */
    private static final String MARKED_AGENT = "docs-writer";
    /** Relative luminance: Primer's light surfaces are above 0.85, its dark ones below 0.02. */
    private static final double DARKEST_LIGHT_SURFACE = 0.6;
    private static final double LIGHTEST_DARK_SURFACE = 0.05;
    private static final Map<String, Function<FxRobot, Node>> PANELS = new LinkedHashMap<>();
    /** The team graph is a main view of its own, shown instead of the tabs: its panels are checked with it shown. */
    private static final Map<String, Function<FxRobot, Node>> GRAPH_PANELS = new LinkedHashMap<>();

    static {
        PANELS.put("agent list toolbar", robot -> robot.lookup(".search-bar").query());
        PANELS.put("agent list filters", robot -> robot.lookup(".filter-bar").query());
        PANELS.put("agent list", robot -> robot.lookup("#agent-table").query());
        PANELS.put("selected agent row", robot -> robot.lookup("#agent-table .table-row-cell")
                .match((TableRow<?> row) -> row.isSelected()).query());
        PANELS.put("form", robot -> robot.lookup(".form-view").query());
        PANELS.put("tool chips", robot -> robot.lookup(".name-list-editor").query());
        PANELS.put("tab toolbar (Edit, Source, Preview)", robot -> robot.lookup(".tab-tools").query());
        PANELS.put("body editor bar (Wrap, Outline)", robot -> robot.lookup(".body-toolbar").query());
        PANELS.put("body editor (line numbers, highlighted Markdown)", robot -> robot.lookup(".body-editor").query());
        PANELS.put("problems pane", robot -> robot.lookup(".problems-pane").query());
        PANELS.put("status bar", robot -> robot.lookup(".status-bar").query());
        GRAPH_PANELS.put("graph toolbar", robot -> robot.lookup(".graph-toolbar").query());
        GRAPH_PANELS.put("graph legend", robot -> robot.lookup(".graph-legend").query());
        GRAPH_PANELS.put("agent list beside the graph", robot -> robot.lookup("#agent-table").query());
    }

    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = HeadlessStudio.start(stage, home);
    }

    @AfterEach
    void tearDown(FxRobot robot) throws Exception {
        robot.interact(() -> studio.mainWindow().preferences().darkThemeProperty().set(false));
        HeadlessStudio.stop(studio);
    }

    @Test
    void everyPanelReadsWellInTheLightThemeAndAfterSwitchingToTheDarkOne(FxRobot robot) throws Exception {
        showEveryPanel(robot);
        assertThat(unreadable(robot, false)).as("panels in the light theme").isEmpty();

        robot.clickOn("View").clickOn("Dark Theme");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(unreadable(robot, true)).as("panels after switching to the dark theme").isEmpty();
    }

    @Test
    void theDarkThemeChosenInTheMenuIsTheWholeWindowsThemeAtTheNextStart(FxRobot robot) throws Exception {
        showEveryPanel(robot);
        robot.clickOn("View").clickOn("Dark Theme");
        HeadlessStudio.stop(studio);

        try (CssWarnings warnings = CssWarnings.listen()) {
            robot.interact(() -> {
                stage = new Stage();
                studio = HeadlessStudio.start(stage, home);
            });
            showEveryPanel(robot);
            assertThat(warnings.seen()).as("nothing styled without the theme (a marked field once re-rooted the window)")
                    .isEmpty();
        }

        assertThat(studio.mainWindow().preferences().darkThemeProperty().get()).as("the dark theme is remembered").isTrue();
        assertThat(unreadable(robot, true)).as("panels at a start in the dark theme").isEmpty();
    }

    private void showEveryPanel(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.preferences().problemsShownProperty().set(true);
            AgentRow row = window.agentList().visibleRows().stream().filter(agent -> agent.name().equals(MARKED_AGENT))
                    .findFirst().orElseThrow();
            window.agentList().selectedProperty().set(row);
            window.agentList().open(row);
        });
        OnUiThread.waitFor(20, () -> robot.lookup("#field-marker-tools").tryQuery().isPresent());
        robot.interact(() -> scrollIntoView(robot.lookup(".form-view").query(), robot.lookup(".name-list-editor").query()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The tools field, its chips and its marker are further down the form. */
    private static void scrollIntoView(ScrollPane form, Node field) {
        Bounds place = form.getContent().sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double room = form.getContent().getBoundsInLocal().getHeight() - form.getViewportBounds().getHeight();
        form.setVvalue(Math.min(1, place.getMinY() / room));
    }

    /** What a person could not read, or a surface in the other theme's shade, panel by panel, in both main views. */
    private List<String> unreadable(FxRobot robot, boolean dark) throws Exception {
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> window.graph().shownProperty().set(false));
        WaitForAsyncUtils.waitForFxEvents();
        List<String> found = new ArrayList<>(unreadable(robot, dark, PANELS));
        robot.interact(() -> window.graph().shownProperty().set(true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> window.graph().laidOut().graph().agents().size() == 10
                && !window.graph().busyProperty().get() && robot.lookup(".graph-legend").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        found.addAll(unreadable(robot, dark, GRAPH_PANELS));
        found.addAll(WaitForAsyncUtils.asyncFx(() -> new PanelPicture(robot.lookup(".graph-legend").query(),
                stage.getScene().snapshot(null)).shapes().stream().filter(sample -> sample.ratio() < Wcag.AA_GRAPHICS)
                .map(sample -> "graph legend sample: " + sample).toList()).get(20, TimeUnit.SECONDS));
        robot.interact(() -> window.graph().shownProperty().set(false));
        return found;
    }

    private List<String> unreadable(FxRobot robot, boolean dark, Map<String, Function<FxRobot, Node>> panels) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Image picture = stage.getScene().snapshot(null);
            List<String> found = new ArrayList<>();
            panels.forEach((name, panel) -> {
                PanelPicture seen = new PanelPicture(panel.apply(robot), picture);
                double surface = Wcag.luminance(seen.surface());
                if (dark ? surface > LIGHTEST_DARK_SURFACE : surface < DARKEST_LIGHT_SURFACE) {
                    found.add(String.format("%s: surface %06x is %s", name, seen.surface() & 0xffffff, dark ? "light" : "dark"));
                }
                List<PanelPicture.TextContrast> texts = seen.texts();
                if (texts.isEmpty()) {
                    found.add(name + ": no text on screen");
                }
                texts.stream().filter(text -> text.ratio() < Wcag.AA_TEXT).forEach(text -> found.add(name + ": " + text));
            });
            return found;
        }).get(20, TimeUnit.SECONDS);
    }
}
