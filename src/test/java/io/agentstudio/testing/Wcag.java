package io.agentstudio.testing;

/**
 * WCAG 2 colour maths on 0xAARRGGBB pixels: relative luminance and the contrast ratio between two colours
 * (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio). Alpha is ignored: the pixels come from a rendered picture.
 */
public final class Wcag {
    /** The least contrast of normal-size text at level AA. */
    public static final double AA_TEXT = 4.5;
    /** The least contrast of the parts of a graphic needed to understand it (lines, arrows, marks), at level AA. */
    public static final double AA_GRAPHICS = 3;

    private Wcag() {
    }

    /** From 0 (black) to 1 (white). */
    public static double luminance(int argb) {
        return 0.2126 * linear((argb >> 16) & 0xff) + 0.7152 * linear((argb >> 8) & 0xff) + 0.0722 * linear(argb & 0xff);
    }

    /** From 1 (the same colour) to 21 (black on white), whichever of the two is lighter. */
    public static double contrast(int argb, int otherArgb) {
        double a = luminance(argb);
        double b = luminance(otherArgb);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
