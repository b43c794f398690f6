package io.agentstudio.logic.graph;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GhostReference;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.NameForm;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.agentstudio.logic.graph.GraphFixture.pairs;
import static io.agentstudio.logic.graph.GraphFixture.workspace;
import static io.agentstudio.model.EdgeKind.DELEGATES;
import static io.agentstudio.model.EdgeKind.MENTIONS;
import static io.agentstudio.model.EdgeKind.SPAWNS;
import static org.assertj.core.api.Assertions.assertThat;

class GraphExtractorTest {

    private static GraphFixture team() {
        return workspace().agent("code-reviewer", "Reviews.\n").agent("database-developer", "Schemas.\n")
                .agent("qa-engineer", "Tests.\n").agent("frontend-developer", "UI.\n").agent("mobile-developer", "Apps.\n")
                .agent("ui-ux-designer", "Design.\n").agent("prd-writer", "PRDs.\n");
    }

    @Nested
    class SectionStyles {

        @Test
        void backtickedSlugsInDelegationCuesAreDelegations() {
            DelegationGraph graph = team().agent("lead", """
                    # Lead

                    ## Delegation Cues

                    * For code review → delegate to `code-reviewer`
                    * If tests are needed → delegate to `qa-engineer`
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("lead -> code-reviewer", "lead -> qa-engineer");
        }

        @Test
        void boldDisplayNamesInHandoffsMatchTheirSlugs() {
            DelegationGraph graph = team().agent("backend", """
                    ## Handoffs

                    - **Database Developer** — migrations, indexes
                    - **Frontend / Mobile Developer** — publish API changes
                    - **UI / UX Designer** — design questions
                    - **QA Engineer** — feature tests

                    **Human checkpoint required:** authn, billing, mass-mail, tenant-isolation.
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("backend -> database-developer", "backend -> frontend-developer",
                    "backend -> mobile-developer", "backend -> ui-ux-designer", "backend -> qa-engineer");
            assertThat(graph.ghosts()).isEmpty();
        }

        @Test
        void aListOfPracticesUnderACollaborativeHeadingNamesNoAgent() {
            DelegationGraph graph = team().agent("refactorer", """
                    ## Collaborative Refactoring Approach

                    - **Team Education**: explain each change to the team
                    - **Pair Programming**: refactor risky modules in pairs
                    - **Code Reviewer** signs off every step

                    ## Integration with Other Agents

                    - **With code-reviewer**: review each refactoring step
                    - **With ui-ux-designer**: keep components consistent
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("refactorer -> code-reviewer", "refactorer -> ui-ux-designer");
            assertThat(graph.ghosts()).isEmpty();
        }

        @Test
        void tiersUnderACoordinationHeadingAreLabelsOverTheAgentsTheyName() {
            DelegationGraph graph = team().agent("orchestration-coordinator", """
                    ## Coordination Model

                    - **Foundation Tier**: database-developer, `api-gateway-builder`
                    - **Specialist Tier**: frontend-developer, mobile-developer
                    - **Review Tier**

                    ## Delegation Tiers

                    - **Quality Tier**: qa-engineer
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("orchestration-coordinator -> database-developer",
                    "orchestration-coordinator -> api-gateway-builder", "orchestration-coordinator -> frontend-developer",
                    "orchestration-coordinator -> mobile-developer", "orchestration-coordinator -> qa-engineer");
            assertThat(graph.ghosts()).extracting(g -> g.name()).containsExactly("api-gateway-builder");
        }

        @Test
        void aTitleCaseNameOfNoAgentIsStillMissingUnderAHeadingAboutHandoffs() {
            DelegationGraph graph = team().agent("backend", """
                    ## Lateral Coordination

                    - **QA Engineer**: test plans
                    - **Release Manager**: release notes

                    ## Handoffs

                    - **Database Developer** — migrations
                    - **Data Steward** — retention rules
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("backend -> qa-engineer", "backend -> database-developer",
                    "backend -> data-steward");
            assertThat(graph.ghosts()).extracting(g -> g.name()).containsExactly("data-steward");
        }

        @Test
        void integrationWithOtherAgentsListsNamePlainSlugs() {
            DelegationGraph graph = team().agent("reviewer", """
                    Integration with other agents:
                    - Support qa-engineer with quality insights
                    - Collaborate with code-reviewer on vulnerabilities
                    - Guide on-call teams on troubleshooting
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("reviewer -> qa-engineer", "reviewer -> code-reviewer");
            assertThat(graph.incoming(graph.node(".claude/agents/qa-engineer.md").orElseThrow()))
                    .singleElement().satisfies(e -> assertThat(e.from().name()).isEqualTo("reviewer"));
        }

        @Test
        void aBoldLeadInParagraphIsASectionOfItsOwn() {
            DelegationGraph graph = team().agent("kotlin", """
                    **Integration with other agents:** Share models with code-reviewer, collaborate with gradle-expert on builds.

                    Then keep working on the qa-engineer checklist.
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("kotlin -> code-reviewer", "kotlin -> gradle-expert");
            assertThat(pairs(graph, MENTIONS)).containsExactly("kotlin -> qa-engineer");
        }

        @Test
        void withItemsNameTheAgentAfterWith() {
            DelegationGraph graph = team().agent("pm", """
                    ## Works Best With

                    - **With prd-writer**: turn the brief into a PRD
                    - **With qa-engineer**: acceptance tests
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("pm -> prd-writer", "pm -> qa-engineer");
            assertThat(graph.edges().get(0).sources().get(0).form()).isEqualTo(NameForm.WITH);
        }

        @Test
        void linksToAgentFilesNameThoseAgents() {
            DelegationGraph graph = team().agent("docs", """
                    ## Coordination

                    - [the reviewer](code-reviewer.md) checks every page
                    - [API guide](../guides/api-guide.md) before writing
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("docs -> code-reviewer", "docs -> api-guide");
            assertThat(graph.edges().get(0).sources().get(0).written()).isEqualTo("[the reviewer](code-reviewer.md)");
        }

        @Test
        void tableRowsOfADelegationsTableAreItems() {
            DelegationGraph graph = team().agent("configurator", """
                    ## Delegations
                    | Trigger | Delegate | Goal |
                    |---------|----------|------|
                    | Review needed | `code-reviewer` | Quality gate |
                    | CI or tests | `qa-engineer` / `mobile-developer` | Both |
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("configurator -> code-reviewer",
                    "configurator -> qa-engineer", "configurator -> mobile-developer");
        }

        @Test
        void aNumberedStepWithABoldDelegationLabelGovernsItsTable() {
            DelegationGraph graph = team().agent("archaeologist", """
                    1. **Survey** – list directories, read the code-reviewer notes.
                    2. **Delegate when needed**
                       | Trigger | Target |
                       |---------|--------|
                       | Tests missing | `qa-engineer` |
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("archaeologist -> qa-engineer");
            assertThat(pairs(graph, MENTIONS)).containsExactly("archaeologist -> code-reviewer");
        }

        @Test
        void aSubheadingThatSpeaksOfSomethingElseEndsTheSection() {
            DelegationGraph graph = team().agent("orchestrator", """
                    ## Subagent Coordination

                    Hand off reviews to `code-reviewer`.

                    ### Naming Convention

                    - `subagent-search-logs`, `team-perf-audit`
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("orchestrator -> code-reviewer");
            assertThat(graph.ghosts()).isEmpty();
        }
    }

    @Nested
    class Direction {

        @Test
        void receivesDelegationFromPointsTheOtherWay() {
            DelegationGraph graph = team().agent("reviewer", """
                    ## Receives delegation from

                    - `qa-engineer`
                    - `prd-writer`
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("qa-engineer -> reviewer", "prd-writer -> reviewer");
        }

        @Test
        void upstreamEscalationStillHandsWorkOver() {
            DelegationGraph graph = team().agent("observer", """
                    ## Delegation Cues

                    ### Upstream Escalation
                    - **QA Engineer**: when tests fail
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("observer -> qa-engineer");
        }

        @Test
        void anItemThatAcceptsReferralsPointsTheOtherWay() {
            DelegationGraph graph = team().agent("editor", """
                    ## Delegation Cues

                    * For rewrites -> delegate back to `prd-writer`
                    * For proposals -> accept referrals from `code-reviewer`
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("editor -> prd-writer", "code-reviewer -> editor");
        }
    }

    @Nested
    class Prose {

        @Test
        void aHandoffVerbInProseMakesADelegationAndOtherNamesAreMentions() {
            DelegationGraph graph = team().agent("coordinator", """
                    Schema changes → `database-developer`. Hand off to `qa-engineer` or `mobile-developer` when done.
                    The code-reviewer writes its own notes.
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("coordinator -> database-developer",
                    "coordinator -> qa-engineer", "coordinator -> mobile-developer");
            assertThat(pairs(graph, MENTIONS)).containsExactly("coordinator -> code-reviewer");
        }

        @Test
        void fencedCodeIsNotRead() {
            DelegationGraph graph = team().agent("reviewer", """
                    ```json
                    {"requesting_agent": "qa-engineer", "next": "delegate to `code-reviewer`"}
                    ```
                        indented code also: qa-engineer
                    """).graph();

            assertThat(graph.edges()).isEmpty();
        }

        @Test
        void aBareFenceLeftOpenAtTheEndClosesAMisnestedBlock() {
            DelegationGraph graph = team().agent("architect", """
                    ```
                    # Spec
                    - **Body:**
                      ```json
                      {"a": 1}
                      ```
                    ## Errors
                    ```

                    ## Delegation Cues
                    * For review → delegate to `code-reviewer`
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("architect -> code-reviewer");
        }

        @Test
        void nonBreakingHyphensStillNameTheAgent() {
            DelegationGraph graph = team().agent("frontend", """
                    ## Collaboration Signals

                    * Ping **code\u2011reviewer** when an API changes.
                    * Ping **accessibility\u2011expert** for WCAG reviews.
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("frontend -> code-reviewer", "frontend -> accessibility-expert");
            assertThat(graph.ghosts()).singleElement().satisfies(g -> assertThat(g.name()).isEqualTo("accessibility-expert"));
        }

        @Test
        void aReferenceToItselfIsNoEdge() {
            DelegationGraph graph = team().agent("analyst", """
                    ## Delegation Cues
                    * For gating → retain by `analyst` (coordinate with `qa-engineer`)
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("analyst -> qa-engineer");
        }
    }

    @Nested
    class OrdinaryWords {

        private GraphFixture withPlanner(String body) {
            return workspace().agent("planner", "Plans.\n").agent("lead", body);
        }

        @Test
        void aOneWordNameInPlainProseIsNotAReference() {
            DelegationGraph graph = withPlanner("Ask the planner, a good planner plans.\n").graph();

            assertThat(graph.edges()).isEmpty();
        }

        @Test
        void aBacktickedOneWordNameInProseIsCode() {
            DelegationGraph graph = withPlanner("Never commit `planner` statements or `debugger` calls.\n").graph();

            assertThat(graph.edges()).isEmpty();
        }

        @Test
        void aOneWordNameWrittenAsANameCounts() {
            DelegationGraph graph = withPlanner("""
                    The planner agent plans first, then delegate to `planner` again.

                    ## Handoffs
                    - **planner** — schedules
                    """).graph();

            assertThat(graph.edges()).extracting(GraphEdge::kind).containsExactlyInAnyOrder(MENTIONS, DELEGATES);
            assertThat(graph.edges().stream().filter(e -> e.kind() == DELEGATES).findFirst().orElseThrow().sources())
                    .extracting(EdgeSource::form).containsExactly(NameForm.CODE, NameForm.BOLD);
        }

        @Test
        void aOneWordNameInPlainTextOfADelegationListCountsOnlyRightAfterAHandoffVerb() {
            DelegationGraph graph = withPlanner("""
                    Integration with other agents:
                    - Guide planner on schedules
                    - Share the planner view with stakeholders
                    """).graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("lead -> planner");
            assertThat(graph.edges()).singleElement().satisfies(e -> assertThat(e.sources()).singleElement()
                    .satisfies(s -> assertThat(s.text()).isEqualTo("- Guide planner on schedules")));
        }

        @Test
        void aOneWordNameInPlainTextOutsideADelegationSectionDoesNotCount() {
            DelegationGraph graph = withPlanner("Guide planner on schedules.\n").graph();

            assertThat(graph.edges()).isEmpty();
        }

        @Test
        void anUnknownOneWordNameIsNeverAGhost() {
            DelegationGraph graph = workspace().agent("lead", """
                    ## Delegations
                    | Trigger | Delegate |
                    |---|---|
                    | Architecture | relevant `architect` |
                    """).graph();

            assertThat(graph.ghosts()).isEmpty();
        }
    }

    @Nested
    class Ghosts {

        @Test
        void anUnknownBacktickedNameInADelegationSectionIsAGhostWithItsLocation() {
            DelegationGraph graph = team().agent("nextjs", """
                    # Next.js

                    ## Delegation Cues
                    * For database integration → delegate to `database-architect`
                    """).graph();

            assertThat(graph.ghostReferences()).singleElement().satisfies(ghost -> {
                assertThat(ghost.name()).isEqualTo("database-architect");
                assertThat(ghost.kind()).isEqualTo(DELEGATES);
                assertThat(ghost.source().file()).isEqualTo(Path.of(".claude/agents/nextjs.md"));
                assertThat(ghost.source().firstLine()).isEqualTo(8);
                assertThat(ghost.source().text()).isEqualTo("* For database integration → delegate to `database-architect`");
                assertThat(ghost.source().section()).isEqualTo("Delegation Cues");
            });
        }

        @Test
        void aGhostCloseToAnAgentNameSuggestsIt() {
            DelegationGraph graph = team().agent("lead", "## Handoffs\n- `code-reviwer` — reviews\n").graph();

            assertThat(graph.ghostReferences()).extracting(GhostReference::didYouMean).containsExactly("code-reviewer");
        }

        @Test
        void theTailOfALongWordIsNoHandoffVerb() {
            // The clause before a name is read back at most 120 characters of its text; here that cuts "remapping" to
            // "ping", a verb that hands off.
            String longWords = "src/" + "a".repeat(50) + " docs/" + "b".repeat(51);
            String line = "Keep remapping " + longWords + " to `code-reviewer`.";
            String text = line.replace("`", "");
            assertThat(text.substring(text.indexOf("code-reviewer") - 120)).as("the cut falls inside the word").startsWith("ping ");

            DelegationGraph cut = GraphFixture.workspace().agent("lead", "# Lead\n\n" + line + "\n").graph();
            DelegationGraph whole = GraphFixture.workspace().agent("lead", "# Lead\n\nThen ping " + longWords + " to `code-reviewer`.\n")
                    .graph();

            assertThat(cut.ghostReferences()).isEmpty();
            assertThat(whole.ghostReferences()).extracting(GhostReference::name).containsExactly("code-reviewer");
        }

        @Test
        void namesThatAreNotInANamesPlaceAreNoGhosts() {
            DelegationGraph graph = team().agent("lead", """
                    ## Handoffs
                    - **QA Engineer** — bundle size, code-splitting, asset loading
                    - Code reviews → `security-audit` skill
                    - Assign to [agent-name] or @agent-[exact-name]
                    - Partner with domain-experts on interpretation
                    - Produce an **Implementation Report**

                    Use header-based routing and delegate work to sub-agents.
                    """).graph();

            assertThat(graph.ghosts()).isEmpty();
        }

        @Test
        void unknownNamesInProseWithoutAHandoffAreNoGhosts() {
            DelegationGraph graph = team().agent("lead", "Use `team-auth-review` names and the `django-patterns` skill.\n").graph();

            assertThat(graph.ghosts()).isEmpty();
        }
    }

    @Nested
    class Frontmatter {

        @Test
        void agentAndTaskToolsSpawnTheirAgents() {
            DelegationGraph graph = team().file(".claude/agents/main.md", """
                    ---
                    name: main
                    description: The main thread.
                    tools: Read, Grep, Agent(code-reviewer, qa-engineer), Task(planner-x)
                    ---
                    Body.
                    """).graph();

            assertThat(pairs(graph, SPAWNS)).containsExactly("main -> code-reviewer", "main -> qa-engineer", "main -> planner-x");
            EdgeSource source = graph.edges().get(0).sources().get(0);
            assertThat(source.form()).isEqualTo(NameForm.TOOL);
            assertThat(source.firstLine()).isEqualTo(4);
        }

        @Test
        void copilotAgentsSpawnAndHandoffsDelegate() {
            DelegationGraph graph = team().file(".github/agents/planner.agent.md", """
                    ---
                    name: planner
                    description: Plans.
                    agents: [code-reviewer]
                    handoffs:
                      - label: Start testing
                        agent: qa-engineer
                        prompt: Test it.
                    ---
                    Body.
                    """).graph();

            assertThat(pairs(graph, SPAWNS)).containsExactly("planner -> code-reviewer");
            assertThat(pairs(graph, DELEGATES)).containsExactly("planner -> qa-engineer");
        }

        @Test
        void openCodeTaskPermissionsSpawnAllowedAgentsOnly() {
            DelegationGraph graph = team().file(".opencode/agents/build.md", """
                    ---
                    description: Builds.
                    permission:
                      task:
                        code-reviewer: allow
                        qa-engineer: deny
                        "*": ask
                    ---
                    Body.
                    """).graph();

            assertThat(pairs(graph, SPAWNS)).containsExactly("build -> code-reviewer");
        }
    }

    @Nested
    class Resolution {

        @Test
        void aSharedNameGoesToTheAgentInTheSameFolderAndDialect() {
            DelegationGraph graph = workspace()
                    .file("team-a/agents/qa-engineer.md", "---\nname: qa-engineer\ndescription: A.\n---\nA.\n")
                    .file("team-b/agents/qa-engineer.md", "---\nname: qa-engineer\ndescription: B.\n---\nB.\n")
                    .file("team-b/agents/lead.md", "---\nname: lead\ndescription: L.\n---\n## Handoffs\n- `qa-engineer`\n")
                    .graph();

            assertThat(graph.edges()).singleElement().satisfies(e -> assertThat(e.to().id()).isEqualTo("team-b/agents/qa-engineer.md"));
        }

        @Test
        void fileNamesNameAgentsToo() {
            DelegationGraph graph = workspace()
                    .file("agents/Code_Reviewer.md", "---\nname: code-reviewer\ndescription: R.\n---\nR.\n")
                    .file(".opencode/agents/tester.md", "---\ndescription: T.\n---\nT.\n")
                    .file("agents/lead.md", "---\nname: lead\ndescription: L.\n---\n## Handoffs\n- `tester`\n- **Code Reviewer**\n")
                    .graph();

            assertThat(pairs(graph, DELEGATES)).containsExactly("lead -> tester", "lead -> code-reviewer");
        }
    }

    @Test
    void everySourceKnowsItsExactTextAndNameOffsets() {
        String body = "## Handoffs\r\n\r\n- **QA Engineer** — tests\r\n  and more tests\r\n";
        GraphFixture fixture = team().file(".claude/agents/lead.md", "---\r\nname: lead\r\ndescription: L.\r\n---\r\n" + body);
        DelegationGraph graph = fixture.graph();
        String text = fixture.build().agents().get(fixture.build().agents().size() - 1).document().text();

        EdgeSource source = graph.edges().get(0).sources().get(0);
        assertThat(source.text()).isEqualTo("- **QA Engineer** — tests\r\n  and more tests");
        assertThat(source.firstLine()).isEqualTo(7);
        assertThat(source.lastLine()).isEqualTo(8);
        assertThat(text.substring(source.nameStart(), source.nameEnd())).isEqualTo("QA Engineer").isEqualTo(source.written());
        assertThat(source.location()).isEqualTo(".claude/agents/lead.md:7");
        assertThat(source.nameLine()).isEqualTo(7);
        assertThat(source.nameColumn()).isEqualTo(5);
    }

    @Test
    void withKindsKeepsOnlyThoseEdgesAndTheGhostsTheyTouch() {
        DelegationGraph graph = team().agent("lead", "The code-reviewer helps.\n\n## Handoffs\n- `ghost-agent`\n").graph();

        DelegationGraph mentions = graph.withKinds(java.util.List.of(EdgeKind.MENTIONS));

        assertThat(pairs(mentions, MENTIONS)).containsExactly("lead -> code-reviewer");
        assertThat(mentions.ghosts()).isEmpty();
        assertThat(mentions.agents()).hasSize(graph.agents().size());
    }
}
