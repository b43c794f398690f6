package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.testing.GuiTest;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The focus mode in a window, driven as a person would: click an agent, press F, and the canvas draws only that agent
 * and its neighbours; clicking a neighbour focuses on it; the Focus toggle brings the whole team back.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class FocusModeWindowTest {
    @TempDir
    Path root;
    CanvasHarness harness;

    @BeforeEach
    void team() throws Exception {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        CanvasHarness.writeAgent(agents, "boss", "lead");
        CanvasHarness.writeAgent(agents, "lead", "worker");
        CanvasHarness.writeAgent(agents, "worker", "helper");
        CanvasHarness.writeAgent(agents, "helper");
        CanvasHarness.writeAgent(agents, "peer", "worker");
        CanvasHarness.writeAgent(agents, "loner");
        harness = WaitForAsyncUtils.asyncFx(() -> {
            CanvasHarness opened = new CanvasHarness(root, 1000, 600);
            opened.model().fitAll();
            opened.view().renderNow();
            return opened;
        }).get();
    }

    @AfterEach
    void cleanUp() throws Exception {
        WaitForAsyncUtils.asyncFx(harness::close).get();
        FxToolkit.cleanupStages();
    }

    /** Where a node is on the screen now. */
    private Point2D onScreen(String name) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            NodeBox box = harness.model().laidOut().boxes().get(".claude/agents/" + name + ".md");
            Viewport viewport = harness.model().viewport();
            Canvas canvas = (Canvas) harness.view().lookup("#graph-canvas");
            return canvas.localToScreen(viewport.toScreenX(box.centerX() - 20), viewport.toScreenY(box.centerY()));
        }).get();
    }

    /** The names of the nodes the canvas has, and how many it drew in a pass of the whole view. */
    private Set<String> shown(RenderStats[] drawn) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            // A whole pass over the view as it is (the canvas itself may be between a pan's quick frames).
            Canvas canvas = (Canvas) harness.view().lookup("#graph-canvas");
            drawn[0] = GraphRenderer.render(new Canvas(canvas.getWidth(), canvas.getHeight()).getGraphicsContext2D(), harness.model(),
                    harness.model().viewport(), GraphPalette.LIGHT, GraphRenderer.Interaction.NONE, true, false);
            Set<String> names = new TreeSet<>();
            harness.model().laidOut().graph().nodes().forEach(node -> names.add(node.name()));
            return names;
        }).get();
    }

    @Test
    void focusingAnAgentDrawsOnlyItsNeighbourhoodAndTheToggleBringsTheTeamBack(FxRobot robot) throws Exception {
        RenderStats[] drawn = new RenderStats[1];
        robot.clickOn(onScreen("lead"));
        robot.type(KeyCode.F);

        assertThat(shown(drawn)).containsExactly("boss", "lead", "worker");
        assertThat(drawn[0].nodes()).isEqualTo(3);
        assertThat(drawn[0].edges()).isEqualTo(2);
        assertThat(robot.lookup("#graph-focus").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn(onScreen("worker"));
        assertThat(shown(drawn)).containsExactly("helper", "lead", "peer", "worker");
        assertThat(drawn[0].nodes()).isEqualTo(4);

        robot.clickOn("#graph-focus");
        assertThat(shown(drawn)).containsExactly("boss", "helper", "lead", "loner", "peer", "worker");
        assertThat(drawn[0].nodes()).isEqualTo(6);
        assertThat(harness.model().selectedNodeProperty().get()).isEqualTo(".claude/agents/worker.md");
        assertThat(robot.lookup("#graph-focus").queryAs(ToggleButton.class).isSelected()).isFalse();
    }

    @Test
    void escapeLeavesTheFocusAndTwoHopsReachFurther(FxRobot robot) throws Exception {
        RenderStats[] drawn = new RenderStats[1];
        robot.clickOn(onScreen("boss"));
        robot.clickOn("#graph-focus");
        assertThat(shown(drawn)).containsExactly("boss", "lead");

        WaitForAsyncUtils.asyncFx(() -> harness.model().focusHopsProperty().set(2)).get();
        assertThat(shown(drawn)).containsExactly("boss", "lead", "worker");

        robot.clickOn(onScreen("boss"));
        robot.type(KeyCode.ESCAPE);
        // The whole team again, centred on the selection; 0 fits all of it in the view.
        assertThat(shown(drawn)).hasSize(6);
        robot.type(KeyCode.DIGIT0);
        assertThat(shown(drawn)).hasSize(6);
        assertThat(drawn[0].nodes()).isEqualTo(6);
        assertThat(harness.model().selectedNodeProperty().get()).isEqualTo(".claude/agents/boss.md");
    }
}
