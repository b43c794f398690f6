package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.ClaudeAgentFields;
import io.agentstudio.logic.graph.SpawnTool;
import io.agentstudio.model.AgentDocument;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Claude Code agent's tool lists, read for translation: the allowlist (absent: every tool), the denylist, which
 * Claude Code applies first, and each entry's tool without its argument ({@code Bash(git:*)} is {@code Bash}).
 */
record ClaudeTools(Optional<List<String>> allowed, List<String> denied) {

    static ClaudeTools of(AgentDocument document) {
        ClaudeAgentFields fields = new ClaudeAgentFields(document);
        return new ClaudeTools(fields.tools(), fields.disallowedTools().orElse(List.of()));
    }

    /** The allowlist without what the denylist takes out, as tool names without arguments; empty when there is none. */
    Optional<List<String>> effective() {
        Set<String> deniedTools = new LinkedHashSet<>(denied.stream().map(ClaudeTools::base).toList());
        return allowed.map(list -> list.stream().map(ClaudeTools::base).filter(t -> !deniedTools.contains(t)).distinct().toList());
    }

    /**
     * The target's names for the agent's tools: the allowlist translated, or, with only a denylist, every target name
     * except those whose Claude tools are all denied. Empty when the agent has no lists at all (it keeps the target's
     * default). {@code unmapped} collects the allowlist entries the table has no name for.
     */
    Optional<List<String>> translate(Map<String, List<String>> table, List<String> unmapped) {
        if (allowed.isEmpty() && denied.isEmpty()) {
            return Optional.empty();
        }
        Set<String> names = new LinkedHashSet<>();
        if (allowed.isPresent()) {
            for (String tool : effective().orElseThrow()) {
                List<String> mapped = table.get(tool);
                if (mapped == null) {
                    unmapped.add(tool);
                } else {
                    names.addAll(mapped);
                }
            }
            return Optional.of(new ArrayList<>(names));
        }
        Set<String> deniedTools = new LinkedHashSet<>(denied.stream().map(ClaudeTools::base).toList());
        table.values().forEach(names::addAll);
        for (String name : List.copyOf(names)) {
            boolean allDenied = table.entrySet().stream().filter(e -> e.getValue().contains(name))
                    .allMatch(e -> deniedTools.contains(e.getKey()));
            if (allDenied) {
                names.remove(name);
            }
        }
        return Optional.of(new ArrayList<>(names));
    }

    static String base(String tool) {
        int paren = tool.indexOf('(');
        return (paren < 0 ? tool : tool.substring(0, paren)).strip();
    }

    /** True when the allowlist grants {@code Agent} (or {@code Task}) without a list of the agents it may start. */
    boolean startsAnyAgent() {
        boolean agentDenied = denied.stream().map(ClaudeTools::base).anyMatch(SpawnTool::isToolName);
        return !agentDenied && allowed.orElse(List.of()).stream().map(String::strip).anyMatch(SpawnTool::isToolName);
    }

    static boolean isMcp(String tool) {
        return tool.startsWith("mcp__");
    }
}
