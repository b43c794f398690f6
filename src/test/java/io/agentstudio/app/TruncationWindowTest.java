package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.testing.CutLabels;
import io.agentstudio.testing.GuiTest;
import javafx.scene.input.KeyCode;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At the default 1280x800, with an agent open and the find bar showing, no label, button or column header a user
 * must read is cut to "..." (see {@link CutLabels} for what is left out).
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class TruncationWindowTest {
    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = HeadlessStudio.start(stage, home);
    }

    @BeforeEach
    void openAnAgentAtTheDefaultSize(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            window.agentList().open(window.agentList().visibleRows().get(0));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.tabs().selectedProperty().get() != null);
        robot.clickOn("#body-text").press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    @Test
    void nothingAUserMustReadIsCutAt1280x800() {
        assertThat(CutLabels.under(stage.getScene().getRoot())).as("labels cut at 1280x800").isEmpty();
    }

    @Test
    void theListsNameColumnKeepsRoomForARealNameAndTheDescriptionTakesTheRest(FxRobot robot) {
        TableView<?> table = robot.lookup("#agent-table").queryAs(TableView.class);
        TableColumn<?, ?> name = table.getVisibleLeafColumns().stream().filter(column -> "Name".equals(column.getText()))
                .findFirst().orElseThrow();
        assertThat(name.getWidth()).as("about 23 characters, as laravel-eloquent-expert").isGreaterThanOrEqualTo(200);
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getWidth).sum();
        assertThat(columns).as("the columns fill the list without a horizontal scroll bar")
                .isBetween(table.getWidth() - 30, table.getWidth());
    }

    @Test
    void theSearchKeepsRoomForAFewWordsBesideTheKindFilterAndTheActions(FxRobot robot) {
        // The sample has a skill, so the kind filter shows beside the search, with the list's five action buttons.
        assertThat(robot.lookup("#filter-kind").query().isVisible()).isTrue();
        assertThat(robot.lookup("#agent-search").query().getLayoutBounds().getWidth()).as("a few words of a search")
                .isGreaterThanOrEqualTo(150);
        Node switchButton = robot.lookup("#agent-switch").query();
        Bounds shown = switchButton.localToScene(switchButton.getLayoutBounds());
        Node list = robot.lookup("#agent-table").query();
        assertThat(shown.getMaxX()).as("the last action button is inside the list, not cut off")
                .isLessThanOrEqualTo(list.localToScene(list.getLayoutBounds()).getMaxX());
    }
}
