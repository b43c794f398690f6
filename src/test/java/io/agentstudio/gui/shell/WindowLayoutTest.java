package io.agentstudio.gui.shell;

import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.logic.settings.SettingsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As the window shrinks, panes give way in an order that keeps the editor usable, come back as it grows, and never
 * overwrite what the user chose.
 */
class WindowLayoutTest {
    @TempDir
    Path config;
    private PreferencesViewModel preferences;
    private WindowLayout layout;

    @BeforeEach
    void everyPaneWanted() {
        preferences = new PreferencesViewModel(new SettingsStore(config), new QueuedExecutor());
        preferences.previewShownProperty().set(true);
        layout = new WindowLayout(preferences);
        layout.resized(1280, 800);
    }

    @Test
    void atALaptopsSizeEverythingTheUserTurnedOnShows() {
        assertShown(true, true, true, true);
    }

    @Test
    void shrinkingGivesUpThePreviewThenTheFormBesideTheBodyThenTheListAndALowWindowTheProblems() {
        layout.resized(1100, 800);
        assertShown(true, false, true, true);

        layout.resized(950, 800);
        assertShown(true, false, false, true);

        layout.resized(800, 800);
        assertShown(false, false, false, true);

        layout.resized(800, 560);
        assertShown(false, false, false, false);
    }

    @Test
    void growingAgainBringsBackWhatTheUserTurnedOnAndTheirChoicesAreNeverOverwritten() {
        layout.resized(720, 480);
        layout.resized(1280, 800);

        assertShown(true, true, true, true);
        assertThat(preferences.previewShownProperty().get()).isTrue();
        assertThat(preferences.listShownProperty().get()).isTrue();
    }

    @Test
    void aPaneTurnedOnAgainInASmallWindowShowsUntilTheWindowCrossesItsLimitAgain() {
        layout.resized(800, 800);
        layout.list().set(true);
        assertThat(layout.list().shownProperty().get()).as("the user asked for it in this window").isTrue();

        layout.resized(810, 800);
        assertThat(layout.list().shownProperty().get()).isTrue();

        layout.resized(1280, 800);
        layout.resized(800, 800);
        assertThat(layout.list().shownProperty().get()).as("a new shrink gives it up again").isFalse();
    }

    @Test
    void aPaneTheUserTurnedOffStaysOffAtAnySize() {
        layout.list().set(false);
        layout.resized(1920, 1080);

        assertThat(layout.list().shownProperty().get()).isFalse();
        assertThat(preferences.listShownProperty().get()).as("remembered for the next start").isFalse();
    }

    private void assertShown(boolean list, boolean preview, boolean sideBySide, boolean problems) {
        assertThat(layout.list().shownProperty().get()).as("agent list").isEqualTo(list);
        assertThat(layout.preview().shownProperty().get()).as("preview").isEqualTo(preview);
        assertThat(layout.sideBySide().shownProperty().get()).as("form beside the body").isEqualTo(sideBySide);
        assertThat(layout.problems().shownProperty().get()).as("problems pane").isEqualTo(problems);
    }
}
