package io.agentstudio.gui.shell;

import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.logic.settings.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the user set is what the next start shows; a first start gets the defaults. */
class PreferencesViewModelTest {
    @TempDir
    Path config;
    final QueuedExecutor background = new QueuedExecutor();

    private PreferencesViewModel start() {
        return new PreferencesViewModel(new SettingsStore(config), background);
    }

    @Test
    void aFirstStartHasTheDefaults() {
        PreferencesViewModel preferences = start();

        assertThat(preferences.darkThemeProperty().get()).isFalse();
        assertThat(preferences.fontSizeProperty().get()).isEqualTo(13);
        assertThat(preferences.wrapTextProperty().get()).isTrue();
        assertThat(preferences.sideBySideProperty().get()).isTrue();
        assertThat(preferences.previewShownProperty().get()).as("the preview waits for its toggle").isFalse();
        assertThat(preferences.problemsShownProperty().get()).isTrue();
        assertThat(preferences.graphShownProperty().get()).isFalse();
        assertThat(preferences.listShownProperty().get()).isTrue();
    }

    @Test
    void everyPreferenceIsRememberedForTheNextStart() {
        PreferencesViewModel preferences = start();
        preferences.darkThemeProperty().set(true);
        preferences.fontSizeProperty().set(17);
        preferences.wrapTextProperty().set(false);
        preferences.sideBySideProperty().set(false);
        preferences.previewShownProperty().set(true);
        preferences.problemsShownProperty().set(false);
        preferences.graphShownProperty().set(true);
        preferences.listShownProperty().set(false);
        background.runAll();

        PreferencesViewModel next = start();

        assertThat(next.darkThemeProperty().get()).isTrue();
        assertThat(next.fontSizeProperty().get()).isEqualTo(17);
        assertThat(next.wrapTextProperty().get()).isFalse();
        assertThat(next.sideBySideProperty().get()).isFalse();
        assertThat(next.previewShownProperty().get()).isTrue();
        assertThat(next.problemsShownProperty().get()).isFalse();
        assertThat(next.graphShownProperty().get()).isTrue();
        assertThat(next.listShownProperty().get()).isFalse();
    }
}
