package io.agentstudio.gui.agentlist;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The list's on/off switch without a JavaFX toolkit: what it writes, hands on, says and refuses. */
class AgentOnOffTest extends AgentActionsFixture {
    private final List<Set<Path>> written = new ArrayList<>();
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        Files.createDirectories(root.resolve(".gemini/agents"));
        Files.writeString(root.resolve(".gemini/agents/helper.md"), "---\nname: helper\ndescription: Helps.\n---\nHelp.\n");
        workspace("alpha", "---\nname: alpha\ndescription: The alpha\n---\nBody\n");
        actions.setOnFilesWritten(written::add);
        actions.setOnNotice(notices::add);
    }

    @Test
    void turningOffWritesTheProjectSettingsInTheBackgroundAndHandsTheFileOn() throws IOException {
        actions.toggleOff(row("alpha"));
        assertThat(root.resolve(".claude/settings.json")).doesNotExist();

        finishWork();

        assertThat(Files.readString(root.resolve(".claude/settings.json"))).contains("\"Agent(alpha)\"");
        assertThat(written).containsExactly(Set.of(root.resolve(".claude/settings.json")));
        assertThat(notices).singleElement().asString().startsWith("Turned alpha off");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anAgentWhoseToolHasNoSwitchSaysSoAndNothingIsWritten() {
        assertThat(actions.whyNoSwitch(row("helper"))).contains(
                "Gemini CLI has no way to turn one agent off; move it out of .gemini/agents or delete it.");
        assertThat(actions.whyNoSwitch(row("alpha"))).isEmpty();

        actions.toggleOff(row("helper"));
        finishWork();

        assertThat(dialogs.errors).singleElement().asString().startsWith("Gemini CLI has no way");
        assertThat(written).isEmpty();
    }

    @Test
    void settingsThatAreNotJsonAreReportedNotOverwritten() throws IOException {
        Files.writeString(root.resolve(".claude/settings.json"), "{ broken");

        actions.toggleOff(row("alpha"));
        finishWork();

        assertThat(dialogs.errors).singleElement().asString().startsWith(".claude/settings.json is not valid JSON");
        assertThat(Files.readString(root.resolve(".claude/settings.json"))).isEqualTo("{ broken");
        assertThat(written).isEmpty();
    }
}
