package io.agentstudio.logic.export;

import io.agentstudio.model.AgentDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * OpenCode: {@code .opencode/agents/<id>.md}, where the file name is the agent's id. Tools become {@code permission}
 * entries (OpenCode's {@code tools} map is deprecated for it), delegations {@code permission.task}, models
 * {@code provider/model-id}, named colours hex values, {@code maxTurns} {@code steps}.
 */
final class OpenCodeExporter extends AgentFileExporter {
    private static final String TARGET = "OpenCode";
    private static final Set<String> ALWAYS_GRANTED = Set.of("Read", "Glob", "Grep", "LS");

    @Override
    public ExportTarget target() {
        return ExportTarget.OPENCODE;
    }

    @Override
    String folder() {
        return ".opencode/agents/";
    }

    @Override
    String extension() {
        return ".md";
    }

    @Override
    void notes(ExporterOutput out) {
        out.note("OpenCode takes an agent's id from its file name, so `name` becomes the file name; every exported agent"
                + " is a subagent (mode: subagent).");
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        AgentDocument source = agent.document();
        MarkdownDraft draft = new MarkdownDraft(body(agent), lineEnding(agent));
        if (source.string("name").filter(n -> !n.isBlank()).isPresent()) {
            report.translated("name", "the file name " + agent.name() + ".md, which is the agent's id in OpenCode");
        }
        description(agent, report, draft);
        draft.text("mode", "subagent");
        report.added("mode", "subagent: a Claude Code agent is started by another agent (FORMATS.md gives no default to rely on)");
        model(source, report, draft);
        permission(agent, source, report, draft);
        source.value("maxTurns").filter(Number.class::isInstance).ifPresent(turns -> {
            draft.value("steps", turns);
            report.translated("maxTurns", "steps: " + turns);
        });
        color(source, report, draft);
        TargetFields.dropTheRest(source, report, TARGET);
        return draft.bytes();
    }

    private void model(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        source.string("model").ifPresent(model -> {
            if (model.equals("inherit")) {
                report.dropped("model", "inherit is OpenCode's behaviour when no model is given");
                return;
            }
            Optional<String> id = mappings.claudeModelId(model);
            if (id.isEmpty()) {
                report.dropped("model", "`" + model + "` is not a Claude model the studio can name for OpenCode");
                return;
            }
            String written = mappings.openCodeProvider() + "/" + id.get();
            draft.text("model", written);
            report.translated("model", written + (model.equals(id.get()) ? "" : " (the alias as a model id is the studio's choice)"));
        });
    }

    /** Tools and delegations as OpenCode permissions: allow or deny per key, and the subagents it may call. */
    private void permission(SourceAgent agent, AgentDocument source, FieldReport report, MarkdownDraft draft) {
        ClaudeTools tools = ClaudeTools.of(source);
        Map<String, Object> permission = new LinkedHashMap<>();
        Set<String> keys = new LinkedHashSet<>(mappings.openCodePermissions().values());
        tools.effective().ifPresent(allowed -> {
            for (String key : keys) {
                boolean granted = allowed.stream().anyMatch(t -> key.equals(mappings.openCodePermissions().get(t)));
                permission.put(key, granted ? "allow" : "deny");
            }
            List<String> unmapped = allowed.stream().filter(t -> !mappings.openCodePermissions().containsKey(t)
                    && !ALWAYS_GRANTED.contains(t) && !t.equals("Agent") && !t.equals("Task")).toList();
            report.translated("tools", describe(permission) + (unmapped.isEmpty() ? ""
                    : "; no OpenCode permission for " + String.join(", ", unmapped) + "; reading and searching are always allowed"));
        });
        if (!tools.denied().isEmpty()) {
            List<String> deniedKeys = new ArrayList<>();
            tools.denied().stream().map(ClaudeTools::base).map(mappings.openCodePermissions()::get)
                    .filter(k -> k != null).distinct().forEach(k -> {
                        permission.put(k, "deny");
                        deniedKeys.add(k);
                    });
            if (deniedKeys.isEmpty()) {
                report.dropped("disallowedTools", "none of its tools has an OpenCode permission");
            } else {
                report.translated("disallowedTools", "permission " + String.join(", ", deniedKeys) + ": deny");
            }
        }
        if (!agent.delegatesTo().isEmpty()) {
            Map<String, String> task = new LinkedHashMap<>();
            agent.delegatesTo().forEach(name -> task.put(name, "allow"));
            permission.put("task", task);
            report.translated("delegations", "permission.task allows " + String.join(", ", agent.delegatesTo())
                    + "; the prose still says when to hand over");
        }
        if (!permission.isEmpty()) {
            draft.value("permission", permission);
        }
    }

    private static String describe(Map<String, Object> permission) {
        List<String> parts = new ArrayList<>();
        permission.forEach((key, value) -> parts.add(key + ": " + value));
        return "permission " + String.join(", ", parts);
    }

    private void color(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        source.string("color").ifPresent(color -> {
            String hex = mappings.openCodeColors().get(color);
            if (hex == null) {
                report.dropped("color", "`" + color + "` is not one of Claude Code's colours");
            } else {
                draft.text("color", hex);
                report.translated("color", hex + " (the hex value for " + color + " is the studio's choice)");
            }
        });
    }
}
