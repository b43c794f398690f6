package io.agentstudio.gui.problems;

import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeverityFilterTest {
    private final SeverityFilter filter = new SeverityFilter();

    @Test
    void withNothingPickedEverySeverityIsShown() {
        assertThat(filter.allProperty().get()).isTrue();
        assertThat(Severity.values()).allMatch(filter::shows);
    }

    @Test
    void aPickedSeverityIsShownAndTheOthersAreNot() {
        filter.pickedProperty(Severity.ERROR).set(true);

        assertThat(filter.allProperty().get()).isFalse();
        assertThat(filter.shows(Severity.ERROR)).isTrue();
        assertThat(filter.shows(Severity.WARNING)).isFalse();
        assertThat(filter.shows(Severity.INFO)).isFalse();
    }

    @Test
    void showAllDropsThePicks() {
        filter.pickedProperty(Severity.WARNING).set(true);
        filter.pickedProperty(Severity.INFO).set(true);

        filter.showAll();

        assertThat(filter.allProperty().get()).isTrue();
        assertThat(filter.pickedProperty(Severity.WARNING).get()).isFalse();
    }

    @Test
    void eachButtonSaysItShowsItsSeverity() {
        assertThat(SeverityFilter.tooltip(Severity.ERROR)).startsWith("Show errors.");
        assertThat(SeverityFilter.tooltip(Severity.INFO)).startsWith("Show info.");
    }
}
