package io.agentstudio.gui.body;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which characters of a line the body editor underlines for a problem at a column. */
class BodyProblemMarkersTest {

    @Test
    void aProblemInsideALineUnderlinesTheNameOrPathThere() {
        assertThat(BodyProblemMarkers.range("- Hand off to `ghost-agent` now", 16)).containsExactly(15, 26);
        assertThat(BodyProblemMarkers.range("See [notes](docs/notes.md).", 13)).containsExactly(12, 25);
    }

    @Test
    void aProblemOnPunctuationUnderlinesTheRunOfNonBlankCharacters() {
        assertThat(BodyProblemMarkers.range("## “‘ Quick", 4)).containsExactly(3, 5);
    }

    @Test
    void aProblemAtTheStartOrWithoutAColumnUnderlinesTheLinesText() {
        assertThat(BodyProblemMarkers.range("  # Backend Specialist", 1)).containsExactly(2, 22);
        assertThat(BodyProblemMarkers.range("text", 0)).containsExactly(0, 4);
        assertThat(BodyProblemMarkers.range("", 5)).containsExactly(0, 0);
    }
}
