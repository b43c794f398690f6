package io.agentstudio.logic.catalog;

import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.AgentIdentity;
import io.agentstudio.model.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogsTest {
    private final DialectCatalog claude = Catalogs.load().of(Dialect.CLAUDE_CODE);

    @Test
    void knowsEveryFieldOfClaudeCodesFrontmatterSchema() {
        // The keys Claude Code 2.1.332 recognises (its frontmatter schema); any other key it logs as ignored.
        assertThat(claude.fields()).extracting(FieldSpec::name).containsExactly("name", "description", "tools",
                "disallowedTools", "model", "permissionMode", "maxTurns", "skills", "mcpServers", "hooks", "memory",
                "background", "effort", "isolation", "color", "initialPrompt", "autoCompactWindow", "omitClaudeMd", "observer",
                "observerMessage", "observeToolResults", "observeSubagents", "experimental");
    }

    @Test
    void saysWhichVersionOfEachToolItReflects() {
        for (Dialect dialect : Dialect.values()) {
            DialectCatalog.Provenance provenance = Catalogs.load().of(dialect).provenance();
            assertThat(provenance.tool()).as("%s tool", dialect).isNotBlank();
            assertThat(provenance.source()).as("%s source", dialect).isNotBlank();
            assertThat(provenance.checked()).as("%s date", dialect).matches("\\d{4}-\\d{2}(-\\d{2})?");
        }
        assertThat(claude.provenance().tool()).isEqualTo("Claude Code 2.1.332");
        assertThat(Catalogs.load().of(Dialect.GEMINI).provenance().tool()).isEqualTo("Gemini CLI 0.61.0");
    }

    @Test
    void knowsTheCurrentToolsAndModelsAndTheBuiltInAgents() {
        assertThat(claude.tools()).contains("PowerShell", "LSP", "Monitor", "ToolSearch", "SendMessage", "TaskStop", "EnterWorktree")
                .doesNotContain("MultiEdit", "LS");
        assertThat(claude.builtInAgents()).containsExactlyInAnyOrder("claude", "Explore", "general-purpose", "Plan", "statusline-setup");
        FieldSpec model = claude.field("model").orElseThrow();
        assertThat(model.values()).contains("fable", "best", "opusplan", "opus[1m]");
        assertThat(List.of("claude-opus-5", "claude-sonnet-4-5-20250929", "claude-opus-4-1@20250805", "claude-opus-5[1m]",
                "us.anthropic.claude-sonnet-4-5-20250929-v1:0")).allSatisfy(id -> assertThat(id).matches(model.pattern()));
        DialectCatalog gemini = Catalogs.load().of(Dialect.GEMINI);
        assertThat(gemini.tools()).contains("grep_search").doesNotContain("save_memory");
        assertThat(gemini.severityOf("key-unknown")).contains(Severity.ERROR);
    }

    @Test
    void describesTypesEnumsAndListForms() {
        assertThat(claude.field("name").orElseThrow().required()).isTrue();
        assertThat(claude.field("maxTurns").orElseThrow().type()).isEqualTo(FieldType.INTEGER);
        assertThat(claude.field("color").orElseThrow().values()).contains("blue", "cyan").hasSize(8);
        assertThat(claude.field("tools").orElseThrow().listForm()).isEqualTo(FieldValue.ListForm.COMMA_STRING);
        assertThat(claude.field("permissionMode").orElseThrow().help()).isNotBlank();
        assertThat(claude.tools()).contains("Read", "Agent", "Task", "AskUserQuestion");
    }

    @Test
    void describesWhatValidationChecksAsData() {
        assertThat(claude.namePattern()).isEqualTo("^[a-z0-9]+(-[a-z0-9]+)*$");
        assertThat(claude.toolsMustResolve()).isTrue();
        assertThat(claude.toolPatterns()).anySatisfy(p -> assertThat("mcp__server__tool").matches(p))
                .anySatisfy(p -> assertThat("mcp__*").matches(p));
        FieldSpec model = claude.field("model").orElseThrow();
        // Claude Code loads an agent with any model; one it cannot use fails when the agent runs.
        assertThat(model.badValue()).isEqualTo(Severity.WARNING);
        assertThat("claude-sonnet-4-5-20250929").matches(model.pattern());
        assertThat(claude.field("maxTurns").orElseThrow().min()).isEqualTo(1.0);
        assertThat(claude.field("permissionMode").orElseThrow().alsoAccepted()).containsExactly("manual");
        assertThat(claude.field("tools").orElseThrow().wrongKeys()).contains("Tools", "allowed-tools");
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void givesEveryDialectACatalogThatRequiresADescription(Dialect dialect) {
        DialectCatalog catalog = Catalogs.load().of(dialect);

        assertThat(catalog.dialect()).isEqualTo(dialect);
        assertThat(catalog.field("description").orElseThrow().required()).isTrue();
    }

    @Test
    void knowsTheOtherDialectsFieldsToolsAndIdentity() {
        Catalogs catalogs = Catalogs.load();

        assertThat(catalogs.of(Dialect.OPENCODE).identity()).isEqualTo(AgentIdentity.FILE_NAME);
        assertThat(catalogs.of(Dialect.OPENCODE).knows("name")).isFalse();
        assertThat(catalogs.of(Dialect.OPENCODE).field("mode").orElseThrow().values()).containsExactly("primary", "subagent", "all");
        assertThat(catalogs.of(Dialect.COPILOT).bodyLimit()).isEqualTo(30_000);
        assertThat(catalogs.of(Dialect.COPILOT).toolNamesIgnoreCase()).isTrue();
        assertThat(catalogs.of(Dialect.GEMINI).tools()).contains("read_file", "run_shell_command", "google_web_search");
        assertThat(catalogs.of(Dialect.GEMINI).field("temperature").orElseThrow().type()).isEqualTo(FieldType.NUMBER);
        assertThat("code_reviewer").matches(catalogs.of(Dialect.GEMINI).namePattern());
        assertThat(catalogs.of(Dialect.CURSOR).field("model").orElseThrow().values()).containsExactly("inherit", "fast");
        assertThat(catalogs.of(Dialect.CURSOR).field("readonly").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
    }

    @Test
    void describesClaudeCodesSkillFieldsWithHelpForTheForm() {
        DialectCatalog skills = Catalogs.load().skillsOf(Dialect.CLAUDE_CODE).orElseThrow();

        assertThat(skills.fields()).extracting(FieldSpec::name).containsExactly("name", "description", "when_to_use",
                "argument-hint", "arguments", "disable-model-invocation", "user-invocable", "allowed-tools", "model", "effort",
                "context", "agent", "hooks", "paths", "shell", "license", "compatibility", "metadata");
        assertThat(skills.fields()).allSatisfy(field -> assertThat(field.help()).as(field.name()).isNotBlank().hasSizeLessThan(260));
        assertThat(skills.field("context").orElseThrow().values()).containsExactly("fork");
        assertThat(skills.field("disable-model-invocation").orElseThrow().type()).isEqualTo(FieldType.BOOLEAN);
        assertThat(skills.field("when_to_use").orElseThrow().wrongKeys()).contains("when-to-use");
        assertThat(skills.builtInAgents()).contains("Explore", "Plan", "general-purpose");
        assertThat(skills.provenance().tool()).isEqualTo(claude.provenance().tool());
        assertThat(Catalogs.load().skillsOf(Dialect.GEMINI)).isEmpty();
    }
}
