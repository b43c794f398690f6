package io.agentstudio.logic.settings;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceMemoryTest {
    @TempDir
    Path home;
    SettingsStore settings;
    WorkspaceMemory memory;

    @BeforeEach
    void setUp() {
        settings = new SettingsStore(home.resolve("config"));
        memory = new WorkspaceMemory(settings);
    }

    private Path folder(String name) throws IOException {
        return Files.createDirectories(home.resolve(name));
    }

    @Test
    void keepsTheLastEightNewestFirstWithoutRepeats() throws IOException {
        List<Path> opened = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            opened.add(folder("w" + i));
            memory.addRecent(opened.get(i));
        }
        memory.addRecent(opened.get(5));

        assertThat(memory.recent()).containsExactly(opened.get(5), opened.get(9), opened.get(8), opened.get(7),
                opened.get(6), opened.get(4), opened.get(3), opened.get(2));
    }

    @Test
    void foldersThatAreGoneAreLeftOut() throws IOException {
        Path kept = folder("kept");
        Path gone = folder("gone");
        memory.addRecent(kept);
        memory.addRecent(gone);
        Files.delete(gone);

        assertThat(memory.recent()).containsExactly(kept);
    }

    @Test
    void openTabsAreKeptPerWorkspaceInTheSettingsStore() throws IOException {
        Path first = folder("first");
        Path second = folder("second");
        OpenTabs tabs = new OpenTabs(List.of(Path.of(".claude/agents/b.md"), Path.of(".claude/agents/a.md")),
                Path.of(".claude/agents/a.md"));
        memory.rememberOpenTabs(first, tabs);
        memory.rememberOpenTabs(second, new OpenTabs(List.of(Path.of(".claude/agents/c.md")), null));

        assertThat(memory.openTabs(first)).isEqualTo(tabs);
        assertThat(memory.openTabs(second).files()).containsExactly(Path.of(".claude/agents/c.md"));
        assertThat(memory.openTabs(second).selected()).isNull();
        assertThat(first).isEmptyDirectory();
    }

    @Test
    void noTabsLeaveNothingBehind() throws IOException {
        Path root = folder("root");
        memory.rememberOpenTabs(root, new OpenTabs(List.of(Path.of("x.md")), Path.of("x.md")));
        memory.rememberOpenTabs(root, OpenTabs.NONE);

        assertThat(memory.openTabs(root)).isEqualTo(OpenTabs.NONE);
        assertThat(Files.readString(settings.file())).doesNotContain("tabs.");
    }

    @Test
    void whetherAWorkspaceShowsTheUserAgentsIsRememberedForItAlone() throws IOException {
        Path first = home.resolve("first");
        Path second = home.resolve("second");

        memory.rememberUserAgents(first, true);

        assertThat(memory.includesUserAgents(first)).isTrue();
        assertThat(memory.includesUserAgents(second)).as("off until asked").isFalse();
        assertThat(new WorkspaceMemory(new SettingsStore(home.resolve("config"))).includesUserAgents(first)).isTrue();
        memory.rememberUserAgents(first, false);
        assertThat(memory.includesUserAgents(first)).isFalse();
    }
}
