package io.agentstudio.gui.graph;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.logic.graph.layout.NodeBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The PNG export: the whole graph drawn off screen at full size, whatever part of it the canvas shows. */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class GraphPictureExportTest {
    @TempDir
    Path root;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void thePngIsTheWholeGraphAtFullSize() throws Exception {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        Files.writeString(agents.resolve("tech-lead.md"), GraphViewModelTest.LEAD);
        Files.writeString(agents.resolve("backend-dev.md"), GraphViewModelTest.CODER);
        Files.writeString(agents.resolve("test-engineer.md"), GraphViewModelTest.TESTER);
        Path png = root.resolve("team.png");

        NodeBox bounds = WaitForAsyncUtils.asyncFx(() -> {
            CanvasHarness harness = new CanvasHarness(root, 400, 300);
            harness.model().viewport().zoomAt(3, 0, 0);
            harness.dialogs().saveFile = Optional.of(png);
            harness.model().exports().exportPicture();
            return harness.model().laidOut().bounds().orElseThrow();
        }).get();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(bounds.width() + 48));
        assertThat(image.getHeight()).isEqualTo((int) Math.ceil(bounds.height() + 48));
        int background = image.getRGB(1, 1);
        long drawn = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                drawn += image.getRGB(x, y) == background ? 0 : 1;
            }
        }
        assertThat(drawn).as("pixels of nodes and edges").isGreaterThan((long) image.getWidth() * image.getHeight() / 20);
    }
}
