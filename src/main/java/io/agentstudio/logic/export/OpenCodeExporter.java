package io.agentstudio.logic.export;

import io.agentstudio.logic.graph.SpawnTool;
import io.agentstudio.model.AgentDocument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * OpenCode: {@code .opencode/agents/<id>.md}, where the file name is the agent's id. Tools become {@code permission}
 * entries (OpenCode's {@code tools} map is deprecated for it) that deny what was not granted, delegations
 * {@code permission.task}, models {@code provider/model-id} of a model OpenCode offers, named colours hex values,
 * {@code maxTurns} {@code steps}.
 */
final class OpenCodeExporter extends AgentFileExporter {
    private static final String TARGET = "OpenCode";

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
        TargetFields.positiveWholeNumber(source, "maxTurns").ifPresentOrElse(turns -> {
            draft.value("steps", turns);
            report.translated("maxTurns", "steps: " + turns);
        }, () -> source.field("maxTurns").ifPresent(field -> report.dropped("maxTurns",
                "`" + field.value() + "` is not a whole number above 0 (Claude Code ignores it too)")));
        color(source, report, draft);
        TargetFields.dropTheRest(source, report, TARGET);
        return draft.bytes();
    }

    private void model(AgentDocument source, FieldReport report, MarkdownDraft draft) {
        source.string("model").ifPresent(model -> {
            if (model.strip().equals("inherit")) {
                report.dropped("model", "inherit is OpenCode's behaviour when no model is given");
                return;
            }
            Optional<ClaudeModel> claude = mappings.claudeModel(model);
            Optional<String> offered = claude.flatMap(m -> m.nearestIn(mappings.openCodeModels()));
            if (offered.isEmpty()) {
                report.dropped("model", "`" + model + "` is not a Claude model OpenCode offers"
                        + (claude.isPresent() ? " (" + claude.get().id() + " has no model of its family there)" : ""));
                return;
            }
            String written = mappings.openCodeProvider() + "/" + offered.get();
            draft.text("model", written);
            report.translated("model", written + ClaudeModel.inParentheses(claude.get().explanation(offered.get(), "OpenCode 1.18.33")));
        });
    }

    /**
     * Tools and delegations as OpenCode permissions. OpenCode applies the last rule that matches (and asks when none
     * does), so what was not granted is denied first: an allowlist becomes {@code "*": deny} followed by an allow per
     * key its tools grant, delegations {@code task} with {@code "*": deny} followed by an allow per agent. A denylist
     * alone becomes a deny per key, after OpenCode's own defaults.
     */
    private void permission(SourceAgent agent, AgentDocument source, FieldReport report, MarkdownDraft draft) {
        ClaudeTools tools = ClaudeTools.of(source);
        Map<String, List<String>> table = mappings.openCodePermissions();
        Map<String, Object> permission = new LinkedHashMap<>();
        Optional<List<String>> allowed = tools.effective();
        if (allowed.isPresent()) {
            permission.put("*", "deny");
            List<String> unmapped = new ArrayList<>();
            for (String tool : allowed.get()) {
                List<String> keys = table.get(tool);
                if (keys != null) {
                    keys.forEach(key -> permission.putIfAbsent(key, "allow"));
                } else if (SpawnTool.isToolName(tool)) {
                    if (agent.delegatesTo().isEmpty() && tools.startsAnyAgent()) {
                        permission.putIfAbsent("task", "allow");
                    }
                } else {
                    unmapped.add(tool);
                }
            }
            report.translated("tools", describe(permission) + " (OpenCode applies the last rule that matches, so what the"
                    + " tools do not grant is denied)" + (unmapped.isEmpty() ? ""
                    : "; no OpenCode permission for " + String.join(", ", unmapped) + ", so they are denied"));
        }
        List<String> skills = SkillSelection.preloads(agent.agent());
        if (allowed.isPresent() && !skills.isEmpty() && !"allow".equals(permission.get("skill"))) {
            Map<String, String> skill = new LinkedHashMap<>();
            skill.put("*", "deny");
            skills.forEach(name -> skill.put(name, "allow"));
            permission.put("skill", skill);
            report.translated("skills", "permission.skill allows " + String.join(", ", skills) + " after \"*\": deny, so the"
                    + " agent may load them with the skill tool (OpenCode agents preload no skills; they are shipped to "
                    + skillsFolder() + ")");
        }
        boolean agentDenied = tools.denied().stream().map(ClaudeTools::base).anyMatch(SpawnTool::isToolName);
        if (!tools.denied().isEmpty()) {
            List<String> deniedKeys = new ArrayList<>();
            tools.denied().stream().map(ClaudeTools::base).map(table::get).filter(Objects::nonNull).flatMap(List::stream)
                    .distinct().forEach(key -> {
                        permission.put(key, "deny");
                        deniedKeys.add(key);
                    });
            if (agentDenied) {
                permission.put("task", "deny");
                deniedKeys.add("task");
            }
            if (deniedKeys.isEmpty()) {
                report.dropped("disallowedTools", "none of its tools has an OpenCode permission"
                        + (allowed.isPresent() ? "; the allowlist leaves them out" : ""));
            } else {
                report.translated("disallowedTools", "permission " + String.join(", ", deniedKeys) + ": deny");
            }
        }
        if (!agent.delegatesTo().isEmpty() && !agentDenied) {
            Map<String, String> task = new LinkedHashMap<>();
            task.put("*", "deny");
            agent.delegatesTo().forEach(name -> task.put(name, "allow"));
            permission.put("task", task);
            report.translated("delegations", "permission.task allows " + String.join(", ", agent.delegatesTo())
                    + " after \"*\": deny, so no other agent"
                    + (tools.startsAnyAgent() ? " (Agent without a list may start any agent in Claude Code; the studio allows the"
                    + " agents the file delegates to)" : "") + "; the prose still says when to hand over");
        } else if (!agent.delegatesTo().isEmpty()) {
            report.proseOnly("delegations", String.join(", ", agent.delegatesTo()) + ": its disallowedTools deny Agent");
        }
        if (!permission.isEmpty()) {
            draft.value("permission", permission);
        }
    }

    private static String describe(Map<String, Object> permission) {
        List<String> parts = new ArrayList<>();
        permission.forEach((key, value) -> parts.add((key.equals("*") ? "\"*\"" : key) + ": " + value));
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
