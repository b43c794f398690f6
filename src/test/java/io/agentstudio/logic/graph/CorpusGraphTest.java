package io.agentstudio.logic.graph;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.model.NameForm;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The acceptance cases of issue 4 on the real collections in ../shared/corpus (skipped where it is absent). */
@CorpusTest
class CorpusGraphTest {
    private static final String ADVISELY = "advisely__claude-code-agents-team-nation-of-elites/agents/";
    private static final String HAMZA = "HamzaAlayed__laravel-claude-agents/";
    private static final String LAYWILL = "laywill__awesome-claude-code-subagents/categories/";

    private static DelegationGraph graph;

    @BeforeAll
    static void extract() throws IOException {
        Workspace corpus = WorkspaceLoader.load(SharedFiles.corpus());
        graph = GraphExtractor.extract(corpus);
    }

    private static List<String> delegatesFrom(String file) {
        GraphNode node = graph.node(file).orElseThrow(() -> new AssertionError("no agent " + file));
        return graph.outgoing(node).stream().filter(e -> e.kind() == EdgeKind.DELEGATES).map(e -> e.to().name()).toList();
    }

    @Test
    void adviselyDelegationCuesNameTheirAgentsAndAGhost() {
        assertThat(delegatesFrom(ADVISELY + "03_Engineering_Division/Framework_Specialists/NextJS_Expert.md"))
                .containsExactlyInAnyOrder("solution-architect", "performance-optimizer", "ux-ui-architect", "tailwind-css-expert",
                        "react-expert", "api-architect", "database-architect", "devops-engineer", "code-reviewer");
        assertThat(graph.ghostReferences()).filteredOn(g -> g.name().equals("database-architect")).singleElement()
                .satisfies(g -> {
                    assertThat(g.source().location()).isEqualTo(ADVISELY + "03_Engineering_Division/Framework_Specialists/NextJS_Expert.md:104");
                    assertThat(g.source().text()).isEqualTo("* For database integration → delegate to `database-architect`");
                    assertThat(g.source().section()).isEqualTo("Delegation Cues");
                });
    }

    @Test
    void everyAdviselyAgentWithDelegationCuesDelegates() {
        long delegating = graph.agents().stream().filter(n -> n.id().startsWith(ADVISELY))
                .filter(n -> graph.outgoing(n).stream().anyMatch(e -> e.kind() == EdgeKind.DELEGATES)).count();

        assertThat(delegating).isGreaterThanOrEqualTo(65);
    }

    @Test
    void hamzaHandoffsNameAgentsByDisplayName() {
        List<GraphEdge> handoffs = graph.outgoing(graph.node(HAMZA + "agents/backend-developer.md").orElseThrow()).stream()
                .filter(e -> e.kind() == EdgeKind.DELEGATES).toList();

        assertThat(handoffs).extracting(e -> e.to().name()).containsExactlyInAnyOrder("database-developer", "frontend-developer",
                "mobile-developer", "qa-engineer", "security-engineer", "devops-engineer", "performance-engineer", "tech-lead");
        assertThat(handoffs).allSatisfy(e -> assertThat(e.to().id()).startsWith(HAMZA + "agents/"));
        assertThat(handoffs).flatExtracting(GraphEdge::sources).extracting(EdgeSource::written)
                .contains("Database Developer", "Frontend", "Mobile", "Tech Lead");
        assertThat(handoffs).flatExtracting(GraphEdge::sources).extracting(EdgeSource::form)
                .contains(NameForm.DISPLAY_NAME, NameForm.DISPLAY_NAME_PART);
    }

    @Test
    void theGeminiTwinHandsOffToGeminiTwins() {
        GraphNode gemini = graph.node(HAMZA + "gemini/agents/backend-developer.md").orElseThrow();

        assertThat(graph.outgoing(gemini)).filteredOn(e -> e.kind() == EdgeKind.DELEGATES).isNotEmpty()
                .allSatisfy(e -> assertThat(e.to().id()).startsWith(HAMZA + "gemini/agents/"));
    }

    @Test
    void laywillIntegrationWithOtherAgentsSectionsDelegate() {
        assertThat(delegatesFrom(LAYWILL + "14-data-and-database/postgres-pro.md")).containsExactlyInAnyOrder("database-optimizer",
                "backend-developer", "data-engineer", "devops-engineer", "sre-engineer", "cloud-architect", "security-auditor",
                "performance-engineer");
        // "Guide debugger on issue patterns": delegations-truth.yaml counts the one-word name after a handoff verb.
        assertThat(delegatesFrom(LAYWILL + "03-analysis-and-review/code-reviewer.md")).containsExactlyInAnyOrder("qa-expert",
                "security-auditor", "architect-reviewer", "debugger", "performance-engineer", "test-automator",
                "backend-developer", "frontend-developer");
    }

    @Test
    void ghostsAreNamesAReaderTakesForAgents() {
        assertThat(graph.ghosts()).extracting(GraphNode::name)
                .contains("database-architect", "security-guardian", "accessibility-expert", "it-ops-orchestrator")
                .doesNotContain("architect", "implementation-report", "on-call", "search-docs", "team-perf-audit");
    }
}
