package io.agentstudio.logic.settings;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StudioFoldersTest {
    private static final Path HOME = Path.of("/home/ada");

    @Test
    void overrideHoldsBothFolders() {
        StudioFolders folders = StudioFolders.resolve("/tmp/studio", "Linux", Map.of("XDG_CONFIG_HOME", "/xdg"), HOME);

        assertThat(folders.config()).isEqualTo(Path.of("/tmp/studio/config"));
        assertThat(folders.data()).isEqualTo(Path.of("/tmp/studio/data"));
    }

    @Test
    void linuxFollowsXdgVariables() {
        StudioFolders folders = StudioFolders.resolve(null, "Linux",
                Map.of("XDG_CONFIG_HOME", "/cfg", "XDG_DATA_HOME", "/share"), HOME);

        assertThat(folders.config()).isEqualTo(Path.of("/cfg/agent-studio"));
        assertThat(folders.data()).isEqualTo(Path.of("/share/agent-studio"));
    }

    @Test
    void linuxFallsBackToTheXdgDefaults() {
        StudioFolders folders = StudioFolders.resolve("", "Linux", Map.of(), HOME);

        assertThat(folders.config()).isEqualTo(HOME.resolve(".config/agent-studio"));
        assertThat(folders.data()).isEqualTo(HOME.resolve(".local/share/agent-studio"));
    }

    @Test
    void relativeXdgValuesAreIgnoredAsTheSpecAsks() {
        StudioFolders folders = StudioFolders.resolve(null, "Linux", Map.of("XDG_CONFIG_HOME", "relative/cfg"), HOME);

        assertThat(folders.config()).isEqualTo(HOME.resolve(".config/agent-studio"));
    }

    @Test
    void macUsesApplicationSupport() {
        StudioFolders folders = StudioFolders.resolve(null, "Mac OS X", Map.of(), HOME);

        assertThat(folders.config()).isEqualTo(HOME.resolve("Library/Application Support/AgentStudio"));
        assertThat(folders.data()).isEqualTo(folders.config());
    }

    @Test
    void windowsUsesAppData() {
        Path appData = HOME.resolve("AppData/Roaming").toAbsolutePath();
        StudioFolders folders = StudioFolders.resolve(null, "Windows 11", Map.of("APPDATA", appData.toString()), HOME);

        assertThat(folders.config()).isEqualTo(appData.resolve("AgentStudio"));
        assertThat(folders.data()).isEqualTo(appData.resolve("AgentStudio"));
    }
}
