package io.agentstudio.gui.graph;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** What a canvas shows, pixel by pixel, for tests that compare a quick frame with a whole one. */
final class CanvasPixels {
    private CanvasPixels() {
    }

    /** The canvas's pixels as ARGB, row by row. */
    static int[] of(Canvas canvas) {
        int width = (int) canvas.getWidth();
        int height = (int) canvas.getHeight();
        WritableImage image = canvas.snapshot(null, null);
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return pixels;
    }

    /** The largest difference of the two colours' channels (0-255). */
    static int apart(int one, int other) {
        int most = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            most = Math.max(most, Math.abs((one >> shift & 0xff) - (other >> shift & 0xff)));
        }
        return most;
    }
}
