package io.agentstudio.logic.export;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gemini CLI: {@code .gemini/agents/<name>.md}. Tools are translated by FORMATS.md's Claude-to-Gemini table (and the
 * studio's additions for tools it lacks); a Claude model does not run there, and Gemini subagents cannot call other
 * subagents, so delegations stay in the prose.
 */
final class GeminiExporter extends AgentFileExporter {
    private static final String TARGET = "Gemini CLI";

    @Override
    public ExportTarget target() {
        return ExportTarget.GEMINI;
    }

    @Override
    String folder() {
        return ".gemini/agents/";
    }

    @Override
    String extension() {
        return ".md";
    }

    @Override
    void notes(ExporterOutput out) {
        out.note("Gemini CLI subagents cannot call other subagents: delegations stay in the prose only. `kind` is not"
                + " written (FORMATS.md gives local and remote but no default), nor temperature or timeout_mins, which Claude"
                + " Code agents do not have.");
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        AgentDocument source = agent.document();
        MarkdownDraft draft = new MarkdownDraft(body(agent), lineEnding(agent));
        name(agent, report, draft);
        description(agent, report, draft);
        tools(source, report, draft);
        source.string("model").ifPresent(model -> report.dropped("model",
                "a Claude model does not run in Gemini CLI; the agent uses Gemini CLI's default model"));
        source.value("maxTurns").filter(Number.class::isInstance).ifPresent(turns -> {
            draft.value("max_turns", turns);
            report.translated("maxTurns", "max_turns: " + turns);
        });
        delegationsInProse(agent, report, "Gemini CLI subagents cannot call other subagents");
        TargetFields.dropTheRest(source, report, TARGET);
        return draft.bytes();
    }

    private void tools(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        ClaudeTools tools = ClaudeTools.of(source);
        List<String> unmapped = new ArrayList<>();
        Map<String, List<String>> table = mappings.allGeminiTools();
        Optional<List<String>> names = tools.translate(table, unmapped);
        if (names.isEmpty()) {
            return;
        }
        String why = unmapped.isEmpty() ? "" : "; no Gemini CLI tool for " + String.join(", ", unmapped)
                + (unmapped.stream().anyMatch(t -> t.equals("Agent") || t.equals("Task")) ? " (subagents cannot call subagents there)" : "")
                + (unmapped.stream().anyMatch(ClaudeTools::isMcp) ? " (FORMATS.md gives no form for one MCP tool's name)" : "");
        List<String> studioChosen = tools.effective().orElse(List.of()).stream()
                .filter(t -> !mappings.geminiTools().containsKey(t) && mappings.moreGeminiTools().containsKey(t)).toList();
        String chosen = studioChosen.isEmpty() ? "" : "; the names for " + String.join(", ", studioChosen) + " are the studio's choice";
        if (names.get().isEmpty()) {
            report.dropped(tools.allowed().isPresent() ? "tools" : "disallowedTools",
                    "none of the tools has a Gemini CLI name, so the agent gets Gemini CLI's default tools" + why);
            return;
        }
        draft.set("tools", new FieldValue.Items(names.get(), FieldValue.ListForm.BLOCK_LIST));
        String detail = String.join(", ", names.get()) + why + chosen;
        if (tools.allowed().isPresent()) {
            report.translated("tools", detail);
        }
        if (!tools.denied().isEmpty()) {
            report.translated("disallowedTools", "Gemini CLI has no denylist: the tools list leaves the denied ones out: " + detail);
        }
    }
}
