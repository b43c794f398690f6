package io.agentstudio.logic.importer;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gemini CLI agents ({@code .gemini/agents/<name>.md}): Gemini tool names, {@code max_turns}. Gemini subagents cannot
 * call subagents, so there are no delegations to read; a Gemini model does not run in Claude Code.
 */
final class GeminiImporter extends MarkdownImporter {

    @Override
    ImportSource source() {
        return ImportSource.GEMINI;
    }

    @Override
    Map<String, String> whyDropped() {
        return Map.of("kind", "local is what every Claude Code agent is",
                "temperature", "Claude Code agents have no sampling settings",
                "timeout_mins", "Claude Code agents have no time limit",
                "display_name", "Claude Code shows the name",
                "mcp_servers", "Gemini CLI's mcp_servers holds server configurations; add the servers to Claude Code's .mcp.json by hand");
    }

    @Override
    void translate(FoundAgent found, AgentDocument source, FieldReport report, ClaudeAgentDraft draft) {
        if (source.string("kind").filter("remote"::equals).isPresent()) {
            throw new AgentNotImportedException("it is a remote Gemini CLI agent (kind: remote), which runs elsewhere and has no"
                    + " prompt here; Claude Code has no such agent");
        }
        name(source.value("name"), found, report, draft);
        description(source.value("description"), report, draft);
        source.value("tools").ifPresent(tools -> tools(NameList.from(tools), report, draft));
        source.value("model").ifPresent(model -> claudeModel("model", model, report, draft));
        source.value("max_turns").ifPresent(turns -> {
            if ((turns instanceof Integer || turns instanceof Long) && ((Number) turns).longValue() > 0) {
                draft.set("maxTurns", new FieldValue.Int(((Number) turns).longValue()));
                report.translated("max_turns", "maxTurns: " + turns);
            } else {
                report.dropped("max_turns", "`" + turns + "` is not a whole number above 0");
            }
        });
    }

    private void tools(List<String> names, FieldReport report, ClaudeAgentDraft draft) {
        if (names.contains("*")) {
            report.translated("tools", "no tools list: \"*\" is every tool, as Claude Code gives an agent without a list");
            return;
        }
        draft.limitTools();
        List<String> claude = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            List<String> mapped = claudeTools(mappings.geminiTools(), name);
            if (!mapped.isEmpty()) {
                claude.addAll(mapped);
            } else if (name.startsWith("mcp_") && name.indexOf('_', 4) > 4) {
                int split = name.indexOf('_', 4);
                String tool = name.substring(split + 1);
                claude.add("mcp__" + name.substring(4, split) + (tool.equals("*") ? "" : "__" + tool));
            } else {
                unknown.add(name);
            }
        }
        draft.allow(claude);
        report.translated("tools", "tools: " + (claude.isEmpty() ? "none" : String.join(", ", claude.stream().distinct().toList()))
                + (unknown.isEmpty() ? "" : "; no Claude Code tool for " + String.join(", ", unknown)));
    }
}
