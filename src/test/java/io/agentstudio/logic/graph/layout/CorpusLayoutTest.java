package io.agentstudio.logic.graph.layout;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each corpus collection as its own workspace, laid out: every node has a box of its own and every edge a curve. */
@CorpusTest
class CorpusLayoutTest {

    @ParameterizedTest
    @ValueSource(strings = {"HamzaAlayed__laravel-claude-agents", "advisely__claude-code-agents-team-nation-of-elites",
            "laywill__awesome-claude-code-subagents", "vijaythecoder__awesome-claude-agents"})
    void noTwoNodesOverlapAndEveryEdgeRunsFromItsSourceToItsTarget(String collection) throws IOException {
        Workspace workspace = WorkspaceLoader.load(SharedFiles.collection(collection));
        DelegationGraph graph = GraphExtractor.extract(workspace);
        LaidOutGraph laidOut = LaidOutGraph.of(graph, LayeredLayout.layout(graph), workspace.agents());

        assertThat(graph.edges()).isNotEmpty();
        assertThat(laidOut.boxes()).hasSize(graph.nodes().size());
        assertNoOverlap(laidOut);
        for (GraphEdge edge : graph.edges()) {
            NodeBox from = laidOut.box(edge.from());
            NodeBox to = laidOut.box(edge.to());
            EdgeCurve curve = laidOut.curve(edge);
            assertThat(curve.startX()).as(edge.from().name() + " -> " + edge.to().name()).isEqualTo(from.right());
            assertThat(curve.startY()).isBetween(from.y(), from.bottom());
            assertThat(curve.endX()).isEqualTo(to.x());
            assertThat(curve.endY()).isBetween(to.y(), to.bottom());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"laywill__awesome-claude-code-subagents", "vijaythecoder__awesome-claude-agents"})
    void agentsAddedLaterGetFreePlacesAndNobodyElseMoves(String collection) throws IOException {
        Workspace workspace = WorkspaceLoader.load(SharedFiles.collection(collection));
        DelegationGraph graph = GraphExtractor.extract(workspace);
        Map<String, Point> full = LayeredLayout.layout(graph);
        Map<String, Point> known = new HashMap<>();
        List<String> left = new ArrayList<>();
        int i = 0;
        for (GraphNode node : graph.nodes()) {
            if (i++ % 7 == 3) {
                left.add(node.id());
            } else {
                known.put(node.id(), full.get(node.id()));
            }
        }

        Map<String, Point> placed = NeighbourPlacement.placeNew(graph, known);

        assertThat(placed).hasSize(graph.nodes().size()).containsAllEntriesOf(known);
        assertThat(placed).containsKeys(left.toArray(String[]::new));
        assertNoOverlap(LaidOutGraph.of(graph, placed, workspace.agents()));
    }

    private static void assertNoOverlap(LaidOutGraph laidOut) {
        List<Map.Entry<String, NodeBox>> boxes = new ArrayList<>(laidOut.boxes().entrySet());
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                assertThat(boxes.get(a).getValue().overlaps(boxes.get(b).getValue(), 0))
                        .as(boxes.get(a).getKey() + " overlaps " + boxes.get(b).getKey()).isFalse();
            }
        }
    }
}
