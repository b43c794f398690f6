package io.agentstudio.logic.importer;

import io.agentstudio.logic.export.ExportMappings;
import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * OpenCode agents: the id is the file's path below the agents folder ({@code team/reviewer}), tools are
 * {@code permission} rules (the last that matches wins, so {@code "*": deny} first makes an allowlist) or the older
 * {@code tools} map of booleans, {@code permission.task} names the agents it may call, {@code steps} is
 * {@code maxTurns}, colours are hex.
 */
final class OpenCodeImporter extends MarkdownImporter {
    private static final String TASK = "task";
    private final Map<String, String> colors = ExportMappings.load().openCodeColors();

    @Override
    ImportSource source() {
        return ImportSource.OPENCODE;
    }

    @Override
    String note() {
        return "OpenCode takes an agent's id from its path (team/reviewer); the Claude Code name is that id with each run of"
                + " other characters as a hyphen (team-reviewer), and the files are written side by side.";
    }

    @Override
    Map<String, String> whyDropped() {
        return Map.of("mode", "Claude Code agents are subagents; a primary agent runs as the main session with claude --agent",
                "temperature", "Claude Code agents have no sampling settings",
                "top_p", "Claude Code agents have no sampling settings",
                "hidden", "Claude Code lists every agent",
                "disable", "Claude Code turns an agent off in .claude/settings.json (permissions.deny), which an import does not write",
                "disabled", "Claude Code turns an agent off in .claude/settings.json (permissions.deny), which an import does not write",
                "name", "OpenCode takes the id from the file's path, not from a name field");
    }

    @Override
    void translate(FoundAgent found, AgentDocument source, FieldReport report, ClaudeAgentDraft draft) {
        name(Optional.empty(), found, report, draft);
        description(source.value("description"), report, draft);
        source.value("model").ifPresent(model -> claudeModel("model", model, report, draft));
        Map<String, String> delegations = new LinkedHashMap<>();
        source.value("permission").ifPresent(permission -> permission("permission", permission, report, draft, delegations));
        source.value("permissions").ifPresent(rules -> permission("permissions", v2Rules(rules), report, draft, delegations));
        source.value("tools").ifPresent(tools -> toolsMap(tools, report, draft));
        draft.delegations(delegations, "permission.task", report);
        source.value("steps").or(() -> source.value("maxSteps")).ifPresent(steps -> {
            String key = source.value("steps").isPresent() ? "steps" : "maxSteps";
            if (steps instanceof Integer || steps instanceof Long) {
                long turns = ((Number) steps).longValue();
                if (turns > 0) {
                    draft.set("maxTurns", new FieldValue.Int(turns));
                    report.translated(key, "maxTurns: " + turns);
                    return;
                }
            }
            report.dropped(key, "`" + steps + "` is not a whole number above 0");
        });
        source.string("color").ifPresent(color -> color(color, report, draft));
    }

    private void color(String hex, FieldReport report, ClaudeAgentDraft draft) {
        String named = colors.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(hex.strip())).map(Map.Entry::getKey)
                .findFirst().orElse(null);
        if (named == null) {
            report.dropped("color", "`" + hex + "` is not one of the hex values the studio gives Claude Code's eight colours");
        } else {
            draft.set("color", new FieldValue.Text(named));
            report.translated("color", "color: " + named + " (the studio's hex value for it)");
        }
    }

    /**
     * {@code permission}: with {@code "*": deny} an allowlist of the keys allowed (or asked for: Claude Code asks by its
     * own settings), else a denylist of the keys denied. {@code task} gives the agents it may call.
     */
    private void permission(String key, Object value, FieldReport report, ClaudeAgentDraft draft, Map<String, String> delegations) {
        if (!(value instanceof Map<?, ?> rules)) {
            if ("deny".equals(value)) {
                draft.limitTools();
                report.translated(key, "tools: none (every permission is denied); Claude Code will not start an agent"
                        + " without a tool");
            } else {
                report.dropped(key, "`" + value + "` for every tool is what Claude Code does without a tools list");
            }
            return;
        }
        boolean allowlist = "deny".equals(rules.get("*"));
        if (allowlist) {
            draft.limitTools();
        }
        List<String> allowed = new ArrayList<>();
        List<String> denied = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        List<String> patterns = new ArrayList<>();
        for (Map.Entry<?, ?> rule : rules.entrySet()) {
            String permission = String.valueOf(rule.getKey()).toLowerCase(Locale.ROOT);
            if (permission.equals("*")) {
                continue;
            }
            if (permission.equals(TASK)) {
                task(rule.getValue(), allowlist, draft, delegations, patterns);
                continue;
            }
            List<String> tools = claudeTools(mappings.openCodePermissions(), permission);
            if (tools.isEmpty()) {
                unknown.add(permission);
                continue;
            }
            if (rule.getValue() instanceof Map<?, ?>) {
                patterns.add(permission);
            }
            if (allowlist && grants(rule.getValue())) {
                draft.allow(tools);
                allowed.addAll(tools);
            } else if (!allowlist && "deny".equals(rule.getValue())) {
                draft.deny(tools);
                denied.addAll(tools);
            }
        }
        List<String> parts = new ArrayList<>();
        if (allowlist) {
            parts.add(allowed.isEmpty() && !draft.limitsToolsTo("Agent") ? "tools: none (\"*\": deny, and no tool allowed)"
                    : "tools: " + String.join(", ", allowed.stream().distinct().toList()) + " (\"*\": deny, then what is allowed or asked for)");
        }
        if (!denied.isEmpty()) {
            parts.add("disallowedTools: " + String.join(", ", denied.stream().distinct().toList()));
        }
        if (!patterns.isEmpty()) {
            parts.add("the patterns of " + String.join(", ", patterns) + " are not carried (a tool with any allowed pattern is"
                    + " allowed whole)");
        }
        if (!unknown.isEmpty()) {
            parts.add("no Claude Code tool for " + String.join(", ", unknown));
        }
        if (parts.isEmpty()) {
            report.dropped(key, "allows what Claude Code allows without a tools list");
        } else {
            report.translated(key, String.join("; ", parts));
        }
    }

    /**
     * OpenCode V2's ordered rules ({@code [{action, resource, effect}]}, later rules win) in V1's form: a rule for every
     * resource of an action replaces the action's earlier rules, one for {@code "*"} all earlier rules; a rule for
     * some resources becomes a map of pattern to effect. The studio's reading of the V2 list, as its catalog states it.
     */
    private static Map<String, Object> v2Rules(Object value) {
        Map<String, Object> rules = new LinkedHashMap<>();
        if (!(value instanceof List<?> list)) {
            return rules;
        }
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> rule) || !(rule.get("action") instanceof String action) || !(rule.get("effect") instanceof String effect)) {
                continue;
            }
            String resource = rule.get("resource") instanceof String text ? text : "*";
            if (action.equals("*") && resource.equals("*")) {
                rules.clear();
                rules.put("*", effect);
            } else if (resource.equals("*")) {
                rules.remove(action);
                rules.put(action, effect);
            } else {
                Object before = rules.get(action);
                Map<String, Object> patterns = new LinkedHashMap<>();
                if (before instanceof Map<?, ?> map) {
                    map.forEach((pattern, was) -> patterns.put(String.valueOf(pattern), was));
                } else if (before != null) {
                    patterns.put("*", before);
                }
                patterns.put(resource, effect);
                rules.put(action, patterns);
            }
        }
        return rules;
    }

    private static void task(Object value, boolean allowlist, ClaudeAgentDraft draft, Map<String, String> delegations, List<String> patterns) {
        if (value instanceof Map<?, ?> agents) {
            boolean any = "allow".equals(agents.get("*"));
            for (Map.Entry<?, ?> agent : agents.entrySet()) {
                String id = String.valueOf(agent.getKey());
                if (id.equals("*") || !"allow".equals(agent.getValue())) {
                    continue;
                }
                if (id.contains("*") || id.contains("?")) {
                    patterns.add("task " + id);
                } else {
                    delegations.putIfAbsent(ClaudeNames.of(id), id);
                }
            }
            if (any && allowlist) {
                draft.allow(List.of("Agent"));
            }
        } else if (allowlist && grants(value)) {
            draft.allow(List.of("Agent"));
        } else if (!allowlist && "deny".equals(value)) {
            draft.deny(List.of("Agent"));
        }
    }

    private static boolean grants(Object value) {
        if (value instanceof Map<?, ?> patterns) {
            return patterns.values().stream().anyMatch(OpenCodeImporter::grants);
        }
        return "allow".equals(value) || "ask".equals(value);
    }

    /** The older {@code tools} map: {@code name: false} denies, {@code "*": false} keeps only the ones set true. */
    private void toolsMap(Object value, FieldReport report, ClaudeAgentDraft draft) {
        if (!(value instanceof Map<?, ?> tools)) {
            report.dropped("tools", "not a map of tool names to true or false");
            return;
        }
        boolean allowlist = Boolean.FALSE.equals(tools.get("*"));
        if (allowlist) {
            draft.limitTools();
        }
        List<String> changed = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Map.Entry<?, ?> tool : tools.entrySet()) {
            String key = String.valueOf(tool.getKey()).toLowerCase(Locale.ROOT);
            if (key.equals("*")) {
                continue;
            }
            // The old map also had write (now under edit) and task as tool names of their own.
            List<String> claude = key.equals("write") ? List.of("Write") : key.equals(TASK) ? List.of("Agent")
                    : claudeTools(mappings.openCodePermissions(), key);
            if (claude.isEmpty()) {
                unknown.add(key);
            } else if (allowlist && Boolean.TRUE.equals(tool.getValue())) {
                draft.allow(claude);
                changed.addAll(claude);
            } else if (!allowlist && Boolean.FALSE.equals(tool.getValue())) {
                draft.deny(claude);
                changed.addAll(claude);
            }
        }
        report.translated("tools", (allowlist ? "tools: " : "disallowedTools: ") + String.join(", ", changed.stream().distinct().toList())
                + (unknown.isEmpty() ? "" : "; no Claude Code tool for " + String.join(", ", unknown)));
    }
}
