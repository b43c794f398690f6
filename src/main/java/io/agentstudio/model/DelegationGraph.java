package io.agentstudio.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The delegation graph of a workspace: every agent, a ghost node for each name referred to but not defined, and the
 * edges between them with where each is written. Self-references are not edges.
 */
public record DelegationGraph(List<GraphNode> nodes, List<GraphEdge> edges) {

    public DelegationGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public Optional<GraphNode> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public List<GraphNode> agents() {
        return nodes.stream().filter(n -> !n.isGhost() && !n.isGroup() && !n.isSkill()).toList();
    }

    public List<GraphNode> ghosts() {
        return nodes.stream().filter(GraphNode::isGhost).toList();
    }

    public List<GraphEdge> outgoing(GraphNode node) {
        return edges.stream().filter(e -> e.from().id().equals(node.id())).toList();
    }

    public List<GraphEdge> incoming(GraphNode node) {
        return edges.stream().filter(e -> e.to().id().equals(node.id())).toList();
    }

    /** Every place that refers to a ghost, in file order: the input of the "unknown agent" validation rule. */
    public List<GhostReference> ghostReferences() {
        List<GhostReference> references = new ArrayList<>();
        for (GraphEdge edge : edges) {
            // A skill name no skill has is not an unknown agent.
            GraphNode ghost = edge.to().isGhost() && !edge.to().isSkill() ? edge.to()
                    : edge.from().isGhost() && !edge.from().isSkill() ? edge.from() : null;
            if (ghost != null) {
                edge.sources().forEach(s -> references.add(new GhostReference(ghost.name(), edge.kind(), s, ghost.didYouMean())));
            }
        }
        references.sort((a, b) -> a.source().file().equals(b.source().file())
                ? Integer.compare(a.source().nameStart(), b.source().nameStart())
                : a.source().file().toString().compareTo(b.source().file().toString()));
        return references;
    }

    /** The same graph with only edges of the given kinds; ghosts that no remaining edge touches are dropped. */
    public DelegationGraph withKinds(Collection<EdgeKind> kinds) {
        Set<EdgeKind> wanted = kinds.isEmpty() ? EnumSet.noneOf(EdgeKind.class) : EnumSet.copyOf(kinds);
        List<GraphEdge> kept = edges.stream().filter(e -> wanted.contains(e.kind())).toList();
        Map<String, GraphNode> touched = new LinkedHashMap<>();
        kept.forEach(e -> {
            touched.put(e.from().id(), e.from());
            touched.put(e.to().id(), e.to());
        });
        List<GraphNode> keptNodes = nodes.stream().filter(n -> !n.isGhost() || touched.containsKey(n.id())).toList();
        return new DelegationGraph(keptNodes, kept);
    }
}
