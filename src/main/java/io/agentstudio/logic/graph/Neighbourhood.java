package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The neighbourhood of one agent, for the canvas's focus mode: the nodes it reaches along edges (delegations, spawns,
 * mentions) within a number of hops, the nodes that reach it within as many, and the edges among them. Both ways are
 * followed in their own direction only: at two hops a delegate's delegates are in, a delegate's other callers are
 * not (they say nothing about the focused agent and would bring half a big team back).
 */
public final class Neighbourhood {
    private Neighbourhood() {
    }

    /**
     * @param centreId the focused node's id; a graph without it gives an empty graph
     * @param hops     how far to follow edges each way (1 or more)
     * @param kinds    the kinds of edges followed and kept
     */
    public static DelegationGraph of(DelegationGraph graph, String centreId, int hops, Collection<EdgeKind> kinds) {
        if (hops < 1) {
            throw new IllegalArgumentException("hops must be at least 1: " + hops);
        }
        Map<String, List<String>> out = new HashMap<>();
        Map<String, List<String>> in = new HashMap<>();
        for (GraphEdge edge : graph.edges()) {
            if (kinds.contains(edge.kind())) {
                out.computeIfAbsent(edge.from().id(), id -> new ArrayList<>()).add(edge.to().id());
                in.computeIfAbsent(edge.to().id(), id -> new ArrayList<>()).add(edge.from().id());
            }
        }
        if (graph.nodes().stream().noneMatch(node -> node.id().equals(centreId))) {
            return new DelegationGraph(List.of(), List.of());
        }
        Set<String> kept = new HashSet<>();
        kept.add(centreId);
        kept.addAll(reached(centreId, out, hops));
        kept.addAll(reached(centreId, in, hops));
        List<GraphNode> nodes = graph.nodes().stream().filter(node -> kept.contains(node.id())).toList();
        List<GraphEdge> edges = graph.edges().stream().filter(edge -> kinds.contains(edge.kind())
                && kept.contains(edge.from().id()) && kept.contains(edge.to().id())).toList();
        return new DelegationGraph(nodes, edges);
    }

    /** The nodes within {@code hops} steps of {@code start} along {@code next}, breadth first. */
    private static Set<String> reached(String start, Map<String, List<String>> next, int hops) {
        Set<String> seen = new HashSet<>(Set.of(start));
        List<String> frontier = List.of(start);
        for (int hop = 0; hop < hops && !frontier.isEmpty(); hop++) {
            List<String> following = new ArrayList<>();
            for (String id : frontier) {
                for (String neighbour : next.getOrDefault(id, List.of())) {
                    if (seen.add(neighbour)) {
                        following.add(neighbour);
                    }
                }
            }
            frontier = following;
        }
        return seen;
    }
}
