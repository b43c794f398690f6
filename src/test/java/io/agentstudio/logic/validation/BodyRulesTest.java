package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static io.agentstudio.logic.validation.Checked.findings;
import static io.agentstudio.logic.validation.Checked.only;
import static io.agentstudio.logic.validation.Checked.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about the prompt: empty, large, broken links, secrets. */
class BodyRulesTest {
    @TempDir
    Path dir;

    @Test
    void reportsAnEmptyPromptAtTheClosingLine() {
        assertThat(only(CLEAN.replace("You are a careful code reviewer.\n", "\n  \n"), "body-empty").problem().line()).isEqualTo(4);
    }

    @Test
    void estimatesTheTokensOfALargePrompt() {
        assertThat(only(CLEAN + "word ".repeat(10_000), "body-too-long").problem().message())
                .contains("50,033 characters (about 12,508 tokens)");
    }

    @Test
    void pointsWhereCopilotStopsReadingAnOverlongPrompt() {
        Problem problem = only(".github/agents/reviewer.agent.md", CLEAN + "line\n".repeat(7_000), "body-over-limit").problem();

        assertThat(problem.line()).isEqualTo(5_999); // 33 characters of CLEAN's prompt, then 5,993 lines of 5
        assertThat(problem.message()).contains("GitHub Copilot reads at most 30,000");
        assertThat(ruleIds(".github/agents/reviewer.agent.md", CLEAN + "line\n".repeat(7_000))).doesNotContain("body-too-long");
    }

    @Test
    void checksRelativeLinksBesideTheAgentAndFromTheWorkspaceRoot() throws IOException {
        Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(dir.resolve(".claude/agents/style.md"), "x");
        Files.createDirectories(dir.resolve("docs"));
        Files.writeString(dir.resolve("docs/api.md"), "x");
        String text = CLEAN + "See [style](style.md), [the API](docs/api.md#auth), [site](https://example.com), [top](#top),\n"
                + "![diagram](img/flow.png) and [missing](docs/gone%20away.md).\n\n```\n[not a link](nowhere.md)\n```\n";

        List<Finding> findings = WorkspaceValidation.checkFile(Checked.agent(dir, ".claude/agents/reviewer.md", AgentFileParser.parse(text)),
                Checked.RULES, RuleSettings.DEFAULTS);

        assertThat(findings).extracting(f -> f.problem().line() + ":" + f.problem().column() + " " + f.problem().message()).containsExactly(
                "7:1 The link to `img/flow.png` points to a file that exists neither beside this agent nor under the workspace root."
                        + " Correct the path, or remove the link.",
                "7:30 The link to `docs/gone%20away.md` points to a file that exists neither beside this agent nor under the workspace"
                        + " root. Correct the path, or remove the link.");
    }

    @Test
    void reportsEachKindOfSecretWithoutRepeatingIt() {
        String anthropic = "sk-ant-api03-Qx7LmZ2pT9vR4kW8nB3cY6dF1gH5jK0s";
        String aws = "AKIAZ7QX3LMP4RT9WV2N";
        String github = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";
        String slack = "xoxb-2048-4096-Zq8Wm3Lp";
        String text = CLEAN + "anthropic " + anthropic + "\naws " + aws + "\ngithub " + github + "\nslack " + slack
                + "\n-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaA==\n-----END OPENSSH PRIVATE KEY-----\n";

        List<Finding> secrets = findings(text).stream().filter(f -> f.ruleId().equals("secret-in-file")).toList();

        assertThat(secrets).extracting(f -> f.problem().message().substring(0, f.problem().message().indexOf(')') + 1)).containsExactly(
                "This looks like an Anthropic API key (`sk-ant-…`, 45 characters)",
                "This looks like an AWS access key id (`AKIA…`, 20 characters)",
                "This looks like a GitHub token (`ghp_…`, 40 characters)",
                "This looks like a Slack token (`xoxb-…`, 23 characters)",
                "This file holds a private key block. Remove it, treat the key as leaked (replace it)");
        assertThat(secrets).extracting(f -> f.problem().line()).containsExactly(6, 7, 8, 9, 10);
        assertThat(secrets).allSatisfy(f -> assertThat(f.problem().message()).doesNotContain(anthropic, aws, github, slack));
    }

    @Test
    void passesOverPlaceholdersAndLookalikes() {
        assertThat(ruleIds(CLEAN + "Set ANTHROPIC_API_KEY=sk-ant-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx or sk-ant-your-key-goes-here-please,\n"
                + "AKIAIOSFODNN7EXAMPLE, and use the scikit-learn-compatible-estimator-interface (task-risk-assessment).\n")).isEmpty();
    }
}
