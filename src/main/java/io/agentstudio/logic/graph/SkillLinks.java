package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.model.NameForm;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The skills of a workspace as a second kind of node in the delegation graph: an agent preloads each skill of its
 * {@code skills:} list (a name no skill has becomes a ghost skill), and a skill with {@code context: fork} runs as the
 * agent its {@code agent:} field names (a name no agent has becomes an ordinary ghost agent).
 */
public final class SkillLinks {

    private SkillLinks() {
    }

    /** {@code graph} with a node for every skill and the preload and runs-as edges added. */
    public static DelegationGraph add(DelegationGraph graph, List<WorkspaceAgent> agents, List<WorkspaceSkill> skills) {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        graph.nodes().forEach(node -> nodes.put(node.id(), node));
        Map<String, GraphNode> skillByName = new HashMap<>();
        for (WorkspaceSkill skill : skills) {
            GraphNode node = nodeOf(skill);
            nodes.put(node.id(), node);
            skillByName.putIfAbsent(skill.folderName(), node);
        }
        // The name field wins over another skill's folder of the same name: it is what the skill calls itself.
        skills.forEach(skill -> skillByName.put(skill.name(), nodeOf(skill)));
        List<GraphEdge> edges = new ArrayList<>(graph.edges());
        for (WorkspaceAgent agent : agents) {
            GraphNode from = nodes.get(GraphNode.agent(agent.relativePath(), "", null).id());
            if (from == null) {
                continue;
            }
            for (Entry entry : skillsOf(agent)) {
                GraphNode to = skillByName.get(entry.name());
                if (to == null) {
                    to = nodes.computeIfAbsent(GraphNode.SKILL_GHOST_PREFIX + entry.name(), id -> GraphNode.ghostSkill(entry.name()));
                }
                edges.add(new GraphEdge(from, to, EdgeKind.PRELOADS, List.of(entry.source())));
            }
        }
        Map<String, GraphNode> agentByName = new HashMap<>();
        graph.agents().forEach(node -> agentByName.putIfAbsent(node.name().toLowerCase(Locale.ROOT), node));
        for (WorkspaceSkill skill : skills) {
            Optional<Entry> runsAs = runsAs(skill);
            if (runsAs.isEmpty()) {
                continue;
            }
            String name = runsAs.get().name();
            GraphNode to = agentByName.get(name.toLowerCase(Locale.ROOT));
            if (to == null) {
                to = nodes.computeIfAbsent(GraphNode.GHOST_PREFIX + name, id -> GraphNode.ghost(name, null));
            }
            edges.add(new GraphEdge(nodeOf(skill), to, EdgeKind.RUNS_AS, List.of(runsAs.get().source())));
        }
        return new DelegationGraph(List.copyOf(nodes.values()), edges);
    }

    public static GraphNode nodeOf(WorkspaceSkill skill) {
        return GraphNode.skill(skill.relativePath(), skill.name(), skill.tool());
    }

    /** The names of an agent's {@code skills:} list, in order, without repeats. */
    public static List<String> preloaded(AgentDocument document) {
        return document.value("skills").map(NameList::from).orElse(List.of()).stream()
                .map(String::strip).filter(name -> !name.isEmpty()).distinct().toList();
    }

    /** One name written in a field, and where. */
    private record Entry(String name, EdgeSource source) {
    }

    private static List<Entry> skillsOf(WorkspaceAgent agent) {
        Optional<FrontmatterField> field = agent.document().field("skills");
        if (field.isEmpty()) {
            return List.of();
        }
        return preloaded(agent.document()).stream()
                .map(name -> new Entry(name, source(agent.document(), agent.relativePath(), field.get(), name))).toList();
    }

    private static Optional<Entry> runsAs(WorkspaceSkill skill) {
        AgentDocument document = skill.document();
        boolean forked = document.string("context").map(value -> value.strip().equalsIgnoreCase("fork")).orElse(false);
        Optional<FrontmatterField> field = document.field("agent");
        Optional<String> name = document.string("agent").map(String::strip).filter(value -> !value.isEmpty());
        if (!forked || field.isEmpty() || name.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Entry(name.get(), source(document, skill.relativePath(), field.get(), name.get())));
    }

    /** Where {@code name} is written inside the field's lines (the field's start when it cannot be found as written). */
    private static EdgeSource source(AgentDocument document, Path file, FrontmatterField field, String name) {
        String text = document.text();
        int found = text.indexOf(name, field.startOffset());
        int start = found >= 0 && found < field.endOffset() ? found : field.startOffset();
        int end = found == start ? start + name.length() : start;
        // The field's lines are 0-based, an edge source's 1-based.
        int line = field.firstLine() + 1 + (int) text.substring(field.startOffset(), start).chars().filter(c -> c == '\n').count();
        int column = start - Math.max(text.lastIndexOf('\n', start - 1) + 1, 0) + 1;
        String lines = text.substring(field.startOffset(), Math.max(field.startOffset(), field.endOffset())).stripTrailing();
        return new EdgeSource(file, field.firstLine() + 1, field.lastLine() + 1, lines, start, end, line, column,
                text.substring(start, end), NameForm.FRONTMATTER, "");
    }
}
