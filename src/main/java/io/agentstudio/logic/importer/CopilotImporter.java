package io.agentstudio.logic.importer;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GitHub Copilot custom agents ({@code .github/agents/<name>.agent.md}): tool aliases, {@code server/tool} MCP tools,
 * {@code agents} and {@code handoffs} for the agents it hands work to, {@code metadata} for keys of its own.
 */
final class CopilotImporter extends MarkdownImporter {
    private static final DialectCatalog CLAUDE = Catalogs.load().of(Dialect.CLAUDE_CODE);

    @Override
    ImportSource source() {
        return ImportSource.COPILOT;
    }

    @Override
    Map<String, String> whyDropped() {
        return Map.of("target", "Claude Code agents run in Claude Code only",
                "mcp-servers", "Copilot's mcp-servers holds server configurations; add the servers to Claude Code's .mcp.json by hand",
                "handoffs", "handoffs are VS Code buttons; Claude Code has none",
                "disable-model-invocation", "Claude Code agents have no such switch",
                "user-invocable", "Claude Code agents have no such switch",
                "argument-hint", "Claude Code agents take no arguments",
                "hooks", "Copilot's hooks are not Claude Code's hooks",
                "infer", "retired in Copilot; Claude Code delegates by the description");
    }

    @Override
    void translate(FoundAgent found, AgentDocument source, FieldReport report, ClaudeAgentDraft draft) {
        name(source.value("name"), found, report, draft);
        description(source.value("description"), report, draft);
        source.value("tools").ifPresent(tools -> tools(NameList.from(tools), report, draft));
        source.value("model").ifPresent(model -> {
            Object first = model instanceof List<?> list && !list.isEmpty() ? list.get(0) : model;
            claudeModel("model", first, report, draft);
        });
        Map<String, String> delegations = new LinkedHashMap<>();
        source.value("agents").ifPresent(agents -> NameList.from(agents).stream().filter(a -> !a.equals("*"))
                .forEach(agent -> delegations.putIfAbsent(ClaudeNames.of(agent), agent)));
        source.value("handoffs").filter(List.class::isInstance).ifPresent(handoffs -> {
            for (Object handoff : (List<?>) handoffs) {
                if (handoff instanceof Map<?, ?> map && map.get("agent") instanceof String agent) {
                    delegations.putIfAbsent(ClaudeNames.of(agent), agent);
                }
            }
            report.dropped("handoffs", "the agents they hand to are read as delegations; labels and prompts are VS Code buttons,"
                    + " which Claude Code has none of");
        });
        if (source.value("agents").isPresent()) {
            report.translated("agents", delegations.isEmpty() ? "no agents named" : String.join(", ", delegations.keySet())
                    + " (see delegations)");
        }
        draft.delegations(delegations, "agents and handoffs", report);
        source.value("metadata").filter(Map.class::isInstance).ifPresent(metadata -> metadata((Map<?, ?>) metadata, report, draft));
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
            List<String> mapped = claudeTools(mappings.copilotTools(), name);
            int slash = name.indexOf('/');
            if (!mapped.isEmpty()) {
                claude.addAll(mapped);
            } else if (slash > 0) {
                String tool = name.substring(slash + 1);
                claude.add("mcp__" + name.substring(0, slash) + (tool.equals("*") ? "" : "__" + tool));
            } else {
                unknown.add(name);
            }
        }
        draft.allow(claude);
        report.translated("tools", "tools: " + (claude.isEmpty() ? "none" : String.join(", ", claude.stream().distinct().toList()))
                + (unknown.isEmpty() ? "" : "; no Claude Code tool for " + String.join(", ", unknown)));
    }

    /** Copilot's metadata as the top-level keys the export put there; a Claude Code field's name is not taken. */
    private static void metadata(Map<?, ?> metadata, FieldReport report, ClaudeAgentDraft draft) {
        List<String> restored = new ArrayList<>();
        List<String> clashing = new ArrayList<>();
        for (Map.Entry<?, ?> entry : metadata.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (CLAUDE.knows(key) || !(entry.getValue() instanceof String || entry.getValue() instanceof Number
                    || entry.getValue() instanceof Boolean)) {
                clashing.add(key);
            } else {
                draft.set(key, new FieldValue.Text(String.valueOf(entry.getValue())));
                restored.add(key);
            }
        }
        String detail = (restored.isEmpty() ? "" : "as the keys " + String.join(", ", restored) + " (Claude Code does not read"
                + " them; they keep what they say)") + (clashing.isEmpty() ? "" : (restored.isEmpty() ? "" : "; ") + "not "
                + String.join(", ", clashing) + ": a Claude Code field's name or not a plain value");
        if (restored.isEmpty()) {
            report.dropped("metadata", detail);
        } else {
            report.translated("metadata", detail);
        }
    }
}
