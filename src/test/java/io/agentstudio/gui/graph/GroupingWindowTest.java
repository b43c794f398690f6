package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.GroupedView;
import io.agentstudio.logic.graph.layout.Grouping;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.testing.GuiTest;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ChoiceBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A big team in a window, driven as a person would: it opens grouped by folder, a double-click opens a group in a
 * frame, a click on the frame's title closes it, and "No groups" draws every agent again.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class GroupingWindowTest {
    private static final String QA = "group:.claude/agents/qa";
    @TempDir
    Path root;
    CanvasHarness harness;

    @BeforeEach
    void team() throws Exception {
        for (String folder : new String[] {"backend", "frontend", "qa"}) {
            Path dir = Files.createDirectories(root.resolve(".claude/agents").resolve(folder));
            for (int i = 0; i < 20; i++) {
                write(dir, folder + "-" + i, folder.equals("qa") ? "backend-" + i : "qa-" + i);
            }
        }
        harness = WaitForAsyncUtils.asyncFx(() -> new CanvasHarness(root, 855, 470)).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void cleanUp() throws Exception {
        WaitForAsyncUtils.asyncFx(harness::close).get();
        FxToolkit.cleanupStages();
    }

    private static void write(Path folder, String name, String delegate) throws IOException {
        Files.writeString(folder.resolve(name + ".md"), "---\nname: " + name + "\ndescription: The " + name + ".\n---\n"
                + "## Delegates to\n- `" + delegate + "`\n");
    }

    /** A point of the drawing on the screen now. */
    private Point2D onScreen(double x, double y) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Viewport viewport = harness.model().viewport();
            Canvas canvas = (Canvas) harness.view().lookup("#graph-canvas");
            return canvas.localToScreen(viewport.toScreenX(x), viewport.toScreenY(y));
        }).get();
    }

    private GroupedView grouped() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> harness.model().groupedView()).get();
    }

    @Test
    void aGroupOpensOnADoubleClickAndClosesOnItsTitle(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        ChoiceBox<Grouping> choice = robot.lookup("#graph-grouping").queryAs(ChoiceBox.class);
        assertThat(choice.getConverter().toString(choice.getValue())).isEqualTo("Group by folder");
        assertThat(grouped().laidOut().boxes()).hasSize(3);
        NodeBox qa = grouped().laidOut().boxes().get(QA);

        robot.doubleClickOn(onScreen(qa.x() + 30, qa.centerY()));

        GroupedView open = grouped();
        assertThat(open.frames()).singleElement().satisfies(frame -> assertThat(frame.label()).isEqualTo("qa"));
        assertThat(open.laidOut().boxes()).hasSize(22).containsKey(".claude/agents/qa/qa-7.md");
        NodeBox frame = open.frames().get(0).box();

        robot.clickOn(onScreen(frame.x() + 40, frame.y() + GroupedView.TITLE / 2));

        assertThat(grouped().frames()).isEmpty();
        assertThat(grouped().laidOut().boxes()).containsKey(QA);
    }

    @Test
    void noGroupsDrawsEveryAgent(FxRobot robot) throws Exception {
        robot.clickOn("#graph-grouping");
        robot.clickOn("No groups");

        assertThat(grouped()).isNull();
        assertThat(WaitForAsyncUtils.asyncFx(() -> harness.model().laidOut().boxes().size()).get()).isEqualTo(60);
    }
}
