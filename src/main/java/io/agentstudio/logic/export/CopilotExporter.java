package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Copilot custom agents: {@code .github/agents/<name>.agent.md}. Tools become Copilot's aliases, delegations
 * {@code agents} and {@code handoffs}, keys Copilot does not read but that hold a plain value go to {@code metadata}.
 * The file is written with LF line ends: CRLF in the frontmatter has broken Copilot's CLI before (FORMATS.md).
 */
final class CopilotExporter extends AgentFileExporter {
    private static final String TARGET = "GitHub Copilot";

    @Override
    public ExportTarget target() {
        return ExportTarget.COPILOT;
    }

    @Override
    String folder() {
        return ".github/agents/";
    }

    @Override
    String extension() {
        return ".agent.md";
    }

    @Override
    void notes(ExporterOutput out) {
        out.note("Copilot agent files are written with LF line ends (CRLF in the frontmatter has broken Copilot's CLI);"
                + " Copilot reads at most 30,000 characters of a prompt. Handoffs get a label and an agent only: FORMATS.md"
                + " lists prompt and send too but not what they must hold, so they are left out.");
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        AgentDocument source = agent.document();
        MarkdownDraft draft = new MarkdownDraft(lfOnly(body(agent)), "\n");
        if (source.text().indexOf('\r') >= 0) {
            report.translated("body", "line ends written as LF");
        }
        name(agent, report, draft);
        description(agent, report, draft);
        tools(agent, source, report, draft);
        model(source, report, draft);
        delegations(agent, report, draft);
        source.field("mcpServers").ifPresent(field -> report.dropped("mcpServers",
                "Copilot's mcp-servers holds server configurations; Claude Code's list names servers configured elsewhere"));
        metadata(source, report, draft);
        TargetFields.dropTheRest(source, report, TARGET);
        return draft.bytes();
    }

    private void tools(SourceAgent agent, AgentDocument source, FieldReport report, MarkdownDraft draft) {
        ClaudeTools tools = ClaudeTools.of(source);
        List<String> unmapped = new ArrayList<>();
        Optional<List<String>> aliases = tools.translate(mcpAware(tools), unmapped);
        if (aliases.isEmpty()) {
            return;
        }
        List<String> written = new ArrayList<>(aliases.get());
        String note = "";
        boolean everyAlias = tools.allowed().isEmpty() && tools.denied().stream().noneMatch(ClaudeTools::isMcp)
                && written.containsAll(mappings.copilotTools().values().stream().flatMap(List::stream).distinct().toList());
        if (everyAlias) {
            written = List.of("*");
            note = " (all tools, as Claude Code leaves the agent every tool its denylist does not name; no Copilot alias"
                    + " stands for only the denied ones)";
        }
        if (!agent.delegatesTo().isEmpty() && !written.contains("agent") && !written.contains("*")) {
            written.add("agent");
            note = "; agent added so the agents it delegates to can be called";
        }
        draft.set("tools", new FieldValue.Items(written, FieldValue.ListForm.FLOW_LIST));
        String detail = "[" + String.join(", ", written) + "]" + note
                + (unmapped.isEmpty() ? "" : "; no Copilot alias for " + String.join(", ", unmapped));
        if (tools.allowed().isPresent()) {
            report.translated("tools", detail);
        }
        if (everyAlias) {
            report.translated("disallowedTools", "Copilot has no denylist: tools " + detail);
        } else if (!tools.denied().isEmpty()) {
            report.translated("disallowedTools", "Copilot has no denylist: the tools list leaves the denied ones out, " + detail);
        }
    }

    /** The alias table plus the agent's own MCP tools, as Copilot's {@code server/tool} or {@code server/*}. */
    private Map<String, List<String>> mcpAware(ClaudeTools tools) {
        Map<String, List<String>> table = new LinkedHashMap<>(mappings.copilotTools());
        tools.allowed().orElse(List.of()).stream().filter(ClaudeTools::isMcp).forEach(tool -> {
            String[] parts = tool.substring("mcp__".length()).split("__", 2);
            String server = parts[0];
            String name = parts.length < 2 || parts[1].isEmpty() ? "*" : parts[1];
            table.put(tool, List.of(server + "/" + name));
        });
        return table;
    }

    /**
     * A Claude model as the id Copilot CLI offers for it (its own list, dotted: claude-opus-5.5), or the nearest one of
     * the same family it offers. VS Code shows display names; which ones cannot be checked here (see mappings.yaml).
     */
    private void model(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        source.string("model").ifPresent(model -> {
            if (model.strip().equals("inherit")) {
                report.dropped("model", "without a model Copilot uses its default, as inherit asks");
                return;
            }
            Optional<ClaudeModel> claude = mappings.claudeModel(model);
            Optional<String> offered = claude.flatMap(m -> m.nearestIn(mappings.copilotModels()));
            if (offered.isEmpty()) {
                report.dropped("model", "`" + model + "` is not a Claude model Copilot CLI 1.0.102 offers; Copilot uses its default model");
                return;
            }
            draft.text("model", offered.get());
            List<String> notes = new ArrayList<>(claude.get().explanation(offered.get(), "Copilot CLI 1.0.102"));
            notes.add("Copilot CLI's id; VS Code shows display names, which cannot be checked here, so the id is the studio's choice");
            report.translated("model", offered.get() + ClaudeModel.inParentheses(notes));
        });
    }

    private static void delegations(SourceAgent agent, FieldReport report, MarkdownDraft draft) {
        if (agent.delegatesTo().isEmpty()) {
            return;
        }
        draft.set("agents", new FieldValue.Items(agent.delegatesTo(), FieldValue.ListForm.FLOW_LIST));
        List<Map<String, Object>> handoffs = new ArrayList<>();
        for (String name : agent.delegatesTo()) {
            Map<String, Object> handoff = new LinkedHashMap<>();
            handoff.put("label", "Hand off to " + name);
            handoff.put("agent", name);
            handoffs.add(handoff);
        }
        draft.value("handoffs", handoffs);
        report.translated("delegations", "agents: [" + String.join(", ", agent.delegatesTo())
                + "] and a handoff (label, agent) to each; the prose still says when to hand over");
    }

    /** Keys Claude Code does not read either, with a plain value, as Copilot metadata (name/value pairs). */
    private static void metadata(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        Map<String, String> metadata = new LinkedHashMap<>();
        for (FrontmatterField field : source.fields()) {
            Object value = field.value();
            if (!TargetFields.isClaudeField(field.key()) && value != null && !(value instanceof Map<?, ?>)) {
                String text = value instanceof Collection<?> ? String.join(", ", NameList.from(value)) : String.valueOf(value);
                metadata.put(field.key(), text);
                report.translated(field.key(), "metadata." + field.key() + (value instanceof Collection<?> ? " (the list as one text)" : ""));
            }
        }
        if (!metadata.isEmpty()) {
            draft.value("metadata", metadata);
        }
    }

    private static String lfOnly(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
