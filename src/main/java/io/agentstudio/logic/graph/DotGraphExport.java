package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.Map;

/** Graphviz DOT: solid edges delegate, dotted edges mention, bold edges spawn; ghosts are dashed boxes. */
final class DotGraphExport {

    private DotGraphExport() {
    }

    static String of(DelegationGraph graph) {
        StringBuilder out = new StringBuilder("digraph delegation {\n  rankdir=LR;\n  node [shape=box];\n");
        Map<String, String> labels = GraphFormat.labels(graph.nodes());
        for (GraphNode node : graph.nodes()) {
            out.append("  ").append(quote(node.id())).append(" [label=").append(quote(labels.get(node.id())));
            out.append(node.isGhost() ? ", style=dashed, fontcolor=gray40];\n" : "];\n");
        }
        for (GraphEdge edge : graph.edges()) {
            String style = switch (edge.kind()) {
                case DELEGATES -> "solid";
                case MENTIONS -> "dotted";
                case SPAWNS -> "bold";
                case PRELOADS, RUNS_AS -> "dashed";
            };
            out.append("  ").append(quote(edge.from().id())).append(" -> ").append(quote(edge.to().id()))
                    .append(" [style=").append(style).append(", tooltip=").append(quote(edge.kind().id())).append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
