package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphEdge;
import org.junit.jupiter.api.Test;

import static io.agentstudio.logic.graph.GraphFixture.workspace;
import static io.agentstudio.model.EdgeKind.SPAWNS;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenCode delegations name nested agents by their id ({@code team/reviewer}), in V1's {@code permission.task} map
 * and in V2's ordered {@code permissions} list; the edge goes to that file, not to another {@code reviewer.md}.
 */
class OpenCodeTaskTargetsTest {

    private static GraphFixture reviewers() {
        return workspace()
                .file(".opencode/agents/other/reviewer.md", "---\ndescription: Reviews other things.\n---\nO.\n")
                .file(".opencode/agents/team/reviewer.md", "---\ndescription: Reviews the team's code.\n---\nT.\n");
    }

    private static String target(GraphEdge edge) {
        return edge.to().id();
    }

    @Test
    void aV1TaskPermissionReachesTheNestedAgent() {
        DelegationGraph graph = reviewers().file(".opencode/agents/lead.md", """
                ---
                description: Leads.
                permission:
                  task:
                    "*": deny
                    team/reviewer: allow
                ---
                Lead.
                """).graph();

        assertThat(graph.edges()).filteredOn(e -> e.kind() == SPAWNS).extracting(OpenCodeTaskTargetsTest::target)
                .containsExactly(".opencode/agents/team/reviewer.md");
        assertThat(graph.ghosts()).isEmpty();
    }

    @Test
    void aV2TaskRuleReachesTheNestedAgentUnlessALaterRuleDeniesIt() {
        DelegationGraph graph = reviewers().file(".opencode/agents/lead.md", """
                ---
                description: Leads.
                permissions:
                  - action: task
                    resource: "*"
                    effect: deny
                  - action: task
                    resource: team/reviewer
                    effect: allow
                  - action: task
                    resource: other/reviewer
                    effect: allow
                  - action: task
                    resource: other/*
                    effect: deny
                  - action: edit
                    resource: "*"
                    effect: deny
                ---
                Lead.
                """).graph();

        assertThat(graph.edges()).filteredOn(e -> e.kind() == SPAWNS).extracting(OpenCodeTaskTargetsTest::target)
                .containsExactly(".opencode/agents/team/reviewer.md");
        assertThat(graph.ghosts()).isEmpty();
    }
}
