package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static io.agentstudio.logic.graph.GraphFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NeighbourhoodTest {
    private static final Set<EdgeKind> ALL = EnumSet.allOf(EdgeKind.class);

    private static String handoffs(String... targets) {
        StringBuilder body = new StringBuilder("## Handoffs\n\n");
        for (String target : targets) {
            body.append("- `").append(target).append("`\n");
        }
        return body.toString();
    }

    /** boss -> lead -> worker -> helper; lead mentions history-keeper; peer -> worker; loner alone. */
    private static DelegationGraph team() {
        return workspace().agent("boss", handoffs("lead")).agent("lead", "The history-keeper knows the past.\n\n" + handoffs("worker"))
                .agent("worker", handoffs("helper")).agent("helper", "").agent("history-keeper", "").agent("peer", handoffs("worker"))
                .agent("loner", "").graph();
    }

    private static String id(DelegationGraph graph, String name) {
        return graph.nodes().stream().filter(node -> node.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static List<String> names(DelegationGraph graph) {
        return graph.nodes().stream().map(GraphNode::name).sorted().toList();
    }

    @Test
    void oneHopIsWhoTheAgentHandsWorkToMentionsAndWhoHandsWorkToIt() {
        DelegationGraph team = team();

        DelegationGraph around = Neighbourhood.of(team, id(team, "lead"), 1, ALL);

        assertThat(names(around)).containsExactly("boss", "history-keeper", "lead", "worker");
        assertThat(around.edges()).extracting(edge -> edge.from().name() + ">" + edge.to().name())
                .containsExactlyInAnyOrder("boss>lead", "lead>worker", "lead>history-keeper");
    }

    @Test
    void twoHopsFollowEachWayInItsOwnDirection() {
        DelegationGraph team = team();

        DelegationGraph around = Neighbourhood.of(team, id(team, "lead"), 2, ALL);

        // helper is two hops down; peer only shares a delegate with lead, so it stays out.
        assertThat(names(around)).containsExactly("boss", "helper", "history-keeper", "lead", "worker");
        assertThat(around.edges()).extracting(GraphEdge::from).extracting(GraphNode::name).doesNotContain("peer");
    }

    @Test
    void onlyTheKindsShownAreFollowed() {
        DelegationGraph team = team();

        DelegationGraph around = Neighbourhood.of(team, id(team, "lead"), 1, EnumSet.of(EdgeKind.DELEGATES, EdgeKind.SPAWNS));

        assertThat(names(around)).containsExactly("boss", "lead", "worker");
        assertThat(around.edges()).allMatch(edge -> edge.kind() != EdgeKind.MENTIONS);
    }

    @Test
    void anAgentWithoutEdgesIsItsOwnNeighbourhoodAndAnUnknownIdIsEmpty() {
        DelegationGraph team = team();

        assertThat(names(Neighbourhood.of(team, id(team, "loner"), 2, ALL))).containsExactly("loner");
        assertThat(Neighbourhood.of(team, "nobody.md", 1, ALL).nodes()).isEmpty();
        assertThatThrownBy(() -> Neighbourhood.of(team, id(team, "lead"), 0, ALL)).isInstanceOf(IllegalArgumentException.class);
    }
}
