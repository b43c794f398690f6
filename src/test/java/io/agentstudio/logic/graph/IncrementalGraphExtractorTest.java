package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.EdgeKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalGraphExtractorTest {
    private final Workspace workspace = GraphFixture.workspace()
            .agent("planner", "## Delegates to\n- `backend-developer`\n")
            .agent("backend-developer", "Ask the reviewer when done.\n")
            .agent("code-reviewer", "Reviews code.\n")
            .build();
    private final IncrementalGraphExtractor extractor = new IncrementalGraphExtractor();

    @Test
    void givesTheSameGraphAsAFullExtraction() {
        assertThat(extractor.extract(workspace.agents())).isEqualTo(GraphExtractor.extract(workspace));
        assertThat(extractor.lastScanned()).isEqualTo(3);
    }

    @Test
    void anEditedBodyIsTheOnlyFileScannedAgain() {
        extractor.extract(workspace.agents());
        List<WorkspaceAgent> edited = replaced(workspace.agents(), 0,
                "---\nname: planner\ndescription: Use for planner.\n---\n## Delegates to\n- `backend-developer`\n- `code-reviewer`\n");

        var graph = extractor.extract(edited);

        assertThat(extractor.lastScanned()).isEqualTo(1);
        assertThat(graph).isEqualTo(GraphExtractor.extract(new Workspace(workspace.root(), edited, List.of(), List.of())));
        assertThat(GraphFixture.pairs(graph, EdgeKind.DELEGATES)).contains("planner -> code-reviewer");
    }

    @Test
    void aNewNameScansEveryFileAgainBecauseReferencesMayNowReachIt() {
        extractor.extract(workspace.agents());
        List<WorkspaceAgent> renamed = replaced(workspace.agents(), 2,
                "---\nname: the-reviewer\ndescription: Use for code-reviewer.\n---\nReviews code.\n");

        var graph = extractor.extract(renamed);

        assertThat(extractor.lastScanned()).isEqualTo(3);
        assertThat(graph).isEqualTo(GraphExtractor.extract(new Workspace(workspace.root(), renamed, List.of(), List.of())));
    }

    @Test
    void nothingChangedScansNothing() {
        extractor.extract(workspace.agents());
        extractor.extract(workspace.agents());
        assertThat(extractor.lastScanned()).isZero();
    }

    private static List<WorkspaceAgent> replaced(List<WorkspaceAgent> agents, int index, String text) {
        List<WorkspaceAgent> copy = new ArrayList<>(agents);
        WorkspaceAgent old = copy.get(index);
        copy.set(index, new WorkspaceAgent(old.path(), old.relativePath(), old.dialect(), AgentFileParser.parse(text), old.stamp()));
        return copy;
    }
}
