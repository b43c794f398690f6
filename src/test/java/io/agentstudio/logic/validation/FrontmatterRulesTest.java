package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static io.agentstudio.logic.validation.Checked.fixed;
import static io.agentstudio.logic.validation.Checked.only;
import static io.agentstudio.logic.validation.Checked.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about `name` and `description`, in Claude Code and the other dialects. */
class FrontmatterRulesTest {
    private static final String DESCRIPTION = "description: Reviews code for bugs and style; use proactively after each change.";

    @TempDir
    Path dir;

    @Test
    void addsAMissingNameMadeFromTheFileName() {
        String text = CLEAN.replace("name: reviewer\n", "");

        assertThat(only(text, "name-missing").problem().line()).isEqualTo(1);
        assertThat(fixed(text, "name-missing")).isEqualTo("---\n" + DESCRIPTION + "\nname: reviewer\n---\nYou are a careful code reviewer.\n");
    }

    @Test
    void addsAMissingDescriptionFromTheFirstParagraph() {
        String text = "---\nname: reviewer\ndescription: \"\"\n---\n# Reviewer\n\nChecks every change for bugs.\n";

        Problem problem = only(text, "description-missing").problem();

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.field()).isEqualTo("description");
        assertThat(fixed(text, "description-missing")).isEqualTo(text.replace("\"\"", "\"Checks every change for bugs.\""));
    }

    @Test
    void slugsANameWithBlanksAndSlashes() {
        String text = CLEAN.replace("name: reviewer", "name: Python DevOps/CI-CD Expert");

        Finding finding = only(".claude/agents/python-devops-ci-cd-expert.md", text, "name-invalid");

        // Claude Code loads such a name; Gemini CLI refuses it.
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.problem().message()).contains("blanks or slashes", "Use `python-devops-ci-cd-expert`",
                "Claude Code 2.1.332 loads the agent all the same");
        assertThat(only(".gemini/agents/python-devops-ci-cd-expert.md", text, "name-invalid").severity()).isEqualTo(Severity.ERROR);
        assertThat(fixed(".claude/agents/python-devops-ci-cd-expert.md", text, "name-invalid"))
                .isEqualTo(CLEAN.replace("name: reviewer", "name: python-devops-ci-cd-expert"));
    }

    @Test
    void explainsThatClaudeCodeSkipsANameWithAColonOrALeadingHyphen() {
        assertThat(only(CLEAN.replace("name: reviewer", "name: team:reviewer"), "name-invalid").problem().message())
                .contains("keeps for plugin agents; it skips this file");
        assertThat(only(CLEAN.replace("name: reviewer", "name: -reviewer"), "name-invalid").problem().message())
                .contains("starts with `-`; Claude Code skips this file");
    }

    @Test
    void warnsAboutANameThatLoadsButIsNotASlug() {
        String text = CLEAN.replace("name: reviewer", "name: dotnet-framework-4.8-expert");

        Finding finding = only(".claude/agents/dotnet-framework-4.8-expert.md", text, "name-not-slug");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(fixed(".claude/agents/dotnet-framework-4.8-expert.md", text, "name-not-slug"))
                .isEqualTo(CLEAN.replace("name: reviewer", "name: dotnet-framework-4-8-expert"));
    }

    @Test
    void followsEachDialectsNamePattern() {
        String underscored = CLEAN.replace("name: reviewer", "name: code_reviewer");

        assertThat(ruleIds(".gemini/agents/code_reviewer.md", underscored)).isEmpty();
        assertThat(ruleIds(".claude/agents/code_reviewer.md", underscored)).contains("name-not-slug");
        assertThat(ruleIds(".github/agents/reviewer.agent.md", CLEAN.replace("name: reviewer", "name: Code Reviewer"))).isEmpty();
    }

    @Test
    void requiresTheFieldsEachDialectRequires() {
        String nameless = CLEAN.replace("name: reviewer\n", "");

        assertThat(ruleIds(".opencode/agents/reviewer.md", nameless)).isEmpty();
        assertThat(ruleIds(".github/agents/reviewer.agent.md", nameless)).isEmpty();
        assertThat(ruleIds(".cursor/agents/reviewer.md", nameless)).isEmpty();
        assertThat(ruleIds(".gemini/agents/reviewer.md", nameless)).containsExactly("name-missing");
        assertThat(ruleIds(".opencode/agents/reviewer.md", nameless.replaceAll("description: .*\n", "")))
                .containsExactly("description-missing");
    }

    @Test
    void offersToRenameTheFileAfterTheAgent() {
        Finding finding = only(CLEAN.replace("name: reviewer", "name: code-reviewer"), "name-file-mismatch");

        assertThat(finding.severity()).isEqualTo(Severity.INFO);
        assertThat(finding.fixes()).containsExactly(new QuickFix.Rename("Rename the file to `code-reviewer.md`", "code-reviewer.md"));
    }

    @Test
    void offersNoRenameOntoAnExistingFile() throws IOException {
        Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(dir.resolve(".claude/agents/code-reviewer.md"), CLEAN);
        String text = CLEAN.replace("name: reviewer", "name: code-reviewer");

        List<Finding> findings = WorkspaceValidation.checkFile(Checked.agent(dir, ".claude/agents/reviewer.md",
                AgentFileParser.parse(text)), Checked.RULES, RuleSettings.DEFAULTS);

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("name-file-mismatch");
            assertThat(f.fixes()).isEmpty();
        });
    }

    @Test
    void leavesTheFileNameAloneWhileTheNameItselfIsInvalid() {
        assertThat(ruleIds(CLEAN.replace("name: reviewer", "name: Code Reviewer"))).containsExactly("name-invalid");
    }

    @Test
    void judgesTheDescriptionsLength() {
        assertThat(only(CLEAN.replaceAll("description: .*\n", "description: Reviews code.\n"), "description-too-short")
                .problem().message()).contains("only 13 characters");
        assertThat(only(CLEAN.replaceAll("description: .*\n", "description: " + "Reviews code. ".repeat(300) + "\n"), "description-too-long")
                .problem().message()).contains("4,199 characters (about 1,049 tokens)");
    }

    @Test
    void turnsLiteralNewlineEscapesIntoABlock() {
        String text = CLEAN.replace("style; use", "style.\\nUse");

        Finding finding = only(text, "description-literal-newline");

        assertThat(finding.problem().column()).isEqualTo(46);
        assertThat(fixed(text, "description-literal-newline")).isEqualTo(CLEAN.replace(DESCRIPTION,
                "description: |-\n  Reviews code for bugs and style.\n  Use proactively after each change."));
    }

    @Test
    void takesNewlineEscapesInSingleQuotesLiterallyToo() {
        assertThat(ruleIds(CLEAN.replace(DESCRIPTION, "description: 'Reviews code for bugs.\\nUse it after changes.'")))
                .containsExactly("description-literal-newline");
    }
}
