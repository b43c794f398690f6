package io.agentstudio.logic.startup;

import io.agentstudio.logic.settings.SettingsStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StartupWorkspaceTest {
    @TempDir
    Path home;
    SettingsStore settings;
    SampleWorkspace sample;
    StartupWorkspace startup;

    @BeforeEach
    void setUp() {
        settings = new SettingsStore(home.resolve("config"));
        sample = new SampleWorkspace(home.resolve("data"));
        startup = new StartupWorkspace(settings, sample);
    }

    @Test
    void theArgumentWinsOverTheLastUsedWorkspace() throws IOException {
        Path argument = Files.createDirectories(home.resolve("argument"));
        settings.rememberWorkspace(Files.createDirectories(home.resolve("last")));

        assertThat(startup.choose(Optional.of(argument))).isEqualTo(new WorkspaceChoice(argument, WorkspaceOrigin.ARGUMENT));
        assertThat(sample.copyFolder()).doesNotExist();
    }

    @Test
    void theArgumentWinsEvenWhenItIsNoFolderSoItsErrorIsShown() throws IOException {
        Path missing = home.resolve("missing");

        assertThat(startup.choose(Optional.of(missing)).root()).isEqualTo(missing);
    }

    @Test
    void withoutArgumentTheLastUsedWorkspaceOpens() throws IOException {
        Path last = Files.createDirectories(home.resolve("last"));
        settings.rememberWorkspace(last);

        assertThat(startup.choose(Optional.empty())).isEqualTo(new WorkspaceChoice(last, WorkspaceOrigin.LAST_USED));
    }

    @Test
    void withNothingRememberedTheSampleCopyOpens() throws IOException {
        WorkspaceChoice choice = startup.choose(Optional.empty());

        assertThat(choice).isEqualTo(new WorkspaceChoice(sample.copyFolder(), WorkspaceOrigin.SAMPLE));
        assertThat(sample.copyFolder().resolve(".claude/agents/code-reviewer.md")).exists();
    }

    @Test
    void aLastUsedFolderThatIsGoneFallsBackToTheSample() throws IOException {
        settings.rememberWorkspace(home.resolve("deleted-since"));

        assertThat(startup.choose(Optional.empty()).origin()).isEqualTo(WorkspaceOrigin.SAMPLE);
    }

    @Test
    void theSampleKeepsItsNameWhenItWasTheLastUsed() throws IOException {
        startup.remember(startup.choose(Optional.empty()));

        assertThat(startup.choose(Optional.empty()).origin()).isEqualTo(WorkspaceOrigin.SAMPLE);
        assertThat(startup.chosen(sample.copyFolder()).origin()).isEqualTo(WorkspaceOrigin.SAMPLE);
        assertThat(startup.chosen(home).origin()).isEqualTo(WorkspaceOrigin.CHOSEN);
    }

    @Test
    void aRememberedChoiceOpensNextTime() throws IOException {
        Path picked = Files.createDirectories(home.resolve("picked"));
        startup.remember(startup.chosen(picked));

        assertThat(new StartupWorkspace(new SettingsStore(home.resolve("config")), sample).choose(Optional.empty()))
                .isEqualTo(new WorkspaceChoice(picked, WorkspaceOrigin.LAST_USED));
    }
}
