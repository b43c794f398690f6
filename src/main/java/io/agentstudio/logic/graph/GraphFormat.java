package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphNode;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The text forms a delegation graph is exported in. */
public enum GraphFormat {
    /** Nodes, edges with every source, and the analyses: for scripts and the canvas. */
    JSON("json") {
        @Override
        public String export(DelegationGraph graph, GraphAnalysis analysis) {
            return JsonGraphExport.of(graph, analysis);
        }
    },
    /** A Mermaid flowchart for Markdown documents. */
    MERMAID("mermaid") {
        @Override
        public String export(DelegationGraph graph, GraphAnalysis analysis) {
            return MermaidGraphExport.of(graph);
        }
    },
    /** Graphviz DOT. */
    DOT("dot") {
        @Override
        public String export(DelegationGraph graph, GraphAnalysis analysis) {
            return DotGraphExport.of(graph);
        }
    };

    private final String id;

    GraphFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public abstract String export(DelegationGraph graph, GraphAnalysis analysis);

    public static Optional<GraphFormat> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** Node labels for diagrams: the name, with the folder added where several agents share it. */
    static Map<String, String> labels(List<GraphNode> nodes) {
        Map<String, Integer> uses = new HashMap<>();
        nodes.forEach(n -> uses.merge(n.name(), 1, Integer::sum));
        Map<String, String> labels = new HashMap<>();
        for (GraphNode node : nodes) {
            boolean shared = uses.get(node.name()) > 1 && node.file() != null && node.file().getParent() != null;
            labels.put(node.id(), shared ? node.name() + " (" + node.file().getParent().toString().replace('\\', '/') + ")" : node.name());
        }
        return labels;
    }
}
