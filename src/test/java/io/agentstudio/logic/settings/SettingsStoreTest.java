package io.agentstudio.logic.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path config;

    @Test
    void remembersNothingBeforeTheFirstWorkspace() {
        assertThat(new SettingsStore(config).lastWorkspace()).isEmpty();
    }

    @Test
    void theLastWorkspaceSurvivesARestart() throws IOException {
        Path workspace = config.resolve("my project");
        new SettingsStore(config.resolve("nested")).rememberWorkspace(workspace);

        assertThat(new SettingsStore(config.resolve("nested")).lastWorkspace()).contains(workspace.toAbsolutePath());
    }

    @Test
    void aLaterWorkspaceReplacesTheEarlierOne() throws IOException {
        SettingsStore store = new SettingsStore(config);
        store.rememberWorkspace(config.resolve("first"));
        store.rememberWorkspace(config.resolve("second"));

        assertThat(store.lastWorkspace()).contains(config.resolve("second"));
        try (var files = Files.list(config)) {
            assertThat(files).containsExactly(store.file());
        }
    }

    @Test
    void keysItDoesNotKnowAreKept() throws IOException {
        SettingsStore store = new SettingsStore(config);
        Files.writeString(store.file(), "window.width=900\n");

        store.rememberWorkspace(config.resolve("w"));

        assertThat(Files.readString(store.file())).contains("window.width=900");
    }

    @Test
    void aDamagedFileCountsAsNoWorkspaceAndIsRepairedByTheNextSave() throws IOException {
        SettingsStore store = new SettingsStore(config);
        Files.writeString(store.file(), "workspace.last=\\uZZZZ\n");

        assertThat(store.lastWorkspace()).isEmpty();
        store.rememberWorkspace(config.resolve("w"));
        assertThat(store.lastWorkspace()).contains(config.resolve("w"));
    }
}
