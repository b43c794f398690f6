package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.workspace.AtomicFileWriter;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a picture given as ARGB pixels to a PNG file, atomically, with the JDK's own image writer: the studio needs
 * no bridge from JavaFX images to AWT ones (javafx-swing) to export the canvas.
 */
public final class PngImage {

    private PngImage() {
    }

    /**
     * @param argb {@code width * height} pixels, row by row, each {@code 0xAARRGGBB}
     */
    public static void write(Path file, int width, int height, int[] argb) throws IOException {
        if (argb.length != width * height) {
            throw new IllegalArgumentException(argb.length + " pixels for a " + width + " x " + height + " picture");
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, width, height, argb, 0, width);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("this Java has no PNG writer");
        }
        AtomicFileWriter.write(file, png.toByteArray());
    }
}
