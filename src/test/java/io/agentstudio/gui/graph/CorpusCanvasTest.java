package io.agentstudio.gui.graph;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each corpus collection drawn on the canvas (a copy, since the canvas keeps its places in the workspace): with
 * everything in view every node and every edge is drawn; at full size only what is on screen is.
 */
@CorpusTest
@GuiTest
@ExtendWith(ApplicationExtension.class)
class CorpusCanvasTest {
    @TempDir
    Path copy;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @ParameterizedTest
    @ValueSource(strings = {"HamzaAlayed__laravel-claude-agents", "advisely__claude-code-agents-team-nation-of-elites",
            "laywill__awesome-claude-code-subagents", "vijaythecoder__awesome-claude-agents"})
    void withEverythingInViewEveryNodeAndEveryEdgeIsDrawn(String collection) throws Exception {
        SharedFiles.copyOfCollection(collection, copy);

        RenderStats[] stats = WaitForAsyncUtils.asyncFx(() -> {
            CanvasHarness harness = new CanvasHarness(copy, 1200, 800);
            harness.model().fitAll();
            RenderStats all = harness.view().renderNow();
            harness.model().viewport().zoomAt(1 / harness.model().viewport().scale(), 0, 0);
            RenderStats close = harness.view().renderNow();
            int nodes = harness.model().laidOut().graph().nodes().size();
            int edges = harness.model().laidOut().graph().edges().size();
            harness.close();
            return new RenderStats[] {all, close, new RenderStats(nodes, edges)};
        }).get();

        RenderStats graph = stats[2];
        assertThat(graph.edges()).isPositive();
        assertThat(stats[0].nodes()).isEqualTo(graph.nodes());
        assertThat(stats[0].edges()).isEqualTo(graph.edges());
        if (graph.nodes() > 60) {
            assertThat(stats[1].nodes()).as("at 100 %% only the nodes on screen").isLessThan(graph.nodes());
            assertThat(stats[1].edges()).isLessThan(graph.edges());
        }
    }

}
