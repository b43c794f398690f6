package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.EdgeKind;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static io.agentstudio.logic.graph.GraphFixture.pairs;
import static io.agentstudio.logic.graph.GraphFixture.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphEditorTest {

    private static GraphFixture team(String leadBody) {
        return workspace().agent("code-reviewer", "Reviews.\n").agent("qa-engineer", "Tests.\n")
                .agent("database-developer", "Schemas.\n").agent("planner", "Plans.\n").agent("lead", leadBody);
    }

    private static String text(Workspace workspace, String name) {
        return agent(workspace, name).document().text();
    }

    private static WorkspaceAgent agent(Workspace workspace, String name) {
        return workspace.agents().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    }

    private static String body(Workspace workspace, String name) {
        return agent(workspace, name).document().body();
    }

    @Nested
    class Link {

        @Test
        void addsAnItemInTheArrowStyleOfDelegationCues() {
            Workspace before = team("## Delegation Cues\n\n* For tests → delegate to `qa-engineer`\n\nMore text.\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", "code review").applyTo(before);

            assertThat(body(after, "lead")).isEqualTo("## Delegation Cues\n\n* For tests → delegate to `qa-engineer`\n"
                    + "* For code review → delegate to `code-reviewer`\n\nMore text.\n");
        }

        @Test
        void skipsAListOfPracticesForTheListThatHoldsTheDelegations() {
            String practices = "## Collaborative Refactoring Approach\n\n- **Team Education**: teach the team\n"
                    + "- **Pair Programming**: refactor in pairs\n\n";
            Workspace before = team(practices + "## Integration with Other Agents\n\n- **With qa-engineer**: keep tests green\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", "review each step").applyTo(before);

            assertThat(body(after, "lead")).isEqualTo(practices + "## Integration with Other Agents\n\n"
                    + "- **With qa-engineer**: keep tests green\n- **With code-reviewer**: review each step\n");
        }

        @Test
        void anArrowItemWithTextAfterTheNameGivesNeitherItsSituationNorThatText() {
            Workspace before = team("## Delegation Cues\n* For client translations -> coordinate with `qa-engineer` for context\n").build();

            Workspace withNote = new GraphEditor(before).link("lead", "code-reviewer", "reviews").applyTo(before);
            Workspace withoutNote = new GraphEditor(before).link("lead", "code-reviewer", null).applyTo(before);

            assertThat(body(withNote, "lead")).endsWith("for context\n* For reviews -> coordinate with `code-reviewer`\n");
            assertThat(body(withoutNote, "lead")).endsWith("for context\n* Coordinate with `code-reviewer`\n");
        }

        @Test
        void writesATargetNamedWithSpacesByItsKeyWhereTheListUsesBackticksOrMentions() {
            String file = "---\nname: Python Testing Expert\ndescription: Use for tests.\n---\nTests.\n";
            Workspace code = team("## Delegation Cues\n* For reviews → delegate to `code-reviewer`\n")
                    .file(".claude/agents/testing-expert.md", file).build();
            Workspace mention = team("## Delegation\n\n| Trigger | Target |\n|---|---|\n| Review | @agent-code-reviewer |\n")
                    .file(".claude/agents/testing-expert.md", file).build();

            Workspace withCode = new GraphEditor(code).link("lead", "testing-expert", "tests").applyTo(code);
            Workspace withMention = new GraphEditor(mention).link("lead", "testing-expert", "tests").applyTo(mention);

            assertThat(body(withCode, "lead")).endsWith("* For tests → delegate to `python-testing-expert`\n");
            assertThat(body(withMention, "lead")).endsWith("| tests | @agent-python-testing-expert |\n");
        }

        @Test
        void withoutANoteTheArrowItemStartsWithTheVerb() {
            Workspace before = team("## Delegation Cues\n* If tests are needed -> delegate to `qa-engineer`\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", null).applyTo(before);

            assertThat(body(after, "lead")).endsWith("* If tests are needed -> delegate to `qa-engineer`\n* Delegate to `code-reviewer`\n");
        }

        @Test
        void doesNotImitateAnItemThatPointsTheOtherWay() {
            Workspace before = team("## Delegation Cues\n* For tests -> delegate to `qa-engineer`\n"
                    + "* For proposals -> accept referrals from `database-developer`\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", "reviews").applyTo(before);

            assertThat(body(after, "lead")).endsWith("accept referrals from `database-developer`\n"
                    + "* For reviews -> delegate to `code-reviewer`\n");
        }

        @Test
        void addsABoldDisplayNameItemToHandoffs() {
            Workspace before = team("## Handoffs\n\n- **QA Engineer** — feature tests\n\n**Human checkpoint:** money.\n").build();

            Workspace after = new GraphEditor(before).link("lead", "database-developer", "migrations").applyTo(before);

            assertThat(body(after, "lead")).isEqualTo("## Handoffs\n\n- **QA Engineer** — feature tests\n"
                    + "- **Database Developer** — migrations\n\n**Human checkpoint:** money.\n");
        }

        @Test
        void addsAPlainItemToAnIntegrationList() {
            Workspace before = team("Integration with other agents:\n- Collaborate with qa-engineer on test plans\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", "reviews").applyTo(before);

            assertThat(body(after, "lead")).endsWith("- Collaborate with qa-engineer on test plans\n- Collaborate with code-reviewer on reviews\n");
        }

        @Test
        void writesAOneWordNameAsCodeWherePlainTextWouldNotCount() {
            Workspace before = team("Integration with other agents:\n- Collaborate with qa-engineer on test plans\n").build();

            Workspace after = new GraphEditor(before).link("lead", "planner", null).applyTo(before);

            assertThat(body(after, "lead")).endsWith("- Collaborate with `planner`\n");
            assertThat(pairs(GraphExtractor.extract(after), EdgeKind.DELEGATES)).contains("lead -> planner");
        }

        @Test
        void numbersTheNewItemOfAnOrderedList() {
            Workspace before = team("## Handoffs\n1. `qa-engineer` — tests\n2. `database-developer` — schemas\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", "reviews").applyTo(before);

            assertThat(body(after, "lead")).endsWith("2. `database-developer` — schemas\n3. `code-reviewer` — reviews\n");
        }

        @Test
        void addsATableRowWithTheNoteInTheFirstOtherColumn() {
            Workspace before = team("## Delegations\n| Trigger | Delegate | Goal |\n|---|---|---|\n| Tests | `qa-engineer` | Coverage |\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", "Review needed").applyTo(before);

            assertThat(body(after, "lead")).endsWith("| Tests | `qa-engineer` | Coverage |\n| Review needed | `code-reviewer` | |\n");
        }

        @Test
        void createsADelegatesToSectionWithTheFilesOwnLineEnding() {
            Workspace before = workspace().agent("code-reviewer", "R.\n")
                    .file(".claude/agents/lead.md", "---\r\nname: lead\r\ndescription: L.\r\n---\r\nDo things.\r\n").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", "reviews").applyTo(before);

            assertThat(text(after, "lead")).isEqualTo("---\r\nname: lead\r\ndescription: L.\r\n---\r\nDo things.\r\n"
                    + "\r\n## Delegates to\r\n\r\n- `code-reviewer` — reviews\r\n");
        }

        @Test
        void keepsAMissingFinalNewlineMissing() {
            Workspace before = team("Do things.").build();

            Workspace after = new GraphEditor(before).link("lead", "code-reviewer", null).applyTo(before);

            assertThat(body(after, "lead")).isEqualTo("Do things.\n\n## Delegates to\n\n- `code-reviewer`");
        }

        @Test
        void anExistingDelegationIsLeftAsItIs() {
            Workspace before = team("## Handoffs\n- `qa-engineer`\n").build();

            GraphEdit edit = new GraphEditor(before).link("lead", "qa-engineer", null);

            assertThat(edit.changesFiles()).isFalse();
            assertThat(edit.summary()).contains("already delegates", ".claude/agents/lead.md:6");
        }

        @Test
        void anUnknownNameSuggestsTheClosestAgent() {
            Workspace before = team("Body.\n").build();

            assertThatThrownBy(() -> new GraphEditor(before).link("lead", "code-reviwer", null))
                    .isInstanceOfSatisfying(UnknownAgentException.class, e -> assertThat(e.didYouMean()).contains("code-reviewer"))
                    .hasMessageContaining("did you mean 'code-reviewer'");
        }

        @Test
        void aNoteIsOneLine() {
            Workspace before = team("Body.\n").build();

            assertThatThrownBy(() -> new GraphEditor(before).link("lead", "qa-engineer", "a\nb")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Unlink {

        @ParameterizedTest
        @ValueSource(strings = {
                "## Delegation Cues\n\n* For tests → delegate to `qa-engineer`\n\nMore text.\n",
                "## Handoffs\n\n- **QA Engineer** — feature tests\n\n**Human checkpoint:** money.\n",
                "Integration with other agents:\n- Collaborate with qa-engineer on test plans\n",
                "## Handoffs\n1. `qa-engineer` — tests\n",
                "## Delegations\n| Trigger | Delegate |\n|---|---|\n| Tests | `qa-engineer` |",
                "Do things.",
                "Do things.\n\n",
                "",
                "## Delegates to\n\n- `qa-engineer`\n",
        })
        void unlinkAfterLinkGivesBackTheOriginalBytes(String body) {
            Workspace original = team(body).build();

            Workspace linked = new GraphEditor(original).link("lead", "code-reviewer", "a note").applyTo(original);
            Workspace unlinked = new GraphEditor(linked).unlink("lead", "code-reviewer").applyTo(linked);

            assertThat(text(linked, "lead")).isNotEqualTo(text(original, "lead"));
            assertThat(text(unlinked, "lead")).isEqualTo(text(original, "lead"));
        }

        @Test
        void removesTheItemAndListsProseMentionsAsHandEdits() {
            Workspace before = team("The qa-engineer knows flaky tests.\n\n## Handoffs\n- `qa-engineer` — tests\n- `code-reviewer`\n").build();

            GraphEdit edit = new GraphEditor(before).unlink("lead", "qa-engineer");

            assertThat(body(edit.applyTo(before), "lead")).isEqualTo("The qa-engineer knows flaky tests.\n\n## Handoffs\n- `code-reviewer`\n");
            assertThat(edit.handEdits()).singleElement().satisfies(hand -> {
                assertThat(hand.location()).isEqualTo(".claude/agents/lead.md:5");
                assertThat(hand.text()).isEqualTo("The qa-engineer knows flaky tests.");
                assertThat(hand.why()).contains("mentions qa-engineer");
            });
        }

        @Test
        void anItemThatNamesSeveralAgentsIsAHandEdit() {
            Workspace before = team("## Delegation Cues\n* For tests → delegate to `qa-engineer` or `code-reviewer`\n").build();

            GraphEdit edit = new GraphEditor(before).unlink("lead", "qa-engineer");

            assertThat(edit.changesFiles()).isFalse();
            assertThat(edit.handEdits()).singleElement().satisfies(hand -> assertThat(hand.why()).contains("also names code-reviewer"));
        }

        @Test
        void removesTheAgentFromAgentToolsThroughTheFrontmatterEditor() {
            Workspace before = team("").file(".claude/agents/main.md",
                    "---\nname: main\ndescription: M.\ntools: Read, Agent(qa-engineer, code-reviewer), Task(qa-engineer)\n---\nBody.\n").build();

            Workspace after = new GraphEditor(before).unlink("main", "qa-engineer").applyTo(before);

            assertThat(text(after, "main")).isEqualTo("---\nname: main\ndescription: M.\ntools: Read, Agent(code-reviewer)\n---\nBody.\n");
        }

        @Test
        void removesAReceivesFromItemInTheOtherFile() {
            Workspace before = team("").agent("reviewer-two", "## Receives delegation from\n- `lead`\n- `qa-engineer`\n").build();

            Workspace after = new GraphEditor(before).unlink("lead", "reviewer-two").applyTo(before);

            assertThat(body(after, "reviewer-two")).isEqualTo("## Receives delegation from\n- `qa-engineer`\n");
        }

        @Test
        void anAgentThatDoesNotReferToTheOtherIsAnError() {
            Workspace before = team("Nothing.\n").build();

            assertThatThrownBy(() -> new GraphEditor(before).unlink("lead", "qa-engineer"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessage("lead does not refer to qa-engineer");
        }

        @Test
        void aUserWrittenDelegatesToSectionStaysWhenOtherTextFollows() {
            Workspace before = team("## Delegates to\n\n- `qa-engineer`\n\n## Notes\nKeep it short.\n").build();

            Workspace after = new GraphEditor(before).unlink("lead", "qa-engineer").applyTo(before);

            assertThat(body(after, "lead")).isEqualTo("## Delegates to\n\n\n## Notes\nKeep it short.\n");
        }
    }

    @Nested
    class Rename {

        private final String leadBody = """
                ## Handoffs

                - **QA Engineer** — tests
                - `qa-engineer` again, and @agent-qa-engineer
                - [the tester](qa-engineer.md) for details
                - **Frontend / QA Engineer** — both

                Ask the qa-engineer agent.

                ```json
                {"agent": "qa-engineer"}
                ```
                """;

        private Workspace fixture() {
            return workspace().agent("qa-engineer", "I am qa-engineer.\n").agent("frontend-engineer", "UI.\n")
                    .file(".claude/agents/lead.md", "---\nname: lead\ndescription: L.\ntools: Read, Agent(qa-engineer)\n---\n" + leadBody)
                    .build();
        }

        @Test
        void rewritesTheNameEveryReferenceAndTheFile() {
            Workspace before = fixture();

            GraphEdit edit = new GraphEditor(before).rename("qa-engineer", "test-lead");
            Workspace after = edit.applyTo(before);

            assertThat(text(after, "lead")).isEqualTo("---\nname: lead\ndescription: L.\ntools: Read, Agent(test-lead)\n---\n" + """
                    ## Handoffs

                    - **Test Lead** — tests
                    - `test-lead` again, and @agent-test-lead
                    - [the tester](test-lead.md) for details
                    - **Frontend / QA Engineer** — both

                    Ask the test-lead agent.

                    ```json
                    {"agent": "qa-engineer"}
                    ```
                    """);
            WorkspaceAgent renamed = agent(after, "test-lead");
            assertThat(renamed.relativePath()).isEqualTo(Path.of(".claude/agents/test-lead.md"));
            assertThat(renamed.document().text()).isEqualTo("---\nname: test-lead\ndescription: Use for qa-engineer.\n---\nI am test-lead.\n");
            assertThat(edit.handEdits()).extracting(GraphEdit.HandEdit::location)
                    .containsExactlyInAnyOrder(".claude/agents/lead.md:11", ".claude/agents/lead.md:16", ".claude/agents/qa-engineer.md:3");
        }

        @Test
        void renamingBackGivesBackEveryByte() {
            Workspace before = fixture();

            Workspace there = new GraphEditor(before).rename("qa-engineer", "renamed-qa-engineer").applyTo(before);
            Workspace back = new GraphEditor(there).rename("renamed-qa-engineer", "qa-engineer").applyTo(there);

            assertThat(text(there, "lead")).contains("**Renamed QA Engineer**", "**Frontend / Renamed QA Engineer**");
            for (int i = 0; i < before.agents().size(); i++) {
                assertThat(back.agents().get(i).relativePath()).isEqualTo(before.agents().get(i).relativePath());
                assertThat(back.agents().get(i).document().text()).isEqualTo(before.agents().get(i).document().text());
            }
        }

        @Test
        void keepsHowEachReferenceSpellsTheName() {
            Workspace before = workspace().file("agents/Code_Reviewer.md", "---\nname: code-reviewer\ndescription: R.\n---\nR.\n")
                    .agent("lead", "## Handoffs\n- **code\u2011reviewer** pings\n- **SRE Code Reviewer**\n").build();

            Workspace after = new GraphEditor(before).rename("code-reviewer", "lead-code-reviewer").applyTo(before);

            assertThat(after.agents().get(0).relativePath()).isEqualTo(Path.of("agents/Lead_Code_Reviewer.md"));
            assertThat(body(after, "lead")).isEqualTo("## Handoffs\n- **lead\u2011code\u2011reviewer** pings\n- **SRE Code Reviewer**\n");
        }

        @Test
        void refusesANameNoToolAccepts() {
            Workspace before = fixture();

            assertThatThrownBy(() -> new GraphEditor(before).rename("qa-engineer", "plugin:qa"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be an agent name");
            assertThatThrownBy(() -> new GraphEditor(before).rename("qa-engineer", "-qa"))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void allowsANameThatAnAgentInAnotherFolderHasAndSaysSo() {
            Workspace before = workspace().file("team-a/agents/qa.md", "---\nname: qa\ndescription: A.\n---\nA\n")
                    .file("team-b/agents/tester.md", "---\nname: tester\ndescription: B.\n---\nB\n")
                    .file("team-b/agents/lead.md", "---\nname: lead\ndescription: L.\n---\n## Handoffs\n- `tester`\n").build();

            GraphEdit edit = new GraphEditor(before).rename("tester", "qa");
            Workspace after = edit.applyTo(before);

            assertThat(edit.summary()).contains("warning: 1 other agent(s) have that name (team-a/agents/qa.md)");
            assertThat(GraphExtractor.extract(after).edges()).singleElement()
                    .satisfies(e -> assertThat(e.to().id()).isEqualTo("team-b/agents/qa.md"));
        }

        @Test
        void aOneWordNewNameReportsPlainReferencesThatStopCounting() {
            Workspace before = workspace().agent("qa-engineer", "Q.\n").agent("lead", "Hand off to qa-engineer for tests.\n").build();

            GraphEdit edit = new GraphEditor(before).rename("qa-engineer", "tester");

            assertThat(body(edit.applyTo(before), "lead")).isEqualTo("Hand off to tester for tests.\n");
            assertThat(edit.handEdits()).filteredOn(h -> h.why().contains("one-word name")).singleElement()
                    .satisfies(h -> assertThat(h.location()).isEqualTo(".claude/agents/lead.md:1"));
        }
    }
}
