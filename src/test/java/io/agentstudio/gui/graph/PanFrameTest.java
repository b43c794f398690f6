package io.agentstudio.gui.graph;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.testing.SharedFiles;
import javafx.scene.canvas.Canvas;
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
 * A frame of a pan is the last frame moved plus the strips that come into view: it draws only what meets those strips
 * (far fewer agents than are on screen), and shows the pixels a whole frame at the new place shows (give or take a few levels of anti-aliasing).
 */
@CorpusTest
@GuiTest
@ExtendWith(ApplicationExtension.class)
class PanFrameTest {
    /**
     * A line clipped to a strip is rasterised from slightly different numbers than the whole line: its anti-aliased
     * edge pixels may differ by a few levels (up to 10 of 255 seen), which no eye tells apart.
     */
    private static final int TOLERANCE = 16;

    /** A copy: the canvas keeps its places in the workspace, and ../shared must stay as recorded. */
    @TempDir
    Path copy;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aPanFrameDrawsOnlyWhatComesIntoViewAndLooksLikeAWholeFrame() throws Exception {
        Path laywill = SharedFiles.copyOfCollection("laywill__awesome-claude-code-subagents", copy);
        Object[] result = WaitForAsyncUtils.asyncFx(() -> {
            CanvasHarness harness = new CanvasHarness(laywill, 1000, 700);
            Viewport viewport = harness.model().viewport();
            harness.model().fitAll();
            viewport.zoomAt(0.45 / viewport.scale(), 500, 350);
            harness.view().renderNow();
            viewport.panBy(-7, -4);
            harness.view().renderNow();
            viewport.panBy(12, -5);
            RenderStats pan = harness.view().renderNow();
            Canvas canvas = (Canvas) harness.view().lookup("#graph-canvas");
            int[] shown = CanvasPixels.of(canvas);
            Canvas whole = new Canvas(canvas.getWidth(), canvas.getHeight());
            RenderStats full = GraphRenderer.render(whole.getGraphicsContext2D(), harness.model(), viewport, GraphPalette.LIGHT,
                    GraphRenderer.Interaction.NONE, true, true);
            int[] expected = CanvasPixels.of(whole);
            int differing = 0;
            for (int i = 0; i < expected.length; i++) {
                differing += CanvasPixels.apart(shown[i], expected[i]) > TOLERANCE ? 1 : 0;
            }
            harness.close();
            return new Object[] {pan, full, differing};
        }).get();

        RenderStats pan = (RenderStats) result[0];
        RenderStats full = (RenderStats) result[1];
        assertThat(full.nodes()).isGreaterThan(20);
        assertThat(pan.nodes()).as("agents drawn for the pan frame").isLessThan(full.nodes() * 2 / 3);
        assertThat((int) result[2]).as("pixels that differ visibly from a whole frame").isZero();
    }

    @Test
    void theStripsThatComeIntoViewCoverWhatThePictureLeavesEmpty() {
        assertThat(GraphRenderer.exposed(100, 50, -7, 4)).extracting(b -> b.x() + "," + b.y() + "," + b.width() + "," + b.height())
                .containsExactly("93.0,0.0,7.0,50.0", "0.0,0.0,93.0,4.0");
        assertThat(GraphRenderer.exposed(100, 50, 3, 0)).extracting(b -> b.x() + "," + b.width()).containsExactly("0.0,3.0");
    }
}
