package io.agentstudio.gui.graph;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.SharedFiles;
import javafx.scene.canvas.Canvas;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A frame of a zoom gesture is the last whole frame stretched: zooming in it draws nothing anew, zooming out only the
 * margins; and it shows what a whole frame at the new scale shows (its lines and names where the whole frame has them,
 * give or take a pixel).
 */
@CorpusTest
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ZoomFrameTest {
    /** A pixel this far from the background (largest channel difference, 0-255) is ink: part of a line, box or name. */
    private static final int INK = 96;

    /** A copy: the canvas keeps its places in the workspace, and ../shared must stay as recorded. */
    @TempDir
    Path copy;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aZoomFrameStretchesTheLastPictureAndShowsWhatAWholeFrameShows() throws Exception {
        Path laywill = SharedFiles.copyOfCollection("laywill__awesome-claude-code-subagents", copy);
        Object[] result = WaitForAsyncUtils.asyncFx(() -> {
            CanvasHarness harness = new CanvasHarness(laywill, 1000, 700);
            // Every agent drawn, the hundreds of boxes and edges this test was written for: the team opens grouped by folder.
            harness.model().groups().groupingProperty().set(null);
            Viewport viewport = harness.model().viewport();
            Canvas canvas = (Canvas) harness.view().lookup("#graph-canvas");
            harness.model().fitAll();
            viewport.zoomAt(0.45 / viewport.scale(), 500, 350);
            harness.view().renderNow();
            viewport.zoomAt(1.1, 420, 300);
            RenderStats in = harness.view().renderNow();
            double inMissed = missedInk(CanvasPixels.of(canvas), whole(harness, canvas));
            viewport.zoomAt(1 / 1.1 / 1.1, 420, 300);
            RenderStats out = harness.view().renderNow();
            double outMissed = missedInk(CanvasPixels.of(canvas), whole(harness, canvas));
            RenderStats full = GraphRenderer.render(new Canvas(1000, 700).getGraphicsContext2D(), harness.model(), viewport,
                    GraphPalette.LIGHT, GraphRenderer.Interaction.NONE, true, true);
            harness.close();
            return new Object[] {in, out, full, inMissed, outMissed};
        }).get();

        RenderStats full = (RenderStats) result[2];
        assertThat(full.nodes()).isGreaterThan(20);
        assertThat(((RenderStats) result[0]).nodes()).as("agents drawn anew zooming in").isZero();
        assertThat(((RenderStats) result[1]).nodes()).as("agents drawn anew zooming out (in the margins)")
                .isLessThan(full.nodes() * 3 / 4);
        assertThat((double) result[3]).as("share of a whole frame's ink missing, zooming in").isLessThan(0.02);
        assertThat((double) result[4]).as("share of a whole frame's ink missing, zooming out").isLessThan(0.02);
    }

    /** A whole quick frame at the view's present place, as the canvas drew before zoom frames were stretched. */
    private static int[] whole(CanvasHarness harness, Canvas canvas) {
        Canvas whole = new Canvas(canvas.getWidth(), canvas.getHeight());
        GraphRenderer.render(whole.getGraphicsContext2D(), harness.model(), harness.model().viewport(), GraphPalette.LIGHT,
                GraphRenderer.Interaction.NONE, true, true);
        return CanvasPixels.of(whole);
    }

    /** The share of {@code expected}'s ink pixels with no ink within 2 pixels in {@code shown}. */
    private static double missedInk(int[] shown, int[] expected) {
        int width = 1000;
        int height = expected.length / width;
        int background = argb(GraphPalette.LIGHT.background());
        int ink = 0;
        int missed = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (CanvasPixels.apart(expected[y * width + x], background) < INK) {
                    continue;
                }
                ink++;
                boolean found = false;
                for (int v = Math.max(0, y - 2); v <= Math.min(height - 1, y + 2) && !found; v++) {
                    for (int u = Math.max(0, x - 2); u <= Math.min(width - 1, x + 2) && !found; u++) {
                        found = CanvasPixels.apart(shown[v * width + u], background) >= INK / 2;
                    }
                }
                missed += found ? 0 : 1;
            }
        }
        return ink == 0 ? 1 : (double) missed / ink;
    }

    private static int argb(Color colour) {
        return 0xff << 24 | (int) Math.round(colour.getRed() * 255) << 16 | (int) Math.round(colour.getGreen() * 255) << 8
                | (int) Math.round(colour.getBlue() * 255);
    }
}
