package io.agentstudio.logic.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphAnalysis;
import org.junit.jupiter.api.Test;

import static io.agentstudio.logic.graph.GraphFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;

class GraphFormatTest {
    private final DelegationGraph graph = workspace()
            .agent("lead", "The helper-agent is nice.\n\n## Handoffs\n- `helper-agent` — work\n- `missing-agent`\n")
            .file(".claude/agents/helper-agent.md", "---\nname: helper-agent\ndescription: \"Helps \\\"a lot\\\".\"\ntools: Agent(lead)\n---\nx\n")
            .graph();
    private final GraphAnalysis analysis = GraphAnalyses.analyse(graph);

    @Test
    void jsonHoldsNodesEdgesSourcesAndAnalyses() throws Exception {
        JsonNode json = new ObjectMapper().readTree(GraphFormat.JSON.export(graph, analysis));

        assertThat(json.get("nodes")).hasSize(3);
        assertThat(json.get("nodes").get(2).get("ghost").asBoolean()).isTrue();
        JsonNode delegation = json.get("edges").get(1);
        assertThat(delegation.get("from").asText()).isEqualTo(".claude/agents/lead.md");
        assertThat(delegation.get("kind").asText()).isEqualTo("delegates");
        assertThat(delegation.get("sources").get(0).get("text").asText()).isEqualTo("- `helper-agent` — work");
        assertThat(delegation.get("sources").get(0).get("firstLine").asInt()).isEqualTo(8);
        assertThat(json.get("analysis").get("cycles").get(0).get("example")).hasSize(3);
        assertThat(json.get("analysis").get("ghosts").get(0).get("name").asText()).isEqualTo("missing-agent");
        assertThat(json.get("analysis").get("ghosts").get(0).get("column").asInt()).isEqualTo(4);
        assertThat(json.get("analysis").get("nestingLimit").asInt()).isEqualTo(3);
    }

    @Test
    void mermaidDrawsEachKindWithItsOwnArrowAndGhostsDashed() {
        String mermaid = GraphFormat.MERMAID.export(graph, analysis);

        assertThat(mermaid).startsWith("flowchart LR\n")
                .contains("n0[\"lead\"]", "n2[\"missing-agent\"]:::ghost", "n0 -.-> n1", "n0 --> n1", "n1 ==> n0", "n0 --> n2")
                .contains("classDef ghost");
    }

    @Test
    void dotQuotesIdsAndStylesKinds() {
        String dot = GraphFormat.DOT.export(graph, analysis);

        assertThat(dot).startsWith("digraph delegation {")
                .contains("\"ghost:missing-agent\" [label=\"missing-agent\", style=dashed")
                .contains("\".claude/agents/lead.md\" -> \".claude/agents/helper-agent.md\" [style=dotted")
                .contains("\".claude/agents/helper-agent.md\" -> \".claude/agents/lead.md\" [style=bold")
                .endsWith("}\n");
    }

    @Test
    void sharedNamesAreToldApartByFolder() {
        DelegationGraph twins = workspace().file("a/agents/qa.md", "---\nname: qa\ndescription: A.\n---\nA\n")
                .file("b/agents/qa.md", "---\nname: qa\ndescription: B.\n---\nB\n").graph();

        assertThat(GraphFormat.MERMAID.export(twins, GraphAnalyses.analyse(twins))).contains("[\"qa (a/agents)\"]", "[\"qa (b/agents)\"]");
    }

    @Test
    void formatsAreFoundByTheirCommandLineNames() {
        assertThat(GraphFormat.fromId("Mermaid")).contains(GraphFormat.MERMAID);
        assertThat(GraphFormat.fromId("svg")).isEmpty();
    }
}
