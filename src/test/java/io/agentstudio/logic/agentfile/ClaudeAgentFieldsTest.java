package io.agentstudio.logic.agentfile;

import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClaudeAgentFieldsTest {

    @Test
    void readsTheTypedClaudeCodeFields() {
        ClaudeAgentFields fields = new ClaudeAgentFields(AgentFileParser.parse("""
                ---
                name: planner
                description: Plans work
                tools: Read, Agent(coder)
                disallowedTools: [Bash]
                model: opus
                permissionMode: plan
                maxTurns: 8
                skills:
                  - estimating
                mcpServers:
                  - github
                hooks: {}
                memory: project
                background: false
                effort: high
                isolation: worktree
                color: cyan
                initialPrompt: Start planning
                version: 2
                metadata:
                  team: core
                ---
                """));

        assertThat(fields.name()).contains("planner");
        assertThat(fields.tools()).contains(List.of("Read", "Agent(coder)"));
        assertThat(fields.disallowedTools()).contains(List.of("Bash"));
        assertThat(fields.model()).contains("opus");
        assertThat(fields.permissionMode()).contains("plan");
        assertThat(fields.maxTurns()).contains(8);
        assertThat(fields.skills()).containsExactly("estimating");
        assertThat(fields.mcpServers()).contains(List.of("github"));
        assertThat(fields.hooks()).contains(Map.of());
        assertThat(fields.memory()).contains("project");
        assertThat(fields.background()).contains(false);
        assertThat(fields.effort()).contains("high");
        assertThat(fields.isolation()).contains("worktree");
        assertThat(fields.color()).contains("cyan");
        assertThat(fields.initialPrompt()).contains("Start planning");
        assertThat(fields.otherFields(Catalogs.load().of(Dialect.CLAUDE_CODE)))
                .extracting(FrontmatterField::key, FrontmatterField::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("version", 2), org.assertj.core.groups.Tuple.tuple("metadata", Map.of("team", "core")));
    }

    @Test
    void readsAbsentToolsAsInheritingAndWrongTypesAsAbsent() {
        ClaudeAgentFields fields = new ClaudeAgentFields(AgentFileParser.parse("---\nname: a\nmaxTurns: ten\nbackground: maybe\n---\n"));

        assertThat(fields.tools()).isEmpty();
        assertThat(fields.maxTurns()).isEmpty();
        assertThat(fields.background()).isEmpty();
    }

    @Test
    void readsTypedInputAsTheFieldsType() {
        var catalog = Catalogs.load().of(Dialect.CLAUDE_CODE);
        FieldSpec tools = catalog.field("tools").orElseThrow();

        assertThat(FieldInput.read("tools", tools, "Read, Agent(a, b)"))
                .isEqualTo(new FieldValue.Items(List.of("Read", "Agent(a, b)"), FieldValue.ListForm.COMMA_STRING));
        assertThat(FieldInput.read("maxTurns", catalog.field("maxTurns").orElseThrow(), " 5 ")).isEqualTo(new FieldValue.Int(5));
        assertThat(FieldInput.read("background", catalog.field("background").orElseThrow(), "TRUE")).isEqualTo(new FieldValue.Bool(true));
        assertThat(FieldInput.read("version", null, "1.10")).isEqualTo(new FieldValue.Raw("1.10"));
        assertThat(FieldInput.read("motto", null, "a: b")).isEqualTo(new FieldValue.Text("a: b"));
        assertThatThrownBy(() -> FieldInput.read("background", catalog.field("background").orElseThrow(), "yes"))
                .hasMessage("background takes true or false, not 'yes'");
    }

    @Test
    void readsANumberAsTypedSoItIsWrittenAsTyped() {
        FieldSpec temperature = Catalogs.load().of(Dialect.GEMINI).field("temperature").orElseThrow();

        assertThat(FieldInput.read("temperature", temperature, " 0.70 ")).isEqualTo(new FieldValue.Raw("0.70"));
        assertThatThrownBy(() -> FieldInput.read("temperature", temperature, "1e3"))
                .hasMessage("temperature takes a number, not '1e3'");
    }
}
