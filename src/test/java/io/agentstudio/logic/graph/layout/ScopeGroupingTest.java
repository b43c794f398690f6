package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.testing.ScopesMonorepo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph's "Group by scope": the project root, each package's folder and the user's own agents, each a group. */
class ScopeGroupingTest {
    @TempDir
    java.nio.file.Path dir;

    @Test
    void theMonorepoWithItsUserAgentsFallsInFourScopes() throws IOException {
        ScopesMonorepo fixture = ScopesMonorepo.copyTo(dir);
        Workspace workspace = WorkspaceLoader.load(fixture.root(), Optional.of(fixture.home()));
        LaidOutGraph graph = new LiveGraphLayout().update(workspace.root(), workspace.agents(), null, false).laidOut();
        Map<String, WorkspaceAgent> agentsById = new HashMap<>();
        workspace.agents().forEach(agent -> agentsById.put(LaidOutGraph.idOf(agent), agent));

        assertThat(Grouping.choices(workspace.agents())).contains(Grouping.SCOPE);
        Grouping.Groups groups = Grouping.SCOPE.of(graph.graph().nodes(), agentsById);

        Map<String, Integer> sizes = new TreeMap<>();
        groups.labels().forEach((key, label) -> sizes.put(label, groups.size(key)));
        assertThat(sizes).containsExactlyInAnyOrderEntriesOf(Map.of("project", 2, "packages/a", 2, "packages/b", 1, "user", 2));
        assertThat(graph.graph().nodes()).as("the user's planner is a node of its own beside the project's")
                .filteredOn(node -> node.name().equals("planner")).hasSize(2);
    }

    @Test
    void oneScopeOffersNoScopeGrouping() throws IOException {
        ScopesMonorepo fixture = ScopesMonorepo.copyTo(dir);

        assertThat(Grouping.choices(WorkspaceLoader.load(fixture.home()).agents())).doesNotContain(Grouping.SCOPE);
    }
}
