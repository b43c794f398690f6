package io.agentstudio.logic.validation;

import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static io.agentstudio.logic.validation.Checked.findings;
import static io.agentstudio.logic.validation.Checked.fixed;
import static io.agentstudio.logic.validation.Checked.only;
import static io.agentstudio.logic.validation.Checked.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about the file's form: encoding, fences, YAML syntax, line endings, tabs, mis-decoded text. */
class FileFormRulesTest {

    @Test
    void removingTheBomChangesNothingElse() {
        assertThat(fixed("\uFEFF" + CLEAN, "file-bom")).isEqualTo(CLEAN);
    }

    @Test
    void createsAMissingFrontmatterFromTheFileNameAndTheFirstParagraph() {
        String body = "# Backend Specialist\n\nYou are a **senior** backend engineer.\nYou build `REST` APIs.\n\n## More\nText.\n";

        String result = fixed(".claude/agents/backend-specialist.md", body, "frontmatter-missing");

        assertThat(result).isEqualTo("---\nname: backend-specialist\ndescription: You are a senior backend engineer. You build REST APIs.\n---\n" + body);
    }

    @Test
    void takesTheNameFromTheFirstHeadingWhenTheFileNameHasNoLettersOrDigits() {
        String body = "# Backend Specialist\n\nBuilds APIs for the team, reliably.\n";

        assertThat(fixed(".claude/agents/___.md", body, "frontmatter-missing")).startsWith("---\nname: backend-specialist\n");
    }

    @Test
    void givesAnOpenCodeAgentOnlyADescriptionSinceItsFileNameIsItsName() {
        String body = "Reviews code for bugs and style.\n";

        assertThat(fixed(".opencode/agents/reviewer.md", body, "frontmatter-missing"))
                .isEqualTo("---\ndescription: Reviews code for bugs and style.\n---\n" + body);
    }

    @Test
    void offersNoFrontmatterWithoutAParagraphToDescribeTheAgent() {
        assertThat(only("# Only a heading\n", "frontmatter-missing").fixes()).isEmpty();
    }

    @Test
    void closesAnUnclosedFrontmatterAfterItsLastField() {
        String text = "---\nname: reviewer\ndescription: Reviews code,\n  after each change.\n\n# Reviewer\nBody\n";

        assertThat(only(text, "frontmatter-unclosed").fixes().get(0).title()).isEqualTo("Close the frontmatter after line 4");
        assertThat(fixed(text, "frontmatter-unclosed"))
                .isEqualTo("---\nname: reviewer\ndescription: Reviews code,\n  after each change.\n---\n\n# Reviewer\nBody\n");
    }

    @Test
    void offersNoClosingLineWhenNothingAfterTheOpeningLooksLikeAField() {
        assertThat(only("---\n# Title\nBody\n", "frontmatter-unclosed").fixes()).isEmpty();
    }

    @Test
    void replacesALongDashedClosingLineWithThreeDashes() {
        String text = CLEAN.replace("---\nYou", "-".repeat(56) + "\nYou");

        Finding finding = only(text, "frontmatter-closing-fence");

        assertThat(finding.problem().line()).isEqualTo(4);
        assertThat(fixed(text, "frontmatter-closing-fence")).isEqualTo(CLEAN);
    }

    @Test
    void quotesAOneLineValueThatBreaksTheYamlAndReportsYamlsOwnPosition() {
        String text = "---\nname: reviewer\ndescription: Use it. Examples: <example>Context: a user asks</example>\n---\nBody\n";

        Problem problem = only(".gemini/agents/reviewer.md", text, "yaml-syntax").problem();

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(30);
        assertThat(problem.severity()).as("Gemini CLI refuses it").isEqualTo(Severity.ERROR);
        assertThat(problem.message()).contains("Gemini CLI refuses such an agent").doesNotContain("Claude Code");
        assertThat(fixed(".gemini/agents/reviewer.md", text, "yaml-syntax"))
                .isEqualTo("---\nname: reviewer\ndescription: 'Use it. Examples: <example>Context: a user asks</example>'\n---\nBody\n");
    }

    @Test
    void showsWhatClaudeCodeReadsWhereItRepairsTheYamlAndOffersTheSameQuoting() {
        String text = "---\nname: reviewer\ndescription: **Expert** reviewer. Use it when: code changed\n---\nBody\n";

        Problem problem = only(text, "yaml-recovered").problem();

        assertThat(problem.severity()).as("Claude Code loads it").isEqualTo(Severity.WARNING);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.message()).contains("Claude Code 2.1.332 repairs it and loads the agent",
                "reading the description as \u201c**Expert** reviewer. Use it when: code changed\u201d", "Gemini CLI, OpenCode and Copilot refuse");
        assertThat(ruleIds(text)).doesNotContain("yaml-syntax", "agent-not-loaded");
        assertThat(fixed(text, "yaml-recovered"))
                .isEqualTo("---\nname: reviewer\ndescription: '**Expert** reviewer. Use it when: code changed'\n---\nBody\n");
    }

    @Test
    void offersNoQuotingForAValueThatWrapsOntoMoreLines() {
        String text = "---\nname: reviewer\ndescription: Use it. Example: one\n  and more\n---\nBody\n";

        assertThat(only(text, "yaml-syntax").fixes()).isEmpty();
    }

    @Test
    void offersNoQuotingForARepeatedKey() {
        String text = "---\nname: reviewer\nname: other\ndescription: Reviews code for bugs, after each change.\n---\nBody\n";

        assertThat(only(text, "yaml-syntax").fixes()).isEmpty();
    }

    @Test
    void reportsTheFirstLineEndingOfTheMinorityKindAndNormalisesToTheMainOne() {
        String text = CLEAN.replace("\n", "\r\n").replace("name: reviewer\r\n", "name: reviewer\n");

        Finding finding = only(text, "file-mixed-line-endings");

        assertThat(finding.problem().line()).isEqualTo(2);
        assertThat(finding.problem().message()).contains("4 CRLF", "1 LF");
        assertThat(fixed(text, "file-mixed-line-endings")).isEqualTo(CLEAN.replace("\n", "\r\n"));
    }

    @Test
    void acceptsCrlfLinesWhoseLastLineEndsInALoneCr() {
        assertThat(ruleIds(CLEAN.replace("\n", "\r\n").replaceAll("\r\n$", "\r"))).isEmpty();
    }

    @Test
    void indentsWithSpacesWhereTabsWere() {
        String text = CLEAN.replace("---\nYou", "tools:\n\t- Read\n\t- Grep\n---\nYou");

        Finding finding = only(text, "yaml-tab-indentation");

        assertThat(finding.problem().line()).isEqualTo(5);
        assertThat(finding.problem().message()).contains("and 1 more line");
        assertThat(fixed(text, "yaml-tab-indentation")).isEqualTo(CLEAN.replace("---\nYou", "tools:\n  - Read\n  - Grep\n---\nYou"));
    }

    @Test
    void allowsATabInsideABlockAfterItsSpaces() {
        String text = CLEAN.replaceAll("description: .*\n", "description: |\n  Reviews code for bugs.\n  \tIndented example.\n");

        assertThat(ruleIds(text)).doesNotContain("yaml-tab-indentation");
    }

    @Test
    void repairsMisDecodedTextExactly() {
        String text = CLEAN + "## ðŸ”— Links\nItâ€™s the reviewerâ€™s cafÃ©.\n";

        Finding finding = only(text, "text-mojibake");

        assertThat(finding.problem().line()).isEqualTo(6);
        assertThat(finding.problem().message()).startsWith("4 runs").contains("`ðŸ”—` for `🔗`").contains("Each can be repaired exactly");
        assertThat(fixed(text, "text-mojibake")).isEqualTo(CLEAN + "## 🔗 Links\nIt’s the reviewer’s café.\n");
    }

    @Test
    void saysWhichMisDecodedTextLostBytesAndRepairsOnlyTheRest() {
        String text = CLEAN + "ðŸ¤ handshake, âš¡ fast\n";

        Finding finding = only(text, "text-mojibake");

        assertThat(finding.problem().message()).contains("1 has lost bytes", "`ðŸ¤` on line 6", "retype");
        QuickFix.Edit fix = (QuickFix.Edit) finding.fixes().get(0);
        assertThat(fix.title()).isEqualTo("Repair the 1 run that can be repaired exactly");
        String repaired = fix.applyTo(io.agentstudio.logic.agentfile.AgentFileParser.parse(text)).text();
        assertThat(repaired).isEqualTo(CLEAN + "ðŸ¤ handshake, ⚡ fast\n");
        assertThat(only(repaired, "text-mojibake").fixes()).isEmpty();
    }

    @Test
    void leavesCorrectAccentsQuotesAndEmojiAlone() {
        assertThat(ruleIds(CLEAN + "Café, naïve, Größe, “quotes” — 🔗 ½ × ©.\n")).isEmpty();
    }

    @Test
    void reportsBytesThatAreNotUtf8WithoutOfferingAGuess() {
        Finding finding = only(CLEAN.replace("careful", "caf\uDCE9"), "file-invalid-utf8");

        assertThat(finding.problem().line()).isEqualTo(5);
        assertThat(finding.fixes()).isEmpty();
    }

    @Test
    void saysNothingAboutFieldsWhileTheYamlDoesNotParse() {
        String text = "---\nname: Bad Name\ndescription: a: b\n---\n";
        assertThat(findings(".gemini/agents/reviewer.md", text)).extracting(Finding::ruleId).containsExactly("yaml-syntax");
        assertThat(findings(text)).as("Claude Code repairs it").extracting(Finding::ruleId).containsExactly("yaml-recovered");
    }
}
