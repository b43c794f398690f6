package io.agentstudio.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The icon files assets/render-icons.sh generated and checked in: each platform's format, in the sizes it asks for. */
class AppIconTest {
    private static final Path ICONS = Path.of("assets/icon");

    @ParameterizedTest
    @ValueSource(ints = {16, 24, 32, 48, 64, 128, 256, 512})
    void eachPngHasItsSizeAndTransparentCorners(int size) throws IOException {
        BufferedImage image = ImageIO.read(ICONS.resolve("agent-studio-" + size + ".png").toFile());

        assertThat(image.getWidth()).isEqualTo(size);
        assertThat(image.getHeight()).isEqualTo(size);
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(0, 0) >>> 24).as("the rounded tile leaves the corner transparent").isZero();
        assertThat(image.getRGB(size / 2, size / 2) >>> 24).as("the middle is drawn").isEqualTo(0xFF);
    }

    @Test
    void theWindowIconsAreOnTheClasspathInEverySize() throws IOException {
        for (int size : AppIcon.SIZES) {
            try (InputStream in = AppIcon.class.getResourceAsStream(AppIcon.resource(size))) {
                assertThat(in).as(AppIcon.resource(size)).isNotNull();
                assertThat(ImageIO.read(in).getWidth()).isEqualTo(size);
            }
        }
    }

    @Test
    void theWindowsIconHoldsSevenSizesUpTo256() throws IOException {
        ByteBuffer ico = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("agent-studio.ico"))).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(ico.getShort(0)).as("reserved").isZero();
        assertThat(ico.getShort(2)).as("type 1 = icon").isEqualTo((short) 1);
        int count = ico.getShort(4);
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int width = Byte.toUnsignedInt(ico.get(6 + 16 * i));
            sizes.add(width == 0 ? 256 : width);
        }
        assertThat(sizes).containsExactly(16, 24, 32, 48, 64, 128, 256);
    }

    @Test
    void theMacIconHoldsEverySizeUpTo512() throws IOException {
        ByteBuffer icns = ByteBuffer.wrap(Files.readAllBytes(ICONS.resolve("agent-studio.icns")));
        assertThat(new String(icns.array(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("icns");
        assertThat(icns.getInt(4)).as("length").isEqualTo(icns.capacity());
        List<String> types = new ArrayList<>();
        for (int at = 8; at < icns.capacity(); at += icns.getInt(at + 4)) {
            types.add(new String(icns.array(), at, 4, StandardCharsets.US_ASCII));
        }
        // 16, 32, 48 and 128 px with their masks; ic08 is 256 px, ic09 512 px.
        assertThat(types).contains("is32", "il32", "ih32", "it32", "ic08", "ic09");
    }
}
