package io.agentstudio.logic.templates;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentTemplatesTest {

    static List<AgentTemplate> templates() {
        return AgentTemplates.all();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void instantiatesToAFileWithoutProblemsThatRoundTrips(AgentTemplate template) {
        AgentDocument agent = AgentTemplates.instantiate(template, "my-agent");

        assertThat(agent.problems()).isEmpty();
        assertThat(agent.string("name")).contains("my-agent");
        assertThat(agent.string("description")).isPresent();
        byte[] bytes = AgentFileParser.toBytes(agent);
        AgentDocument again = AgentFileParser.parse(bytes);
        assertThat(again.text()).isEqualTo(agent.text());
        assertThat(AgentFileParser.toBytes(again)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void onlyTheNameLineDiffersFromTheTemplate(AgentTemplate template) {
        String bundled = AgentTemplates.document(template).text();
        String made = AgentTemplates.instantiate(template, "my-agent").text();

        assertThat(made).isEqualTo(bundled.replaceFirst("(?m)^name: new-agent$", "name: my-agent"));
    }

    @Test
    void theOrchestratorDelegatesToTheOtherTemplatesAgents(@TempDir Path root) throws IOException {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        for (AgentTemplate template : AgentTemplates.all()) {
            String name = template.id().equals("blank") ? "helper" : template.id();
            Files.write(agents.resolve(name + ".md"), AgentFileParser.toBytes(AgentTemplates.instantiate(template, name)));
        }

        DelegationGraph graph = GraphExtractor.extract(WorkspaceLoader.load(root));

        GraphNode orchestrator = graph.agents().stream().filter(node -> node.name().equals("orchestrator")).findFirst().orElseThrow();
        assertThat(graph.outgoing(orchestrator)).filteredOn(edge -> edge.kind() == EdgeKind.DELEGATES)
                .extracting(edge -> edge.to().name()).containsExactlyInAnyOrder("code-reviewer", "debugger", "researcher", "test-writer");
        assertThat(graph.ghosts()).isEmpty();
    }
}
