package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisMarksTest {
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();

    private GraphNode node(String name) {
        GraphNode node = GraphNode.agent(Path.of(name + ".md"), name, Dialect.values()[0]);
        nodes.add(node);
        return node;
    }

    private GraphEdge edge(GraphNode from, GraphNode to, EdgeKind kind) {
        GraphEdge edge = new GraphEdge(from, to, kind, List.of());
        edges.add(edge);
        return edge;
    }

    @Test
    void aCycleMarksItsAgentsAndOneShortestCircleAChainTooDeepTheHandoffPastTheLimit() {
        GraphNode a = node("a");
        GraphNode b = node("b");
        GraphNode c = node("c");
        GraphNode d = node("d");
        GraphNode x = node("x");
        GraphNode y = node("y");
        GraphEdge ab = edge(a, b, EdgeKind.DELEGATES);
        GraphEdge bc = edge(b, c, EdgeKind.DELEGATES);
        GraphEdge cd = edge(c, d, EdgeKind.SPAWNS);
        GraphEdge xy = edge(x, y, EdgeKind.DELEGATES);
        GraphEdge yx = edge(y, x, EdgeKind.DELEGATES);
        GraphEdge mention = edge(x, y, EdgeKind.MENTIONS);
        DelegationGraph graph = new DelegationGraph(nodes, edges);

        AnalysisMarks marks = AnalysisMarks.of(GraphAnalyses.analyse(graph));

        assertThat(marks.cycleNodes()).containsExactlyInAnyOrder(x.id(), y.id());
        assertThat(marks.inCycle(xy)).isTrue();
        assertThat(marks.inCycle(yx)).isTrue();
        assertThat(marks.inCycle(mention)).as("a mention is never a handoff").isFalse();
        assertThat(marks.inDeepChain(cd)).as("d is the fourth level below the main conversation").isTrue();
        assertThat(marks.inDeepChain(ab)).isFalse();
        assertThat(marks.inDeepChain(bc)).isFalse();
        assertThat(marks.unreached()).containsExactly(a.id());
    }
}
