package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NeighbourPlacementTest {
    private final GraphNode lead = node("lead");
    private final GraphNode planner = node("planner");
    private final GraphNode coder = node("coder");
    private final GraphNode loner = node("loner");

    private static GraphNode node(String name) {
        return GraphNode.agent(Path.of(".claude/agents/" + name + ".md"), name, Dialect.values()[0]);
    }

    private static GraphEdge delegates(GraphNode from, GraphNode to) {
        return new GraphEdge(from, to, EdgeKind.DELEGATES, List.of());
    }

    @Test
    void aNewAgentGoesRightOfWhoHandsItWorkWithoutMovingAnyone() {
        DelegationGraph graph = new DelegationGraph(List.of(lead, planner, coder), List.of(delegates(lead, planner), delegates(lead, coder)));
        Map<String, Point> known = Map.of(lead.id(), new Point(0, 100), planner.id(), new Point(300, 100));

        Map<String, Point> placed = NeighbourPlacement.placeNew(graph, known);

        assertThat(placed).containsAllEntriesOf(known);
        Point coderAt = placed.get(coder.id());
        assertThat(coderAt.x()).isEqualTo(NodeSizes.width(lead) + NeighbourPlacement.GAP);
        assertThat(Math.abs(coderAt.y() - 100)).as("close to its neighbour's height").isLessThan(3 * NodeSizes.HEIGHT);
        assertThat(NodeSizes.box(coder, coderAt).overlaps(NodeSizes.box(planner, known.get(planner.id())), 0)).isFalse();
    }

    @Test
    void aNewAgentThatOnlyHandsWorkOnGoesLeftOfItsTarget() {
        DelegationGraph graph = new DelegationGraph(List.of(lead, planner), List.of(delegates(lead, planner)));

        Map<String, Point> placed = NeighbourPlacement.placeNew(graph, Map.of(planner.id(), new Point(500, 40)));

        assertThat(placed.get(lead.id()).x() + NodeSizes.width(lead)).isEqualTo(500 - NeighbourPlacement.GAP);
        assertThat(placed.get(lead.id()).y()).isEqualTo(40);
    }

    @Test
    void anAgentWithoutPlacedNeighboursGoesBelowEverything() {
        DelegationGraph graph = new DelegationGraph(List.of(lead, planner, loner), List.of(delegates(lead, planner)));
        Map<String, Point> known = Map.of(lead.id(), new Point(0, 0), planner.id(), new Point(300, 200));

        Point at = NeighbourPlacement.placeNew(graph, known).get(loner.id());

        assertThat(at.y()).isGreaterThanOrEqualTo(200 + NodeSizes.HEIGHT);
    }
}
