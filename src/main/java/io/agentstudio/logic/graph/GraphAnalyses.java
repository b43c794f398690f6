package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cycles, entry points and dead ends, fan-in and fan-out, chains deeper than Claude Code's nesting limit, and ghost
 * references. Handoffs are delegations and spawns; mentions are not.
 */
public final class GraphAnalyses {
    /** Claude Code lets subagents nest three levels below the main conversation. */
    public static final int CLAUDE_CODE_NESTING_LIMIT = 3;
    public static final Set<EdgeKind> HANDOFFS = EnumSet.of(EdgeKind.DELEGATES, EdgeKind.SPAWNS);

    private GraphAnalyses() {
    }

    public static GraphAnalysis analyse(DelegationGraph graph) {
        return analyse(graph, HANDOFFS, CLAUDE_CODE_NESTING_LIMIT);
    }

    public static GraphAnalysis analyse(DelegationGraph graph, Collection<EdgeKind> kinds, int nestingLimit) {
        Graph<GraphNode, DefaultEdge> handoffs = agentGraph(graph, kinds);
        List<GraphNode> agents = graph.agents();
        List<GraphNode> unreferenced = new ArrayList<>();
        List<GraphNode> leaves = new ArrayList<>();
        List<GraphNode> isolated = new ArrayList<>();
        List<GraphAnalysis.Fan> fans = new ArrayList<>();
        for (GraphNode agent : agents) {
            int in = handoffs.inDegreeOf(agent);
            int out = handoffs.outDegreeOf(agent);
            fans.add(new GraphAnalysis.Fan(agent, in, out));
            if (in == 0) {
                unreferenced.add(agent);
            }
            if (out == 0) {
                leaves.add(agent);
            }
            if (in == 0 && out == 0) {
                isolated.add(agent);
            }
        }
        return new GraphAnalysis(cycles(handoffs, agents), unreferenced, leaves, isolated, fans,
                deepChains(handoffs, agents, nestingLimit), nestingLimit, graph.ghostReferences());
    }

    /** The agents and the handoffs between them (ghosts cannot be started, so they take part in no chain or cycle). */
    private static Graph<GraphNode, DefaultEdge> agentGraph(DelegationGraph graph, Collection<EdgeKind> kinds) {
        Graph<GraphNode, DefaultEdge> handoffs = new DefaultDirectedGraph<>(DefaultEdge.class);
        graph.agents().forEach(handoffs::addVertex);
        for (GraphEdge edge : graph.edges()) {
            if (kinds.contains(edge.kind()) && !edge.from().isGhost() && !edge.to().isGhost() && !edge.from().equals(edge.to())) {
                handoffs.addEdge(edge.from(), edge.to());
            }
        }
        return handoffs;
    }

    private static List<GraphAnalysis.Cycle> cycles(Graph<GraphNode, DefaultEdge> handoffs, List<GraphNode> order) {
        Map<GraphNode, Integer> position = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        List<GraphAnalysis.Cycle> cycles = new ArrayList<>();
        for (Set<GraphNode> component : new KosarajuStrongConnectivityInspector<>(handoffs).stronglyConnectedSets()) {
            if (component.size() < 2) {
                continue;
            }
            List<GraphNode> members = component.stream().sorted((a, b) -> position.get(a) - position.get(b)).toList();
            cycles.add(new GraphAnalysis.Cycle(members, shortestCircle(new AsSubgraph<>(handoffs, component), members.get(0))));
        }
        cycles.sort((a, b) -> position.get(a.agents().get(0)) - position.get(b.agents().get(0)));
        return cycles;
    }

    /** The shortest way from {@code start} back to itself: over each successor, the shortest path home. */
    private static List<GraphNode> shortestCircle(Graph<GraphNode, DefaultEdge> component, GraphNode start) {
        BFSShortestPath<GraphNode, DefaultEdge> paths = new BFSShortestPath<>(component);
        List<GraphNode> best = null;
        for (GraphNode next : Graphs.successorListOf(component, start)) {
            GraphPath<GraphNode, DefaultEdge> home = paths.getPath(next, start);
            if (home != null && (best == null || home.getLength() + 1 < best.size() - 1)) {
                best = new ArrayList<>();
                best.add(start);
                best.addAll(home.getVertexList());
            }
        }
        return best == null ? List.of(start) : best;
    }

    /** For each agent that starts one, a chain of handoffs with one agent more than the limit allows. */
    private static List<List<GraphNode>> deepChains(Graph<GraphNode, DefaultEdge> handoffs, List<GraphNode> agents, int limit) {
        List<List<GraphNode>> chains = new ArrayList<>();
        for (GraphNode start : agents) {
            LinkedHashSet<GraphNode> path = new LinkedHashSet<>();
            path.add(start);
            if (extend(handoffs, path, start, limit + 1)) {
                chains.add(List.copyOf(path));
            }
        }
        return chains;
    }

    private static boolean extend(Graph<GraphNode, DefaultEdge> handoffs, LinkedHashSet<GraphNode> path, GraphNode last, int length) {
        if (path.size() == length) {
            return true;
        }
        for (GraphNode next : Graphs.successorListOf(handoffs, last)) {
            if (path.add(next)) {
                if (extend(handoffs, path, next, length)) {
                    return true;
                }
                path.remove(next);
            }
        }
        return false;
    }
}
