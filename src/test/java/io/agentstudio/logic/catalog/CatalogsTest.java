package io.agentstudio.logic.catalog;

import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.AgentIdentity;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogsTest {
    private final DialectCatalog claude = Catalogs.load().of(Dialect.CLAUDE_CODE);

    @Test
    void knowsEveryClaudeCodeFieldInDocumentationOrder() {
        assertThat(claude.fields()).extracting(FieldSpec::name).containsExactly("name", "description", "tools",
                "disallowedTools", "model", "permissionMode", "maxTurns", "skills", "mcpServers", "hooks", "memory",
                "background", "effort", "isolation", "color", "initialPrompt");
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
        assertThat(claude.toolPatterns()).singleElement().satisfies(p -> assertThat("mcp__server__tool").matches(p));
        FieldSpec model = claude.field("model").orElseThrow();
        assertThat(model.badValue()).isEqualTo(Severity.ERROR);
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
}
