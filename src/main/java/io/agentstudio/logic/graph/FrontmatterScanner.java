package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.NameForm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agents a frontmatter declares: {@code Agent(a, b)} or {@code Task(a)} in Claude Code's tools (may spawn),
 * Copilot's {@code agents: [a]} (may spawn) and {@code handoffs: [{agent: a}]} (hands over), OpenCode's
 * {@code permission: {task: {a: allow}}} and its V2 rule list {@code permissions: [{action: task, resource: a,
 * effect: allow}]} (may call; {@code deny} and glob patterns name no agent, and a later V2 rule overrides an earlier
 * one). Each name is located in the field's lines so the studio can show it.
 */
final class FrontmatterScanner {
    private FrontmatterScanner() {
    }

    static List<FoundReference> scan(AgentDocument document, LineIndex lines) {
        List<FoundReference> found = new ArrayList<>();
        document.field("tools").ifPresent(field -> spawnTools(document, field, lines, found));
        document.field("agents").ifPresent(field -> copilotAgents(document, field, lines, found));
        document.field("handoffs").ifPresent(field -> copilotHandoffs(document, field, lines, found));
        document.field("permission").ifPresent(field -> openCodeTasks(document, field, lines, found));
        document.field("permissions").ifPresent(field -> openCodeTaskRules(document, field, lines, found));
        return found;
    }

    private static void spawnTools(AgentDocument document, FrontmatterField field, LineIndex lines, List<FoundReference> found) {
        boolean declared = NameList.from(field.value()).stream().anyMatch(t -> SpawnTool.IN_TEXT.matcher(t).find());
        if (!declared) {
            return;
        }
        String text = document.text();
        Matcher tool = SpawnTool.IN_TEXT.matcher(text).region(field.startOffset(), field.endOffset());
        while (tool.find()) {
            int at = tool.start(1);
            for (String part : tool.group(1).split(",", -1)) {
                String name = unquote(part.strip());
                if (!name.isEmpty() && !name.contains("*")) {
                    int start = text.indexOf(name, at);
                    add(found, field, lines, name, start, NameForm.TOOL, EdgeKind.SPAWNS);
                }
                at += part.length() + 1;
            }
        }
    }

    private static void copilotAgents(AgentDocument document, FrontmatterField field, LineIndex lines, List<FoundReference> found) {
        if (!(field.value() instanceof List<?> names)) {
            return;
        }
        int from = keyEnd(document, field);
        for (Object value : names) {
            String name = value == null ? "" : String.valueOf(value).strip();
            if (!name.isEmpty() && !name.contains("*")) {
                int start = find(document.text(), name, from, field.endOffset());
                add(found, field, lines, name, start, NameForm.FRONTMATTER, EdgeKind.SPAWNS);
                if (start >= 0) {
                    from = start + name.length();
                }
            }
        }
    }

    private static void copilotHandoffs(AgentDocument document, FrontmatterField field, LineIndex lines, List<FoundReference> found) {
        if (!(field.value() instanceof List<?> handoffs)) {
            return;
        }
        int from = keyEnd(document, field);
        for (Object handoff : handoffs) {
            if (handoff instanceof Map<?, ?> map && map.get("agent") != null) {
                String name = String.valueOf(map.get("agent")).strip();
                Matcher key = Pattern.compile("\\bagent\\s*:\\s*[\"']?" + Pattern.quote(name))
                        .matcher(document.text()).region(from, field.endOffset());
                int start = key.find() ? key.end() - name.length() : -1;
                add(found, field, lines, name, start, NameForm.FRONTMATTER, EdgeKind.DELEGATES);
                if (start >= 0) {
                    from = start + name.length();
                }
            }
        }
    }

    private static void openCodeTasks(AgentDocument document, FrontmatterField field, LineIndex lines, List<FoundReference> found) {
        if (!(field.value() instanceof Map<?, ?> permission) || !(permission.get("task") instanceof Map<?, ?> tasks)) {
            return;
        }
        Matcher taskKey = Pattern.compile("\\btask\\s*:").matcher(document.text()).region(field.startOffset(), field.endOffset());
        int from = taskKey.find() ? taskKey.end() : keyEnd(document, field);
        for (Map.Entry<?, ?> entry : tasks.entrySet()) {
            String name = String.valueOf(entry.getKey()).strip();
            boolean allowed = !"deny".equals(String.valueOf(entry.getValue()).strip());
            if (allowed && !name.isEmpty() && !name.contains("*") && !name.contains("?")) {
                int start = find(document.text(), name, from, field.endOffset());
                add(found, field, lines, name, start, NameForm.FRONTMATTER, EdgeKind.SPAWNS);
            }
        }
    }

    /** OpenCode V2: the task rules in order; a name is called when the last task rule matching it does not deny. */
    private static void openCodeTaskRules(AgentDocument document, FrontmatterField field, LineIndex lines, List<FoundReference> found) {
        if (!(field.value() instanceof List<?> rules)) {
            return;
        }
        List<Map<?, ?>> tasks = new ArrayList<>();
        for (Object rule : rules) {
            if (rule instanceof Map<?, ?> map && "task".equals(text(map.get("action"))) && !text(map.get("resource")).isEmpty()) {
                tasks.add(map);
            }
        }
        int from = keyEnd(document, field);
        for (int i = 0; i < tasks.size(); i++) {
            String name = text(tasks.get(i).get("resource"));
            if (name.contains("*") || name.contains("?") || denied(tasks.subList(i, tasks.size()), name)) {
                continue;
            }
            int start = find(document.text(), name, from, field.endOffset());
            add(found, field, lines, name, start, NameForm.FRONTMATTER, EdgeKind.SPAWNS);
            if (start >= 0) {
                from = start + name.length();
            }
        }
    }

    /** Whether the last of these task rules whose resource pattern matches the name denies it. */
    private static boolean denied(List<Map<?, ?>> rules, String name) {
        String effect = "";
        for (Map<?, ?> rule : rules) {
            if (glob(text(rule.get("resource"))).matcher(name).matches()) {
                effect = text(rule.get("effect"));
            }
        }
        return effect.equals("deny");
    }

    private static Pattern glob(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (String part : pattern.split("((?<=[*?])|(?=[*?]))")) {
            regex.append(part.equals("*") ? ".*" : part.equals("?") ? "." : Pattern.quote(part));
        }
        return Pattern.compile(regex.toString());
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static void add(List<FoundReference> found, FrontmatterField field, LineIndex lines, String name, int start,
                            NameForm form, EdgeKind kind) {
        if (start < 0) {
            return; // written in a form we cannot locate (escapes, anchors); the field still reads, but no edge to show
        }
        ReferenceItem item = lines.item(ItemKind.FIELD, field.startOffset(), field.endOffset());
        found.add(new FoundReference(AgentNames.key(name), name, start, start + name.length(), form, kind, false, item, ""));
    }

    private static int keyEnd(AgentDocument document, FrontmatterField field) {
        int colon = document.text().indexOf(':', field.startOffset());
        return colon < 0 || colon >= field.endOffset() ? field.startOffset() : colon + 1;
    }

    /** The first occurrence of {@code name} as a whole word between {@code from} and {@code to}, or -1. */
    private static int find(String text, String name, int from, int to) {
        Matcher m = Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text).region(from, to);
        return m.find() ? m.start() : -1;
    }

    private static String unquote(String s) {
        if (s.length() >= 2 && (s.charAt(0) == '"' || s.charAt(0) == '\'') && s.charAt(s.length() - 1) == s.charAt(0)) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }
}
