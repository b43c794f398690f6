package io.agentstudio.logic.importer;

import io.agentstudio.logic.export.FieldReport;
import io.agentstudio.logic.export.MarkdownDraft;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The Claude Code agent an import is making: its fields gathered while the source is read, then written in Claude
 * Code's usual order (name, description, tools, disallowedTools, model, the rest as they came) above the body.
 */
final class ClaudeAgentDraft {
    private static final String AGENT = "Agent";
    private final String body;
    private final String lineEnding;
    private String name;
    private String description;
    /** The allowlist; null while the agent has none (it inherits every tool). */
    private Set<String> tools;
    private final Set<String> disallowed = new LinkedHashSet<>();
    private final List<String> delegations = new ArrayList<>();
    private final Map<String, FieldValue> more = new LinkedHashMap<>();

    ClaudeAgentDraft(String body, String lineEnding) {
        this.body = body;
        this.lineEnding = lineEnding;
    }

    void name(String claudeName) {
        this.name = claudeName;
    }

    String name() {
        return name;
    }

    void description(String text) {
        this.description = text;
    }

    /** Starts an allowlist (an agent limited to the tools then {@link #allow allowed}). */
    void limitTools() {
        if (tools == null) {
            tools = new LinkedHashSet<>();
        }
    }

    boolean limitsTools() {
        return tools != null;
    }

    /** True when the allowlist holds {@code tool}. */
    boolean limitsToolsTo(String tool) {
        return tools != null && tools.contains(tool);
    }

    void allow(List<String> claudeTools) {
        limitTools();
        tools.addAll(claudeTools);
    }

    void deny(List<String> claudeTools) {
        disallowed.addAll(claudeTools);
    }

    void set(String key, FieldValue value) {
        more.put(key, value);
    }

    /**
     * The agents this one may start, from the source's structured list (OpenCode {@code permission.task}, Copilot
     * {@code agents}/{@code handoffs}), by Claude Code name with the name the source wrote: {@code Agent(a, b)} in an
     * allowlist. Without an allowlist Claude Code lets the agent start any agent and has no other field to name them
     * in, so they stay in the prose, and the report says whether the prose names them (by either name).
     */
    void delegations(Map<String, String> written, String from, FieldReport report) {
        if (written.isEmpty()) {
            return;
        }
        List<String> names = List.copyOf(written.keySet());
        if (limitsTools()) {
            delegations.addAll(names.stream().filter(n -> !delegations.contains(n)).toList());
            report.translated("delegations", "Agent(" + String.join(", ", delegations) + ") in tools, from " + from);
            return;
        }
        List<String> unnamed = names.stream().filter(n -> !named(n) && !named(written.get(n))).toList();
        String why = String.join(", ", names) + " (" + from + "): Claude Code names the agents one may start only inside a"
                + " tools list, and this agent has none, so it may start any agent";
        if (unnamed.isEmpty()) {
            report.proseOnly("delegations", why + "; the prose names them");
        } else {
            report.dropped("delegations", why + "; the prose does not name " + String.join(", ", unnamed));
        }
    }

    private boolean named(String name) {
        return Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(name) + "(?![A-Za-z0-9_])", Pattern.CASE_INSENSITIVE)
                .matcher(body).find();
    }

    /** The agent file. */
    byte[] bytes() {
        MarkdownDraft draft = new MarkdownDraft(body, lineEnding);
        draft.text("name", name);
        draft.text("description", description);
        if (tools != null) {
            List<String> list = new ArrayList<>(tools);
            if (!delegations.isEmpty()) {
                list.remove(AGENT);
                list.add(AGENT + "(" + String.join(", ", delegations) + ")");
            }
            draft.set("tools", new FieldValue.Items(list, FieldValue.ListForm.COMMA_STRING));
        }
        if (!disallowed.isEmpty()) {
            draft.set("disallowedTools", new FieldValue.Items(List.copyOf(disallowed), FieldValue.ListForm.COMMA_STRING));
        }
        more.forEach(draft::set);
        return draft.bytes();
    }
}
