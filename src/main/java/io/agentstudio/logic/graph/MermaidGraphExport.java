package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.HashMap;
import java.util.Map;

/** A Mermaid flowchart: solid arrows delegate, dotted arrows mention, thick arrows spawn; skills are rounded; ghosts are dashed. */
final class MermaidGraphExport {

    private MermaidGraphExport() {
    }

    static String of(DelegationGraph graph) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        out.append("  %% --> delegates, -.-> mentions, ==> spawns, -- preloads --> a skill; rounded: skills; dashed: names nothing has\n");
        Map<String, String> labels = GraphFormat.labels(graph.nodes());
        Map<String, String> ids = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            String id = "n" + ids.size();
            ids.put(node.id(), id);
            // A skill is a stadium, an agent a box.
            String open = node.isSkill() ? "([\"" : "[\"";
            String close = node.isSkill() ? "\"])" : "\"]";
            out.append("  ").append(id).append(open).append(escape(labels.get(node.id()))).append(close);
            out.append(node.isGhost() ? ":::ghost\n" : "\n");
        }
        for (GraphEdge edge : graph.edges()) {
            String arrow = switch (edge.kind()) {
                case DELEGATES -> " --> ";
                case MENTIONS -> " -.-> ";
                case SPAWNS -> " ==> ";
                case PRELOADS, RUNS_AS -> " -- " + edge.kind().id() + " --> ";
            };
            out.append("  ").append(ids.get(edge.from().id())).append(arrow).append(ids.get(edge.to().id())).append('\n');
        }
        out.append("  classDef ghost stroke-dasharray: 5 5,color:#888\n");
        return out.toString();
    }

    /** Mermaid reads entity codes inside quoted labels; a quote must be one. */
    private static String escape(String label) {
        return label.replace("\"", "#quot;");
    }
}
