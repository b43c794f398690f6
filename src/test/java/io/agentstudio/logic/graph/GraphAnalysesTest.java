package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.agentstudio.logic.graph.GraphFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;

class GraphAnalysesTest {

    private static String handoffs(String... targets) {
        StringBuilder body = new StringBuilder("## Handoffs\n\n");
        for (String target : targets) {
            body.append("- `").append(target).append("`\n");
        }
        return body.toString();
    }

    private static List<String> names(List<GraphNode> nodes) {
        return nodes.stream().map(GraphNode::name).toList();
    }

    private static GraphAnalysis analyse(GraphFixture fixture) {
        return GraphAnalyses.analyse(fixture.graph());
    }

    @Test
    void findsAgentsThatDelegateToEachOtherInACircle() {
        GraphAnalysis analysis = analyse(workspace().agent("a-agent", handoffs("b-agent")).agent("b-agent", handoffs("c-agent", "d-agent"))
                .agent("c-agent", handoffs("a-agent")).agent("d-agent", handoffs("b-agent")).agent("e-agent", ""));

        assertThat(analysis.cycles()).singleElement().satisfies(cycle -> {
            assertThat(names(cycle.agents())).containsExactly("a-agent", "b-agent", "c-agent", "d-agent");
            assertThat(names(cycle.example())).containsExactly("a-agent", "b-agent", "c-agent", "a-agent");
        });
    }

    @Test
    void mentionsMakeNoCycle() {
        GraphAnalysis analysis = analyse(workspace().agent("a-agent", "Ask about b-agent.\n").agent("b-agent", "Ask about a-agent.\n"));

        assertThat(analysis.cycles()).isEmpty();
        assertThat(names(analysis.isolated())).containsExactly("a-agent", "b-agent");
    }

    @Test
    void tellsEntryPointsDeadEndsAndLoners() {
        GraphAnalysis analysis = analyse(workspace().agent("lead", handoffs("worker")).agent("worker", "").agent("loner", ""));

        assertThat(names(analysis.unreferenced())).containsExactly("lead", "loner");
        assertThat(names(analysis.leaves())).containsExactly("worker", "loner");
        assertThat(names(analysis.isolated())).containsExactly("loner");
    }

    @Test
    void countsDistinctAgentsInAndOut() {
        GraphAnalysis analysis = analyse(workspace().agent("hub", handoffs("one-agent", "two-agent", "ghost-agent"))
                .agent("one-agent", handoffs("hub") + "\nDelegate to `hub` again.\n").agent("two-agent", ""));

        assertThat(analysis.fans()).filteredOn(f -> f.agent().name().equals("hub")).singleElement()
                .satisfies(fan -> {
                    assertThat(fan.in()).isEqualTo(1);
                    assertThat(fan.out()).isEqualTo(2);
                });
    }

    @Test
    void reportsChainsDeeperThanTheNestingLimitOfThree() {
        GraphAnalysis analysis = analyse(workspace().agent("level-one", handoffs("level-two")).agent("level-two", handoffs("level-three"))
                .agent("level-three", handoffs("level-four")).agent("level-four", "").agent("short-a", handoffs("short-b")).agent("short-b", ""));

        assertThat(analysis.nestingLimit()).isEqualTo(3);
        assertThat(analysis.deepChains()).singleElement()
                .satisfies(chain -> assertThat(names(chain)).containsExactly("level-one", "level-two", "level-three", "level-four"));
    }

    @Test
    void listsGhostReferencesForTheUnknownAgentRule() {
        DelegationGraph graph = workspace().agent("lead", handoffs("missing-agent")).graph();

        GraphAnalysis analysis = GraphAnalyses.analyse(graph);

        assertThat(analysis.ghosts()).singleElement().satisfies(g -> {
            assertThat(g.name()).isEqualTo("missing-agent");
            assertThat(g.source().firstLine()).isEqualTo(7);
        });
    }
}
