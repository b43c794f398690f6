package io.agentstudio.logic.graph.layout;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PngImageTest {
    @TempDir
    Path folder;

    @Test
    void writesThePixelsAsAPng() throws Exception {
        Path file = folder.resolve("graph.png");
        int[] pixels = {0xffff0000, 0xff00ff00, 0xff0000ff, 0x80ffffff, 0xff000000, 0xff123456};

        PngImage.write(file, 3, 2, pixels);

        BufferedImage read = ImageIO.read(file.toFile());
        assertThat(read.getWidth()).isEqualTo(3);
        assertThat(read.getHeight()).isEqualTo(2);
        assertThat(read.getRGB(0, 0)).isEqualTo(0xffff0000);
        assertThat(read.getRGB(2, 1)).isEqualTo(0xff123456);
    }

    @Test
    void refusesPixelsThatDoNotMakeThePicture() {
        assertThatThrownBy(() -> PngImage.write(folder.resolve("x.png"), 2, 2, new int[3])).isInstanceOf(IllegalArgumentException.class);
    }
}
