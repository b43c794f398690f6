package io.agentstudio.logic.graph;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.GhostReference;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a body part by part finds exactly what reading it whole finds, and an edit reads again only its own part. */
@CorpusTest
class BodyCandidatesTest {
    private static final String DELEGATION = "## Delegation\n\n- Hand reviews to `code-reviewer`.\n\n";

    private static WorkspaceAgent agent(String body) {
        return GraphFixture.workspace().agent("lead", body).build().agents().get(0);
    }

    /** What the whole body, read as one Markdown document with every block's inlines parsed, refers to. */
    private static List<GhostReference> wholeBody(WorkspaceAgent agent) {
        LineIndex lines = new LineIndex(agent.document().text());
        return GhostCandidates.ghosts(FileScan.resolve(agent, GhostCandidates.NO_AGENTS, lines,
                BodyScanner.scan(agent.document(), GhostCandidates.NO_AGENTS, lines, false).references()));
    }

    private static List<String> names(List<GhostReference> references) {
        return references.stream().map(r -> r.name() + "@" + r.source().nameLine() + ":" + r.source().nameColumn()).toList();
    }

    private static int parts(WorkspaceAgent agent) {
        String text = agent.document().text();
        char[] chars = text.toCharArray();
        int bodyStart = agent.document().bodyStart();
        return BodyParts.starts(chars, new LineIndex(text), bodyStart, BodyParts.mayHoldLinkDefinition(chars, bodyStart)).size();
    }

    @Test
    void aBodyWithSectionsIsReadInPartsAndFindsWhatTheWholeFinds() {
        WorkspaceAgent agent = agent("# Lead\n\nYou lead.\n\n" + DELEGATION + "## Escalation\n\nAsk `security-auditor` when unsure.\n");

        assertThat(parts(agent)).isEqualTo(3);
        assertThat(BodyCandidates.of(agent, null).references()).isEqualTo(wholeBody(agent));
        assertThat(names(wholeBody(agent))).contains("code-reviewer@11:20");
    }

    /** The parts are cut, and their quiet lines read, on the same lines whatever ends them: LF, CRLF or a lone CR. */
    @ParameterizedTest
    @ValueSource(strings = {"\r\n", "\r"})
    void aBodyWithCrLfOrLoneCrLinesIsCutAndReadAsWithLf(String newline) {
        String body = "# Lead\n\nYou lead.\n\n" + DELEGATION + "```bash\n# not a heading\n```\n\n"
                + "## Escalation\n\nAsk `security-auditor` when unsure.\n";
        WorkspaceAgent lf = agent(body);
        WorkspaceAgent other = agent(body.replace("\n", newline));

        assertThat(parts(other)).isEqualTo(parts(lf)).isEqualTo(3);
        assertThat(BodyCandidates.of(other, null).references()).isEqualTo(wholeBody(other));
        assertThat(names(BodyCandidates.of(other, null).references())).isEqualTo(names(BodyCandidates.of(lf, null).references()))
                .contains("code-reviewer@11:20", "security-auditor@19:6");
    }

    @Test
    void headingsInsideACodeFenceDoNotCutIt() {
        String body = DELEGATION + "```bash\nnpm test\n\n# not a heading\n\n## still code\n- delegate to `fake-agent`\n```\n\n"
                + "- Then hand off to `test-runner`.\n";
        WorkspaceAgent agent = agent(body);

        assertThat(parts(agent)).isEqualTo(1);
        assertThat(names(BodyCandidates.of(agent, null).references())).isEqualTo(names(wholeBody(agent)))
                .noneMatch(name -> name.startsWith("fake-agent"));
    }

    @Test
    void aPartThatEndsInsideAnHtmlCommentIsJoinedToTheNext() {
        String body = DELEGATION + "<!--\nold notes\n\n# Delegation\n\n- delegate to `commented-out`\n-->\n\n"
                + "- Hand the rest to `test-runner`.\n";
        WorkspaceAgent agent = agent(body);

        assertThat(parts(agent)).isGreaterThan(1);
        assertThat(BodyCandidates.of(agent, null).references()).isEqualTo(wholeBody(agent));
        assertThat(names(wholeBody(agent))).noneMatch(name -> name.startsWith("commented-out"));
    }

    @Test
    void aPartWithNothingToFindThatEndsInsideAnHtmlCommentIsStillJoinedToTheNext() {
        String body = "# Lead\n\nOld notes follow.\n\n<!--\nold notes\n\n# Delegation\n\n- `commented-out`\n\n-->\n\n"
                + "## Handoffs\n\n- `test-runner`\n";
        WorkspaceAgent agent = agent(body);

        assertThat(names(BodyCandidates.of(agent, null).references())).isEqualTo(names(wholeBody(agent)))
                .noneMatch(name -> name.startsWith("commented-out"));
    }

    @Test
    void aFenceLeftOpenInTheMiddleReadsAsInTheWhole() {
        String body = "## Notes\n\n```\n  ```json\n  {}\n  ```\n```\n\n" + DELEGATION + "## More\n\nAsk `debugger`.\n";
        WorkspaceAgent agent = agent(body);

        assertThat(BodyCandidates.of(agent, null).references()).isEqualTo(wholeBody(agent));
    }

    @Test
    void aLinkDefinedInOneSectionAndUsedInAnotherIsStillALink() {
        String body = "## Delegation\n\n- Hand reviews to the [reviewer].\n\n## Links\n\n[reviewer]: ./code-reviewer.md\n";
        WorkspaceAgent agent = agent(body);

        assertThat(names(BodyCandidates.of(agent, null).references())).isEqualTo(names(wholeBody(agent)))
                .anyMatch(name -> name.startsWith("code-reviewer@"));
    }

    @Test
    void anEditReadsAgainOnlyItsOwnPartAndMovesTheRest() {
        String before = "# Lead\n\nYou lead.\n\n" + DELEGATION + "## Escalation\n\nAsk `security-auditor` when unsure.\n";
        String after = before.replace("You lead.\n", "You lead.\nYou plan.\nYou review.\n");
        BodyCandidates first = BodyCandidates.of(agent(before), null);

        BodyCandidates second = BodyCandidates.of(agent(after), first);

        assertThat(second.references()).isEqualTo(wholeBody(agent(after)));
        assertThat(names(second.references())).containsExactly("code-reviewer@13:20", "security-auditor@17:6");
        BodyCandidates third = BodyCandidates.of(agent(after.replace("when unsure", "when in doubt")), second);
        assertThat(third.references().get(0)).as("the untouched delegation part is not read again").isSameAs(second.references().get(0));
    }

    @Test
    void everyCorpusBodyReadsTheSameInPartsAsWholeAlsoAfterEdits() throws IOException {
        Workspace corpus = WorkspaceLoader.load(SharedFiles.corpus());
        int cut = 0;
        for (WorkspaceAgent agent : corpus.agents()) {
            if (!agent.document().isEditable()) {
                continue;
            }
            cut += parts(agent) > 1 ? 1 : 0;
            assertThat(BodyCandidates.of(agent, null).references()).as(agent.relativePath().toString()).isEqualTo(wholeBody(agent));
            BodyCandidates opened = BodyCandidates.of(agent, null);
            WorkspaceAgent edited = withLineInserted(agent, 2);
            BodyCandidates afterEdit = BodyCandidates.of(edited, opened);
            assertThat(afterEdit.references()).as("edited " + agent.relativePath()).isEqualTo(wholeBody(edited));
            WorkspaceAgent editedAgain = withLineInserted(edited, 5);
            assertThat(BodyCandidates.of(editedAgain, afterEdit).references()).as("edited again " + agent.relativePath())
                    .isEqualTo(wholeBody(editedAgain));
        }
        assertThat(cut).as("bodies read in more than one part").isGreaterThan(corpus.agents().size() / 2);
    }

    @Test
    void aFrontmatterEditKeepsTheBodysCandidatesMovedByTheLinesItGrew() {
        String body = "# Lead\n\n" + DELEGATION;
        BodyCandidates before = BodyCandidates.of(agent(body), null);
        WorkspaceAgent grown = GraphFixture.workspace()
                .file(".claude/agents/lead.md", "---\nname: lead\ndescription: Use for lead.\nmodel: opus\ncolor: blue\n---\n" + body)
                .build().agents().get(0);

        BodyCandidates after = BodyCandidates.of(grown, before);

        assertThat(after.references()).isEqualTo(wholeBody(grown));
        assertThat(names(after.references())).containsExactly("code-reviewer@11:20");
    }

    /** The agent with a line of prose inserted at the start of the line at {@code eighths}/8 of its body. */
    private static WorkspaceAgent withLineInserted(WorkspaceAgent agent, int eighths) {
        String text = agent.document().text();
        int bodyStart = agent.document().bodyStart();
        int at = text.indexOf('\n', bodyStart + (text.length() - bodyStart) * eighths / 8) + 1;
        if (at <= 0) {
            at = text.length();
        }
        String edited = text.substring(0, at) + "Delegate to `inserted-agent` here.\n" + text.substring(at);
        return new WorkspaceAgent(agent.path(), agent.relativePath(), agent.dialect(), AgentFileParser.parse(edited), agent.stamp());
    }
}
