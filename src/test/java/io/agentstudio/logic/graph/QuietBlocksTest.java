package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.GhostReference;
import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Passing by the blocks and body parts whose raw text cannot matter (so that their Markdown is never parsed) finds
 * exactly the references that reading every block finds: speed never changes a finding.
 */
@CorpusTest
class QuietBlocksTest {

    private static WorkspaceAgent agent(String body) {
        return GraphFixture.workspace().agent("lead", body).build().agents().get(0);
    }

    private static List<FoundReference> found(WorkspaceAgent agent, boolean skipQuiet) {
        LineIndex lines = new LineIndex(agent.document().text());
        return BodyScanner.scan(agent.document(), GhostCandidates.NO_AGENTS, lines, skipQuiet).references();
    }

    private static List<GhostReference> everyBlockAsGhosts(WorkspaceAgent agent) {
        LineIndex lines = new LineIndex(agent.document().text());
        return GhostCandidates.ghosts(FileScan.resolve(agent, GhostCandidates.NO_AGENTS, lines, found(agent, false)));
    }

    private static List<String> names(List<FoundReference> references) {
        return references.stream().map(r -> r.key() + "@" + r.nameStart() + ":" + r.kind()).toList();
    }

    @Test
    void everyCorpusBodyFindsTheSameWhetherQuietBlocksAreReadOrNot() throws IOException {
        Workspace corpus = WorkspaceLoader.load(SharedFiles.corpus());
        int withReferences = 0;
        for (WorkspaceAgent agent : corpus.agents()) {
            if (!agent.document().isEditable()) {
                continue;
            }
            List<FoundReference> everyBlock = found(agent, false);
            withReferences += everyBlock.isEmpty() ? 0 : 1;
            assertThat(found(agent, true)).as(agent.relativePath().toString()).isEqualTo(everyBlock);
        }
        assertThat(withReferences).as("corpus bodies that refer to an agent").isGreaterThan(corpus.agents().size() / 4);
    }

    /** Markup, entities, links and line breaks can make the text the patterns see differ from the raw source. */
    @ParameterizedTest
    @ValueSource(strings = {
        "Then dele*gat*e to `code-reviewer`.",
        "Then \\delegate to `code-reviewer`.",
        "Then [delegate](https://example.com) to `code-reviewer`.",
        "Then [dele](https://example.com)gate reviews to `code-reviewer`.",
        "&#68;elegation:\n- `code-reviewer` for reviews",
        "Work it out, then\nhand off to `code-reviewer`.",
        "It receives its tasks\nfrom `code-reviewer`.",
        "Tasks get routed to `code-reviewer`.",
        "Tasks get routed to **Code Reviewer**.",
        "It spawns `code-reviewer` for each diff.",
        "Tasks are assigned to us by @code-reviewer.",
        "**Integration with other agents:**\n\n- `code-reviewer` for reviews",
        "Related agents:\n- code-reviewer: reviews",
        "| When | Who |\n|---|---|\n| review | escalate to `code-reviewer` |",
        "> Delegate reviews to `code-reviewer`.",
        "- **Delegate when needed**\n\n  | Task | Agent |\n  |---|---|\n  | review | `code-reviewer` |",
        "Handoffs\n--------\n\n- `code-reviewer`",
        "Assignments\n-----------\n\n- `code-reviewer`",
        "## &#68;elegation\n\n- `code-reviewer`",
        "## Dele*gat*ion\n\n- `code-reviewer`",
        "## Dele`gat`ion\n\n- `code-reviewer`",
        "## Delegation\n\n- `code-reviewer`\n\n## Team notes\n\n- `code-reviewer`",
        "## Works *best* with\n\n- `code-reviewer`",
        "Works best\nwith\n===\n\n- `code-reviewer`",
        "## Notes\n\n   # Coordination\n\n- `code-reviewer`",
        "__Other agents__\n\n- `code-reviewer` for reviews",
        "**Other agents**\n- `code-reviewer` for reviews",
        "Agents to call on: `code-reviewer`, `test-runner`",
        "It hands it off to `code-reviewer`.",
        "Hand this back to `code-reviewer`.",
        "The diff is handed over to `code-reviewer`.",
        "Hand work back to `code-reviewer`.",
        "```\ncode\n```\nThen hand off to `code-reviewer`.",
        "~~~\ncode\n~~~~\nThen hand off to `code-reviewer`.",
        "- Build it:\n  ```\n  make\n- Hand off to `code-reviewer`.",
        "```\nouter\n```json\n{}\n```\n```\n\nThen hand off to `code-reviewer`.",
        "```bash\nmake\n  ```\nThen hand off to `code-reviewer`.",
    })
    void aBlockThatRefersToAnAgentIsReadWhateverItsMarkup(String prose) {
        WorkspaceAgent agent = agent("# Lead\n\nYou lead.\n\n" + prose + "\n\n## Notes\n\nPlain prose with a high-level view.\n");

        assertThat(names(found(agent, false))).anyMatch(name -> name.startsWith("code-reviewer@"));
        assertThat(names(found(agent, true))).isEqualTo(names(found(agent, false)));
        assertThat(BodyCandidates.of(agent, null).references()).isEqualTo(everyBlockAsGhosts(agent));
    }

    /** Code fences and markup the quiet test must judge as the parser does, whether or not a reference is found. */
    @ParameterizedTest
    @ValueSource(strings = {
        "```\ncode\n\t```\nThen hand off to `code-reviewer`.",
        "```\ncode\n    ```\nThen hand off to `code-reviewer`.",
        "````\ncode\n```\nThen hand off to `code-reviewer`.\n````\n",
        "```\nnever closed\n\nThen hand off to `code-reviewer`.",
        "<!--\nhand off to `code-reviewer`\n-->\n",
        "a <= b and R & D hand off to `code-reviewer`.",
        "Use <kbd>Ctrl</kbd> and hand off to `code-reviewer`.",
        "Then dele<b></b>gate to `code-reviewer`.",
        "Then dele&#103;ate to `code-reviewer`.",
        "Then dele<b title=\"x>y\">gate to `code-reviewer`.",
        "Then `<dele>`<b></b>gate to `code-reviewer`.",
        "Then dele<b\n>gate to `code-reviewer`.",
        "Then dele<a <b>gate to `code-reviewer`.",
        "Then <a dele<b>gate to `code-reviewer`.",
        "Then dele<5>gate to `code-reviewer`.",
        "Keep <example> and </example> tags; hand off to `code-reviewer`.",
        "Run `git checkout <commit>` then hand off to `code-reviewer`.",
        "Then <https://example.com/>delegate to `code-reviewer`.",
        "Ask <reviewer@example.com> then delegate to `code-reviewer`.",
        "<em>Other agents</em>:\n- `code-reviewer` for reviews",
        "Other <em>agents</em>:\n- `code-reviewer` for reviews",
        "**Other <i>agents</i>**\n- `code-reviewer` for reviews",
        "Wrap it in <example>\ntags</example>, then es<i>\n</i>calate to `code-reviewer`.",
        "See [the notes] and hand off to `code-reviewer`.",
        "See [notes]\n(hand off to `code-reviewer`).",
        "Ask the [code-reviewer](code-reviewer.md) for reviews.",
        "Ask the ![code-reviewer](code-reviewer.md) for reviews.",
        "Ask the [code-\nreviewer](code-reviewer.md) for reviews.",
        "Then deleg[](https://example.com)ate to `code-reviewer`.",
        "Ask the [code-reviewer] for reviews.\n\n[code-reviewer]: code-reviewer.md",
        "Ask the [reviewer][r] for reviews.\n\n## Links\n\n[r]: ./code-reviewer.md",
        "## See [the notes](notes.md)\n\n- `code-reviewer`",
        "## [Dele](x)gation\n\n- `code-reviewer`",
        "## [Delegation]\n\n- `code-reviewer`",
        "Step 1: plan it.\n\n**Other agents**\n- `code-reviewer` for reviews",
        "- Plan: first\n- Agents to call on: `code-reviewer`, `test-runner`",
        "Plan: first, then\n**Other agents:**\n- `code-reviewer` for reviews",
        "Other agents xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:\n- `code-reviewer` for reviews",
        "Other agents xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:\n- `code-reviewer` for reviews",
        "Note: other agents\n- `code-reviewer` for reviews",
        "Note: plan first. Other agents:\n- `code-reviewer` for reviews",
    })
    void aBodyWithCodeOrMarkupReadsTheSameInQuietPartsAsWhole(String prose) {
        assertReadInPartsAsWhole(prose);
    }

    /**
     * A part that is not quiet is read piece by piece where nothing can run on from one piece into the next: lists,
     * quotes, tables and code that span blank lines, and what can carry over (a heading or lead-in that governs what
     * follows, HTML and fences that run past blank lines) make it read whole.
     */
    @ParameterizedTest
    @ValueSource(strings = {
        "Plain prose.\n\nHand off to `a-b`.\n\nPlain prose.\n\nEscalate to `c-d` when blocked.",
        "- Plan first.\n\n- Hand off to `code-reviewer`.\n\n- Then ship.",
        "1. Plan.\n\n2. Hand off to `code-reviewer`.\n\n3. Ship, then hand off to `release-manager`.",
        "- Plan first.\n\n  Hand off to `code-reviewer` when done.\n\nAfter that, rest.",
        "- Plan first.\n\n      Hand off to `code-reviewer` when done.\n\nAfter that, hand off to `test-runner`.",
        "> Plan first.\n\n> Hand off to `code-reviewer`.\n>\n> Then to `test-runner`.",
        "Plan.\n\n    Hand off to `code-reviewer`.\n\nHand off to `test-runner`.",
        "| a | b |\n|---|---|\n| Hand off to `code-reviewer` | x |\n\nHand off to `test-runner`.",
        "Other agents:\n\n- `code-reviewer` for reviews\n\n- `test-runner` for tests",
        "**Delegate to**\n\n- `code-reviewer`\n\nPlain prose.",
        "- **Delegate to:**\n\n  `code-reviewer`\n\nPlain prose.",
        "Intro, then hand off to `a-b`.\n## Delegation\n\n- `code-reviewer` for reviews",
        "Delegation\n----------\n\nProse.\n\n- `code-reviewer` for reviews",
        "<!--\n\nHand off to `code-reviewer`.\n\n-->\n\nThen hand off to `test-runner`.",
        "<pre>\n\nHand off to `code-reviewer`.\n\n</pre>\n\nThen hand off to `test-runner`.",
        "<PRE class=\"x\">\n\nHand off to `code-reviewer`.\n\n</pre>\n\nThen hand off to `test-runner`.",
        "<script>\n\nHand off to `code-reviewer`.\n\n</script>\n\nThen hand off to `test-runner`.",
        "<?x\n\nHand off to `code-reviewer`.\n\n?>\n\nThen hand off to `test-runner`.",
        "<![CDATA[\n\nHand off to `code-reviewer`.\n\n]]>\n\nThen hand off to `test-runner`.",
        "<example>\nHand off to `code-reviewer`.\n</example>\n\nThen hand off to `test-runner`.",
        "<example>\n\nHand off to `code-reviewer`.\n\n</example>\n\nThen hand off to `test-runner`.",
        "<div>\n\nHand off to `code-reviewer`.\n\n</div>\n\nThen hand off to `test-runner`.",
        "Plain prose.\n<div>\nHand off to `code-reviewer`.\n\nThen hand off to `test-runner`.",
        "<prefix>\n\nHand off to `code-reviewer`.\n\n</prefix>\n\nThen hand off to `test-runner`.",
        "## Error Handling\n\nPlain prose.\n\nHand off to `code-reviewer`.\n\n- `test-runner` for tests",
        "## Working with others\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "   ## Agent Teams\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "## Hand-offs ##\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "## *Dele*gation\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "## Handoffs\t\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "##\tDelegation\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "#Delegation\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "####### Delegation\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "- item\n\n  ## Delegation\n\n- `code-reviewer` for reviews\n\nPlain prose.",
        "- Build:\n  ```\n  make\n\nHand off to `code-reviewer`.\n  ```\n\nThen hand off to `test-runner`.",
        "```\nhand off to `code-reviewer`\n\nmore\n```\n\nHand off to `test-runner`.",
        "Hand off to `code-reviewer`.\n\n```\ncode\n\nHand off to `test-runner`.",
        "Hand off to `code-reviewer`.\n\n~~~~\ncode\n```\n\nHand off to `fixer`.\n~~~~\n\nHand off to `test-runner`.",
        "Hand off to `code-reviewer`.\n\n```\ncode\n\t```\n\nHand off to `test-runner`.",
        "Hand off to `code-reviewer`.\n\n[guide]: https://example.com\n\nSee [guide] and hand off to `test-runner`.",
        "Hand off to `code-reviewer`.\n\n> - [reviewer]:\n>   code-reviewer.md\n\nThen hand off to [reviewer].",
        "Hand off to `fixer`.\n\n[re\\]viewer]: code-reviewer.md\n\nThen hand off to [re\\]viewer].",
        "Hand off\n\nto `code-reviewer`.",
        "Hand off to `code-reviewer`\nlazily continued.\n\nand then `test-runner`.",
    })
    void aPartReadPieceByPieceFindsWhatReadingItWholeFinds(String prose) {
        assertReadInPartsAsWhole(prose);
    }

    /** {@code prose} in the first section of a body: its candidates, read part by part, are those every block gives. */
    private static void assertReadInPartsAsWhole(String prose) {
        WorkspaceAgent agent = agent("# Lead\n\nYou lead.\n\n" + prose + "\n\n## Notes\n\nPlain prose with a high-level view.\n");

        assertThat(BodyCandidates.of(agent, null).references()).isEqualTo(everyBlockAsGhosts(agent));
    }

    /**
     * The reading takes an HTML tag for a space, so it joins no words; but a label's letters are counted back from its
     * end, and a long tag's letters would push the words of "Other agents <...> notes:" out of that count. The list it
     * leads into comes right after it or after a blank line.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Other agents {tag} notes:\n", "Delegation {tag} rules:\n", "Other agents <a title=\"x>{x}\"> notes:\n",
        "Other <a agents{tag} notes:\n", "Other agents {tag} notes:\n\n", "Delegation {tag} rules:\n\n"})
    void aLabelReadsTheSameAroundALongTag(String label) {
        String prose = label.replace("{tag}", "<" + "x".repeat(70) + ">").replace("{x}", "x".repeat(70))
                + "- `code-reviewer` for reviews";
        WorkspaceAgent agent = agent("# Lead\n\nYou lead.\n\n" + prose + "\n\n## Notes\n\nPlain prose with a high-level view.\n");

        assertThat(everyBlockAsGhosts(agent)).as("the label leads into the list").isNotEmpty();
        assertReadInPartsAsWhole(prose);
    }

    /** Bodies put together at random from lines of every kind of block, each read in pieces and whole. */
    @Test
    void randomBodiesReadPieceByPieceFindWhatReadingThemWholeFinds() {
        String[] lines = {"", "", "", "Plain prose about the work.", "Hand off to `code-reviewer` when done.",
            "Escalate blockers to @release-manager.", "- A list item.", "- Route reviews to `code-reviewer`.",
            "1. Ordered.", "* Hand off to `fixer`.", "2) Escalate to `code-reviewer`.", "+ plain",
            "  Indented continuation, then hand off to **test-runner**.", "    Indented code: hand off to `fixer`.",
            "> Quoted: delegate to `code-reviewer`.", ">", "```", "~~~", "  ```", "<!--", "-->", "<div>", "</div>", "<pre>", "</pre>", "<example>",
            "</example>", "<instructions>Hand off to `fixer`.</instructions>", "<script", "<?x", "?>", "Other agents:",
            "Dele<b></b>gate to `fixer`.", "Run `git checkout <commit>`, then hand off to `fixer`.", "Hand<i>", "</i> off to `fixer`.",
            "<a title=\"x>y\">", "Other <em>agents</em>:",
            "**Delegate to**", "## Delegation", "### Notes", "## Error Handling", "## Agent Teams",
            "## Working with others", "## Routing ##", "## *Hand*offs", "  ### Escalation", "----------", "| a | b |", "|---|---|",
            "| Hand off to `code-reviewer` | x |", "See [the guide](guide.md) and hand off to `fixer`.",
            "Work with `test-runner` &amp; `fixer`.", "[guide]: https://example.com", "See [guide], then hand off to `fixer`.",
            "> - [reviewer]: code-reviewer.md",
            "Hand off to [reviewer].", "1. [reviewer]:", "   test-runner.md",
            "- [ ] Hand off to `fixer`.", "[Hand off](to.md) to `fixer`.", "Type: Dict[str, Any]: hand off to `fixer`.",
            "[guide\\]x", "\tIndented by a tab, hand off to `code-reviewer`.", "lazy continuation"};
        Random random = new Random(18);
        int withPieces = 0;
        for (int body = 0; body < 3000; body++) {
            StringBuilder prose = new StringBuilder();
            for (int line = random.nextInt(25); line >= 0; line--) {
                prose.append(lines[random.nextInt(lines.length)]).append('\n');
            }
            WorkspaceAgent agent = agent("# Lead\n\nYou lead.\n\n" + prose + "\n# Notes\n\nPlain prose.\n");
            String text = agent.document().text();
            char[] chars = text.toCharArray();
            int part = text.indexOf("# Lead");
            QuietPart quiet = new QuietPart(BodyParts.mayHoldLinkDefinition(chars, part));
            withPieces += quiet.noisyPieces(chars, new LineIndex(text), part, text.indexOf("# Notes")) != null ? 1 : 0;

            assertThat(BodyCandidates.of(agent, null).references()).as(prose.toString()).isEqualTo(everyBlockAsGhosts(agent));
        }
        assertThat(withPieces).as("bodies read in pieces").isGreaterThan(300);
    }

    @Test
    void onlyThePiecesThatMayReferToAnAgentAreRead() {
        String text = "Plain prose.\n\nHand off to `code-reviewer`.\n\nMore plain prose.\n";
        LineIndex lines = new LineIndex(text);
        QuietPart.Piece handOff = new QuietPart.Piece(text.indexOf("Hand"), text.indexOf("More"));

        assertThat(new QuietPart(false).noisyPieces(text.toCharArray(), lines, 0, text.length())).containsExactly(handOff);
        assertThat(new QuietPart(true).noisyPieces(text.toCharArray(), lines, 0, text.length()))
                .as("no [ for a link definition to turn into a link").containsExactly(handOff);
        String link = text + "\nSee [the guide].\n";
        assertThat(new QuietPart(true).noisyPieces(link.toCharArray(), new LineIndex(link), 0, link.length()))
                .as("a link definition anywhere may make it a link").isNull();
        String leadIn = "Plain prose.\n\nOther agents:\n\n- `code-reviewer` for reviews\n\nMore plain prose.\n";
        assertThat(new QuietPart(false).noisyPieces(leadIn.toCharArray(), new LineIndex(leadIn), 0, leadIn.length()))
                .as("a lead-in is read with the block it governs")
                .containsExactly(new QuietPart.Piece(leadIn.indexOf("Other"), leadIn.indexOf("More")));
    }

    /** A label of something else takes the block after it out of the section: it is read even where it looks quiet. */
    @ParameterizedTest
    @ValueSource(strings = {
        "**Note:**\n\n**Other:**\n\nAsk `test-runner`.",
        "- **A:**\n\n  **Note:**\n\n  **Other:**\n\n  Ask `test-runner`.",
    })
    void aLabelInsideASectionKeepsTheBlockAfterItOutOfTheSection(String labels) {
        WorkspaceAgent agent = agent("## Delegation\n\n- Hand reviews to `code-reviewer`.\n\n" + labels + "\n\n- `fixer`\n");

        assertThat(names(found(agent, false))).noneMatch(name -> name.startsWith("test-runner@"));
        assertThat(names(found(agent, true))).isEqualTo(names(found(agent, false)));
    }
}
