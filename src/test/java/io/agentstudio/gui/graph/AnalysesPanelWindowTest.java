package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.testing.GuiTest;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TitledPane;
import javafx.scene.text.Text;
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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The analyses panel in a window, used as a person would: the team has a delegation cycle; opened from the tool bar,
 * the panel lists the cycle by its members' names, whole; clicking the cycle marks its agents on the canvas and brings
 * them all into view. And the minimap keeps out of the way.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class AnalysesPanelWindowTest {
    @TempDir
    Path root;
    CanvasHarness harness;

    @BeforeEach
    void team() throws Exception {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        CanvasHarness.writeAgent(agents, "product-planner", "backend-coder");
        CanvasHarness.writeAgent(agents, "backend-coder", "code-reviewer");
        CanvasHarness.writeAgent(agents, "code-reviewer", "product-planner");
        CanvasHarness.writeAgent(agents, "release-manager", "product-planner", "docs-writer");
        CanvasHarness.writeAgent(agents, "docs-writer");
        for (int i = 1; i <= 12; i++) {
            CanvasHarness.writeAgent(agents, "helper-" + i);
        }
        harness = WaitForAsyncUtils.asyncFx(() -> {
            CanvasHarness opened = new CanvasHarness(root, 1000, 700);
            opened.view().renderNow();
            return opened;
        }).get();
    }

    @AfterEach
    void cleanUp() throws Exception {
        WaitForAsyncUtils.asyncFx(harness::close).get();
        FxToolkit.cleanupStages();
    }

    private static String id(String name) {
        return ".claude/agents/" + name + ".md";
    }

    @Test
    void theCycleIsListedByNameAndClickingItShowsItsMembers(FxRobot robot) throws Exception {
        // The harness starts with the panel shut, as a user may have left it (that it opens by itself for a team with
        // findings is AnalysesViewModelTest's).
        Node panel = robot.lookup("#graph-analyses-panel").query();
        assertThat(panel.isVisible()).isFalse();
        robot.clickOn("#graph-analyses-toggle");
        assertThat(panel.isVisible()).isTrue();

        TitledPane cycles = robot.lookup("#graph-analyses-cycles").queryAs(TitledPane.class);
        assertThat(cycles.getText()).isEqualTo("Cycles (1)");
        Button cycle = robot.from(cycles).lookup(".graph-analyses-entry").queryAs(Button.class);
        assertThat(cycle.getText()).isEqualTo("backend-coder → code-reviewer → product-planner → backend-coder");
        // Wrapped, not cut: every line the button draws is a whole piece of its text.
        String drawn = robot.from(cycle).lookup(".text").queryAllAs(Text.class).stream().map(Text::getText).reduce("", String::concat);
        assertThat(drawn.replaceAll("\\s", "")).isEqualTo(cycle.getText().replaceAll("\\s", ""));

        // Away from the cycle first, zoomed in, so that picking it has to bring it back.
        WaitForAsyncUtils.asyncFx(() -> {
            harness.model().viewport().zoomIn();
            harness.model().viewport().zoomIn();
            harness.model().viewport().panBy(-3000, -3000);
        }).get();
        NodeBox away = WaitForAsyncUtils.asyncFx(() -> harness.model().viewport().visible()).get();
        NodeBox planner = harness.model().laidOut().boxes().get(id("product-planner"));
        assertThat(away.contains(planner.centerX(), planner.centerY())).as("out of view before the click").isFalse();
        robot.clickOn(cycle);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(harness.model().analysesPanel().highlightedProperty().get())
                .containsExactlyInAnyOrder(id("product-planner"), id("backend-coder"), id("code-reviewer"));
        NodeBox visible = WaitForAsyncUtils.asyncFx(() -> harness.model().viewport().visible()).get();
        for (String member : List.of("product-planner", "backend-coder", "code-reviewer")) {
            NodeBox box = harness.model().laidOut().boxes().get(id(member));
            assertThat(visible.contains(box.x(), box.y()) && visible.contains(box.right(), box.bottom())).as(member + " wholly in view").isTrue();
        }
    }

    @Test
    void theMinimapIsAwayWhileTheWholeGraphIsInView(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> harness.model().fitAll()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#graph-minimap-corner").query().isVisible()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 6; i++) {
                harness.model().viewport().zoomIn();
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#graph-minimap-corner").query().isVisible()).isTrue();
        assertThat(robot.lookup("#graph-minimap").query().isVisible()).isTrue();

        robot.clickOn("#graph-minimap-toggle");
        assertThat(robot.lookup("#graph-minimap").query().isVisible()).isFalse();
        assertThat(robot.lookup("#graph-minimap-toggle").query().isVisible()).isTrue();
    }
}
