package io.agentstudio.testing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WcagTest {
    private static final int BLACK = 0xff000000;
    private static final int WHITE = 0xffffffff;

    @Test
    void blackOnWhiteIsTheGreatestContrastInEitherOrder() {
        assertThat(Wcag.contrast(BLACK, WHITE)).isCloseTo(21.0, within(1e-9));
        assertThat(Wcag.contrast(WHITE, BLACK)).isCloseTo(21.0, within(1e-9));
    }

    @Test
    void theGreyOfManyPlaceholdersFallsJustShortOfAaOnWhite() {
        // #777777 on white is the usual example of 4.48:1, just under the 4.5:1 that body text needs.
        assertThat(Wcag.contrast(0xff777777, WHITE)).isCloseTo(4.48, within(0.01)).isLessThan(Wcag.AA_TEXT);
    }

    @Test
    void primerDarksDefaultTextOnItsDefaultBackgroundReadsWell() {
        assertThat(Wcag.contrast(0xffe6edf3, 0xff0d1117)).isGreaterThan(15);
    }
}
