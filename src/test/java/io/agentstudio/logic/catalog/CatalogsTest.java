package io.agentstudio.logic.catalog;

import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import org.junit.jupiter.api.Test;

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
    void givesDialectsWithoutACatalogFileAnEmptyOne() {
        DialectCatalog cursor = Catalogs.load().of(Dialect.CURSOR);

        assertThat(cursor.fields()).isEmpty();
        assertThat(cursor.knows("name")).isFalse();
    }
}
