package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the analyses mark on a drawing of the graph. In a big team most handoffs belong to some cycle and most agents
 * start some chain that is too deep, so marking all of them would mark everything: a cycle marks its agents and one
 * shortest circle through them, a chain deeper than the nesting limit marks the one handoff that goes past the limit,
 * and agents nobody hands work to are marked as such.
 *
 * @param cycleNodes     ids of agents in a cycle
 * @param cycleEdges     {@link #pair} of the handoffs of each cycle's shortest circle
 * @param deepChainEdges {@link #pair} of the handoffs that go one level past the nesting limit
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

    public static AnalysisMarks of(GraphAnalysis analysis) {
        Set<String> cycleNodes = new HashSet<>();
        Set<String> cycleEdges = new HashSet<>();
        for (GraphAnalysis.Cycle cycle : analysis.cycles()) {
            cycle.agents().forEach(agent -> cycleNodes.add(agent.id()));
            List<GraphNode> circle = cycle.example();
            for (int i = 1; i < circle.size(); i++) {
                cycleEdges.add(pair(circle.get(i - 1).id(), circle.get(i).id()));
            }
        }
        Set<String> deepChainEdges = new HashSet<>();
        for (List<GraphNode> chain : analysis.deepChains()) {
            if (chain.size() > 1) {
                deepChainEdges.add(pair(chain.get(chain.size() - 2).id(), chain.get(chain.size() - 1).id()));
            }
        }
        Set<String> unreached = new HashSet<>();
        analysis.unreferenced().forEach(agent -> unreached.add(agent.id()));
        return new AnalysisMarks(cycleNodes, cycleEdges, deepChainEdges, unreached);
    }

    public static String pair(GraphEdge edge) {
        return pair(edge.from().id(), edge.to().id());
    }

    public static String pair(String from, String to) {
        return from + "\n" + to;
    }

    /** True for a handoff of a cycle's shortest circle (a mention is never part of one). */
    public boolean inCycle(GraphEdge edge) {
        return GraphAnalyses.HANDOFFS.contains(edge.kind()) && cycleEdges.contains(pair(edge));
    }

    /** True for a handoff that goes one level past the nesting limit. */
    public boolean inDeepChain(GraphEdge edge) {
        return GraphAnalyses.HANDOFFS.contains(edge.kind()) && deepChainEdges.contains(pair(edge));
    }
}
