package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the analyses mark on a drawing of the graph: the agents and handoffs of cycles, the handoffs of chains deeper
 * than the nesting limit, and the agents nobody hands work to.
 *
 * @param cycleNodes     ids of agents in a cycle
 * @param cycleEdges     {@link #pair} of handoffs inside a cycle's group
 * @param deepChainEdges {@link #pair} of handoffs along a chain deeper than the limit
 * @param unreached      ids of agents no other agent hands work to
 */
public record AnalysisMarks(Set<String> cycleNodes, Set<String> cycleEdges, Set<String> deepChainEdges, Set<String> unreached) {

    public AnalysisMarks {
        cycleNodes = Set.copyOf(cycleNodes);
        cycleEdges = Set.copyOf(cycleEdges);
        deepChainEdges = Set.copyOf(deepChainEdges);
        unreached = Set.copyOf(unreached);
    }

    public static AnalysisMarks none() {
        return new AnalysisMarks(Set.of(), Set.of(), Set.of(), Set.of());
    }

    public static AnalysisMarks of(DelegationGraph graph, GraphAnalysis analysis) {
        Map<String, Integer> group = new HashMap<>();
        for (int i = 0; i < analysis.cycles().size(); i++) {
            for (GraphNode agent : analysis.cycles().get(i).agents()) {
                group.put(agent.id(), i);
            }
        }
        Set<String> cycleEdges = new HashSet<>();
        for (GraphEdge edge : graph.edges()) {
            Integer from = group.get(edge.from().id());
            if (from != null && from.equals(group.get(edge.to().id())) && GraphAnalyses.HANDOFFS.contains(edge.kind())) {
                cycleEdges.add(pair(edge));
            }
        }
        Set<String> deepChainEdges = new HashSet<>();
        for (List<GraphNode> chain : analysis.deepChains()) {
            for (int i = 1; i < chain.size(); i++) {
                deepChainEdges.add(pair(chain.get(i - 1).id(), chain.get(i).id()));
            }
        }
        Set<String> unreached = new HashSet<>();
        analysis.unreferenced().forEach(agent -> unreached.add(agent.id()));
        return new AnalysisMarks(group.keySet(), cycleEdges, deepChainEdges, unreached);
    }

    public static String pair(GraphEdge edge) {
        return pair(edge.from().id(), edge.to().id());
    }

    public static String pair(String from, String to) {
        return from + "\n" + to;
    }

    /** True for a handoff inside a cycle (a mention is never part of one). */
    public boolean inCycle(GraphEdge edge) {
        return GraphAnalyses.HANDOFFS.contains(edge.kind()) && cycleEdges.contains(pair(edge));
    }

    public boolean inDeepChain(GraphEdge edge) {
        return GraphAnalyses.HANDOFFS.contains(edge.kind()) && deepChainEdges.contains(pair(edge));
    }
}
