package io.agentstudio.logic.importer;

import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.util.Map;

/**
 * Cursor subagents ({@code .cursor/agents/<name>.md}): no tool list, but {@code readonly: true} for an agent that must
 * not change files, and {@code is_background}.
 */
final class CursorImporter extends MarkdownImporter {

    @Override
    ImportSource source() {
        return ImportSource.CURSOR;
    }

    @Override
    void translate(FoundAgent found, AgentDocument source, FieldReport report, ClaudeAgentDraft draft) {
        name(source.value("name"), found, report, draft);
        description(source.value("description"), report, draft);
        source.value("model").ifPresent(model -> {
            if ("fast".equals(model)) {
                report.dropped("model", "Cursor's fast model is not a Claude model; the agent uses the main conversation's");
            } else {
                claudeModel("model", model, report, draft);
            }
        });
        source.value("readonly").ifPresent(readonly -> {
            if (Boolean.TRUE.equals(readonly)) {
                draft.allow(mappings.readOnlyTools());
                report.translated("readonly", "tools: " + String.join(", ", mappings.readOnlyTools()) + " (tools that read and do"
                        + " not change files or run commands: the studio's choice)");
            } else {
                report.dropped("readonly", "`" + readonly + "`: an agent may change files in Claude Code unless its tools say not");
            }
        });
        source.value("is_background").filter(Boolean.class::isInstance).ifPresent(background -> {
            draft.set("background", new FieldValue.Bool((Boolean) background));
            report.translated("is_background", "background: " + background);
        });
    }

    @Override
    Map<String, String> whyDropped() {
        return Map.of("is_background", "not true or false");
    }
}
