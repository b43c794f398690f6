package io.agentstudio.logic.enablement;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An agent turned off and on again, in each tool's own way, on real files. */
class AgentSwitchTest {
    private static final String AGENT = "---\nname: reviewer\ndescription: Reviews code\n---\nReview.\n";

    @TempDir
    Path root;

    private final AgentSwitch agentSwitch = new AgentSwitch();

    private WorkspaceAgent agent(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return WorkspaceLoader.load(root).agents().stream().filter(a -> a.path().equals(file.toAbsolutePath().normalize()))
                .findFirst().orElseThrow();
    }

    private Path settings() {
        return root.resolve(".claude/settings.json");
    }

    @Test
    void claudeCodeAgentGoesOffThroughTheProjectSettingsAndTheFileGoesAgainWhenItIsOn() throws Exception {
        WorkspaceAgent reviewer = agent(".claude/agents/reviewer.md", AGENT);

        AgentSwitch.Switched off = agentSwitch.disable(reviewer);

        assertThat(off.written()).isTrue();
        assertThat(ClaudeSettingsText.parse(Files.readString(settings())).denyEntries()).containsExactly("Agent(reviewer)");
        assertThat(agentSwitch.status(reviewer).off()).isTrue();
        assertThat(agentSwitch.status(reviewer).reason()).contains("\"Agent(reviewer)\"", ".claude/settings.json");
        assertThat(agentSwitch.disable(reviewer).written()).isFalse();

        agentSwitch.enable(reviewer);

        assertThat(settings()).doesNotExist();
        assertThat(agentSwitch.status(reviewer).off()).isFalse();
    }

    @Test
    void existingSettingsKeepEveryOtherByte() throws Exception {
        WorkspaceAgent reviewer = agent(".claude/agents/team/reviewer.md", AGENT);
        byte[] original = "{\r\n  \"model\": \"opus\",\r\n  \"permissions\": {\r\n    \"allow\": [\"Read\"],\r\n    \"deny\": []\r\n  }\r\n}\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(settings(), original);

        agentSwitch.disable(reviewer);
        assertThat(Files.readString(settings())).contains("\"deny\": [\"Agent(reviewer)\"]").contains("\"model\": \"opus\"");
        agentSwitch.enable(reviewer);

        assertThat(Files.readAllBytes(settings())).isEqualTo(original);
    }

    @Test
    void settingsThatAreNotJsonAreRefusedAndLeftAlone() throws Exception {
        WorkspaceAgent reviewer = agent(".claude/agents/reviewer.md", AGENT);
        byte[] broken = "{\n  \"permissions\": {\"deny\": [\"Bash\",]}\n}\n".getBytes(StandardCharsets.UTF_8);
        Files.write(settings(), broken);

        assertThatThrownBy(() -> agentSwitch.disable(reviewer)).isInstanceOf(SwitchRefusedException.class)
                .hasMessageStartingWith(".claude/settings.json is not valid JSON (line 2").hasMessageEndingWith("nothing was written.");
        assertThat(Files.readAllBytes(settings())).isEqualTo(broken);
    }

    @Test
    void aChangeOnDiskAfterTheReadIsNotOverwritten() throws Exception {
        Files.createDirectories(settings().getParent());
        Files.writeString(settings(), "{}");
        ClaudeSettingsFile.Snapshot read = ClaudeSettingsFile.read(settings());
        Files.writeString(settings(), "{\"model\": \"opus\"}");

        assertThatThrownBy(() -> ClaudeSettingsFile.write(read, Optional.of("{\"permissions\": {\"deny\": [\"Agent(x)\"]}}")))
                .isInstanceOf(SettingsRefusedException.class).hasMessageContaining("changed by another program");
        assertThat(Files.readString(settings())).isEqualTo("{\"model\": \"opus\"}");
    }

    @Test
    void theOldTaskSpellingAndTheLocalSettingsCountAsOff() throws Exception {
        WorkspaceAgent reviewer = agent(".claude/agents/reviewer.md", AGENT);
        Files.writeString(root.resolve(".claude/settings.local.json"), "{\"permissions\": {\"deny\": [\"Task(reviewer)\"]}}");

        assertThat(agentSwitch.status(reviewer).reason()).contains("Task(reviewer)", "settings.local.json");
        assertThatThrownBy(() -> agentSwitch.enable(reviewer)).isInstanceOf(SwitchRefusedException.class)
                .hasMessageContaining("remove that entry there");
        assertThat(settings()).doesNotExist();
    }

    @Test
    void openCodeAgentGetsOneDisableLineAndLosesItAgain() throws Exception {
        String text = "---\r\ndescription: Reviews code\r\nmode: subagent\r\n---\r\nReview.\r\n";
        WorkspaceAgent reviewer = agent(".opencode/agents/reviewer.md", text);

        AgentSwitch.Switched off = agentSwitch.disable(reviewer);

        assertThat(Files.readString(reviewer.path())).isEqualTo("---\r\ndescription: Reviews code\r\nmode: subagent\r\ndisable: true\r\n---\r\nReview.\r\n");
        assertThat(agentSwitch.status(off.agent()).off()).isTrue();
        agentSwitch.enable(off.agent());
        assertThat(Files.readString(reviewer.path())).isEqualTo(text);
    }

    @Test
    void openCodeV2SpellingIsReadAndKept() throws Exception {
        WorkspaceAgent reviewer = agent(".opencode/agents/reviewer.md", "---\ndescription: x\ndisabled: false\n---\n");

        WorkspaceAgent off = agentSwitch.disable(reviewer).agent();

        assertThat(Files.readString(reviewer.path())).isEqualTo("---\ndescription: x\ndisabled: true\n---\n");
        assertThat(agentSwitch.status(off).reason()).contains("disabled: true");
    }

    @Test
    void anOpenCodeFrontmatterThatDoesNotParseIsRefusedUntouched() throws Exception {
        String broken = "---\ndescription: [unclosed\n---\nReview.\n";
        WorkspaceAgent reviewer = agent(".opencode/agents/reviewer.md", broken);

        assertThatThrownBy(() -> agentSwitch.disable(reviewer)).isInstanceOf(SwitchRefusedException.class)
                .hasMessageStartingWith(".opencode/agents/reviewer.md: ");
        assertThat(Files.readString(reviewer.path())).isEqualTo(broken);
    }

    @Test
    void toolsWithoutASwitchSaySoAndNothingIsWritten() throws Exception {
        WorkspaceAgent gemini = agent(".gemini/agents/reviewer.md", AGENT);
        WorkspaceAgent copilot = agent(".github/agents/reviewer.agent.md", AGENT);
        WorkspaceAgent cursor = agent(".cursor/agents/reviewer.md", AGENT);

        assertThat(agentSwitch.whyNoSwitch(gemini)).contains(
                "Gemini CLI has no way to turn one agent off; move it out of .gemini/agents or delete it.");
        assertThat(agentSwitch.whyNoSwitch(copilot)).hasValueSatisfying(why -> assertThat(why).startsWith("GitHub Copilot has no way"));
        assertThat(agentSwitch.whyNoSwitch(cursor)).hasValueSatisfying(why -> assertThat(why).startsWith("Cursor has no way"));
        assertThatThrownBy(() -> agentSwitch.disable(gemini)).isInstanceOf(SwitchRefusedException.class);
        assertThat(Files.readString(gemini.path())).isEqualTo(AGENT);
        assertThat(root.resolve(".gemini/settings.json")).doesNotExist();
    }
}
