package io.agentstudio.logic.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The characters {@link QuietText} looks up in a table rather than compares: case, digits, the marks of a name and
 * of a label, markup, and characters above 127, read the same from a line's characters and from a CharSequence.
 */
class QuietTextTest {

    private static boolean quiet(String... lines) {
        QuietText fromChars = new QuietText();
        QuietText fromSequence = new QuietText();
        for (String line : lines) {
            char[] padded = ("<&" + line + "&<").toCharArray();
            fromChars.add(padded, 2, padded.length - 2);
            fromSequence.add(new StringBuilder(line));
        }
        assertThat(fromChars.isQuiet()).as("read from chars as from a CharSequence").isEqualTo(fromSequence.isQuiet());
        return fromChars.isQuiet();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Please DELEGATE to code-reviewer.", "Then HAND OFF to @reviewer.", "Escalate to qa_bot.",
        "Hand off to code\u2011reviewer.", "Hand off to code\u2013reviewer.", "Step 2, other agents: ask", "**Agents**",
        "__Agents__", "Agents:", "Then dele&#103;ate", "Then &amp; more", "See [the guide]",
        "Then ping code-reviewer", "Keep map*ping* code-reviewer", "Take notes from code-reviewer", "Sent by code-reviewer",
        "<em>Agents</em>:", "Then <b>hand off</b> to code-reviewer", "Use <!-- x -->", "Use <?x?>", "Use <!DOCTYPE x>"})
    void aLineThatMayMatterIsNotQuiet(String line) {
        assertThat(quiet(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Please delegate to reviewers.", "Hand off to code reviewer.", "*Agents*", "_Agents_",
        "Agents", "R & D reviews by code-reviewer", "a <= b, reviews by code-reviewer", "a < b",
        "Ro\u00fbte to Code_Reviewer", "Step 2: ask other agents", "Handle it with code-reviewer",
        "\u00c9quipe \u2014 \u00e9t\u00e9 \u4e2d\u6587 code-reviewer", "DELEG\u0141ATE",
        "Keep mapping code-reviewer notes", "Altogether, notes from code-reviewer", "Represents notes by code-reviewer",
        "Use <kbd>x</kbd>", "Use </b>", "Run `git checkout <commit>` for code-reviewer", "Wrap it in <example> tags",
        "Then dele<b></b>gate to code-reviewer",
        "See <https://example.com/code-reviewer>", "a <5 ms budget, a <= b"})
    void aLineThatCannotMatterIsQuiet(String line) {
        assertThat(quiet(line)).isTrue();
    }

    @Test
    void aStemIsFoundUpToTheLastLetter() {
        assertThat(quiet("code-reviewer: work assigned", "by")).isFalse();
        assertThat(quiet("code-reviewer: work assigned", "b")).isTrue();
        assertThat(quiet("code-reviewer, on ping")).isFalse();
        assertThat(quiet("code-reviewer, on pin")).isTrue();
    }

    @Test
    void aBracketIsALinkOnlyBeforeAnInlineDestinationOrWhereALinkMayBeDefined() {
        assertThat(quiet("See [the guide]")).as("a reference link, when a definition may exist").isFalse();
        assertThat(withoutLinkDefinitions("See [the guide]", "or [x][y] or [z]")).isTrue();
        assertThat(withoutLinkDefinitions("See [the guide](guide.md)")).isFalse();
        assertThat(withoutLinkDefinitions("See ![the guide](guide.png)")).isFalse();
        assertThat(withoutLinkDefinitions("See [the", "guide](guide.md)")).isFalse();
        assertThat(withoutLinkDefinitions("See the guide](guide.md)")).as("no link opens").isTrue();
        assertThat(withoutLinkDefinitions("See [the guide]", "(guide.md)")).as("a destination on the next line").isTrue();
    }

    @Test
    void aLeadInsWordsCountOnlyInTheLettersALabelCanHoldBeforeItsEnd() {
        assertThat(quiet("Note: this agent hands off nothing")).isTrue();
        assertThat(quiet("Note: this", "agent hands off nothing")).isTrue();
        assertThat(quiet("Other agents:")).isFalse();
        assertThat(quiet("Other", "agents:")).isFalse();
        assertThat(quiet("Other agents **now**")).isFalse();
        assertThat(quiet("Note: first. Other agents: second")).isFalse();
        assertThat(quiet("Agents " + "x".repeat(53) + ":")).as("'agent' within the 60 letters").isFalse();
        assertThat(quiet("Agents " + "x".repeat(55) + ":")).as("'agent' before the 60 letters").isTrue();
        assertThat(quiet("Agents " + "x".repeat(55) + ": a: b:", "c " + "x".repeat(40) + ":")).as("later labels")
                .isTrue();
        assertThat(quiet("a: b: " + "x".repeat(40) + " agents " + "x".repeat(10) + ":")).as("windows read as one")
                .isFalse();
        assertThat(quiet("Work " + "x".repeat(40) + " with " + "x".repeat(20) + ":")).isTrue();
        assertThat(quiet("Work with " + "x".repeat(40) + ":")).isFalse();
    }

    private static boolean withoutLinkDefinitions(String... lines) {
        QuietText text = new QuietText().linkDefinitions(false);
        for (String line : lines) {
            text.add(line.toCharArray(), 0, line.length());
        }
        return text.isQuiet();
    }

    @Test
    void aMarkAtTheEndOfALineIsNotJoinedToTheNextLine() {
        assertThat(quiet("Then R &amp; D")).isFalse();
        assertThat(quiet("Then R &", "amp; D")).isTrue();
        assertThat(quiet("Other agents *", "*now")).isTrue();
        assertThat(quiet("Other agents **", "now")).isFalse();
    }

    @Test
    void aHandoffVerbCountsWhereAWordMayStartAndALineStartsOne() {
        assertThat(quiet("Keep mapping code-reviewer notes")).isTrue();
        assertThat(quiet("Keep map", "ping code-reviewer notes")).as("a line break reads as a space").isFalse();
        assertThat(quiet("Keep map`ping` code-reviewer notes")).as("markup may stand between two words").isFalse();
    }

    @Test
    void aTagsLettersAreNotCountedInALabel() {
        String tagLetters = "x".repeat(70);
        assertThat(quiet("Other agents " + tagLetters.replace('x', 'y') + " notes:")).as("words far from the label's end").isTrue();
        assertThat(quiet("Other agents <" + tagLetters + "> notes:")).isFalse();
        assertThat(quiet("Other agents <a", tagLetters + "> notes:")).as("a tag may go on over lines").isFalse();
        assertThat(quiet("Other agents <a title=\"x>" + tagLetters + "\"> notes:")).as("a quoted > may not end it").isFalse();
    }
}
