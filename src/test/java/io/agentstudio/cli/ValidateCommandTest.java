package io.agentstudio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.RuleInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {
    private static final String CLEAN = "---\nname: reviewer\ndescription: Reviews code for bugs and style; use proactively after each change.\n"
            + "---\nYou are a careful code reviewer.\n";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        write(".claude/agents/reviewer.md", CLEAN);
    }

    @Test
    void printsCompilerStyleLinesAndASummary() throws IOException {
        // Claude Code 2.1.332 refuses a name holding `:` (conformance case name-colon): an error, whatever else the file has.
        write(".claude/agents/bad.md", "---\nname: Bad:Name\ndescription: Short.\n---\nBody text.\n");

        CliRun run = CliRun.of("validate", dir.toString());

        String bad = dir.resolve(".claude/agents/bad.md").toString();
        assertThat(run.out().lines()).containsExactly(
                bad + ":2:1: error name-invalid: The name `Bad:Name` contains `:`, which Claude Code keeps for plugin agents; it skips"
                        + " this file. Use `bad-name`.",
                bad + ":3:1: warning description-too-short: The description has only 6 characters. Say what the agent does and when"
                        + " to delegate to it (\"Use proactively after ...\").",
                "2 agent files checked: 1 error, 1 warning, 0 info.");
        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void aReportGrowsWithTheAgentsNotWithTheSquareOfThoseSharingAName() throws IOException {
        // 400 agents of one name: each used to list the other 399, a report of 400 lines of 16 KB.
        for (int i = 0; i < 400; i++) {
            write(".claude/agents/copy-" + i + ".md", CLEAN);
        }

        for (String format : List.of("text", "json", "sarif")) {
            CliRun run = CliRun.of("validate", dir.toString(), "--format", format);

            assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
            assertThat(run.out()).as(format).contains("400 other Claude Code agents are also named `reviewer`")
                    .contains(" and 397 more.");
            assertThat(run.out().length()).as(format + ": about a kilobyte or two for each of 401 agents").isLessThan(401 * 2_500);
        }
    }

    @Test
    void showsPathsAsTheyWereGiven() throws IOException {
        write("agents/loose.md", "# Loose\n\nNo frontmatter here.\n");

        CliRun run = CliRun.of("validate", dir.resolve("agents/loose.md").toString());

        assertThat(run.out()).startsWith(dir.resolve("agents/loose.md") + ":1:1: error frontmatter-missing: ");
        assertThat(run.out()).endsWith("1 agent file checked: 1 error, 0 warnings, 0 info.\n");
    }

    @Test
    void exitsByTheFailOnLevel() throws IOException {
        write(".claude/agents/other.md", CLEAN.replace("name: reviewer", "name: other").replace("careful", "caref").replace(
                "---\nYou", "color: teal\n---\nYou"));

        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isEqualTo(Cli.OK);
        assertThat(CliRun.of("validate", dir.toString(), "--fail-on", "warning").exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(CliRun.of("validate", dir.toString(), "--fail-on=info").exitCode()).isEqualTo(Cli.FINDINGS);
        write(".claude/agents/broken.md", "---\nname: a: b\n---\n");
        assertThat(CliRun.of("validate", dir.toString(), "--fail-on", "never").exitCode()).isEqualTo(Cli.OK);
        assertThat(CliRun.of("validate", dir.toString()).exitCode()).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void saysNoProblemsForACleanWorkspace() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.out()).isEqualTo("1 agent file checked: no problems.\n");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void appliesTheWorkspacesRulesFile() throws IOException {
        write(".claude/agents/bare.md", CLEAN.replace("name: reviewer", "name: bare").replace("You are a careful code reviewer.\n", ""));
        write(".agent-studio/rules.yaml", "rules:\n  body-empty: error\n");

        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.out()).contains("error body-empty:");
        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void refusesBadArgumentsWithExitTwo() {
        assertThat(CliRun.of("validate", dir.resolve("nowhere").toString()).exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        CliRun noPath = CliRun.of("validate");
        assertThat(noPath.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(noPath.err()).contains("Give at least one PATH");
        assertThat(CliRun.of("validate", dir.toString(), "--format", "xml").exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(CliRun.of("validate", dir.toString(), "--format", "markdown").exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(CliRun.of("validate", "--list-rules", "--format", "sarif").exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(CliRun.of("validate", dir.toString(), "--fail-on", "sometimes").err()).doesNotContain("Exception");
    }

    @Test
    void writesOneJsonObjectPerProblemWithEveryField() throws IOException {
        // The same file behind a byte order mark for two tools: Claude Code 2.1.332 reads past the mark and loads it
        // (conformance case enc-bom), Gemini CLI 0.61.0 finds no frontmatter and refuses it (g-enc-bom).
        String bom = "\uFEFF" + CLEAN.replace("name: reviewer", "name: bom");
        write(".claude/agents/bom.md", bom);
        write(".gemini/agents/bom.md", bom);

        CliRun run = CliRun.of("validate", dir.toString(), "--format", "json");

        JsonNode problems = JSON.readTree(run.out());
        assertThat(problems.isArray()).isTrue();
        assertThat(problems).hasSize(2);
        for (JsonNode problem : problems) {
            assertThat(fieldNames(problem)).containsExactly("path", "line", "column", "severity", "ruleId", "message", "field", "fixes");
            assertThat(problem.get("line").asInt()).isEqualTo(1);
            assertThat(problem.get("column").asInt()).isEqualTo(1);
            assertThat(problem.get("ruleId").asText()).isEqualTo("file-bom");
            assertThat(problem.get("message").asText()).startsWith("The file starts with a UTF-8 byte order mark");
            assertThat(problem.get("field").isNull()).isTrue();
            assertThat(problem.get("fixes").get(0).asText()).isEqualTo("Remove the byte order mark");
        }
        assertThat(problems.get(0).get("path").asText()).isEqualTo(dir.resolve(".claude/agents/bom.md").toString());
        assertThat(problems.get(0).get("severity").asText()).isEqualTo("warning");
        assertThat(problems.get(1).get("path").asText()).isEqualTo(dir.resolve(".gemini/agents/bom.md").toString());
        assertThat(problems.get(1).get("severity").asText()).isEqualTo("error");
        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(CliRun.of("validate", dir.resolve(".claude").toString()).exitCode()).as("a warning alone does not fail the run")
                .isEqualTo(Cli.OK);
    }

    @Test
    void writesSarifThatCodeScanningReads() throws IOException {
        // Claude Code 2.1.332 loads an agent with any model and fails only when it runs it: a warning, and with the note
        // and the errors of the duplicate name every SARIF level is there.
        write(".claude/agents/team/dup one.md", CLEAN.replace("---\nYou", "model: gpt-4o\n---\nYou"));

        CliRun run = CliRun.of("validate", dir.toString(), "--format", "sarif");

        JsonNode sarif = JSON.readTree(run.out());
        assertThat(sarif.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        JsonNode runNode = sarif.get("runs").get(0);
        JsonNode driver = runNode.get("tool").get("driver");
        assertThat(driver.get("name").asText()).isEqualTo("Agent Studio");
        List<RuleInfo> catalog = RuleCatalog.standard().all();
        assertThat(driver.get("rules")).hasSize(catalog.size());
        for (int i = 0; i < catalog.size(); i++) {
            JsonNode rule = driver.get("rules").get(i);
            assertThat(rule.get("id").asText()).isEqualTo(catalog.get(i).id());
            assertThat(rule.get("shortDescription").get("text").asText()).isEqualTo(catalog.get(i).summary());
            assertThat(rule.get("fullDescription").get("text").asText()).isNotBlank();
            assertThat(rule.get("defaultConfiguration").get("level").asText()).isIn("error", "warning", "note");
        }
        assertThat(runNode.get("originalUriBaseIds").get("ROOT").get("uri").asText()).isEqualTo(dir.toUri().toString()).endsWith("/");
        JsonNode results = runNode.get("results");
        assertThat(results).extracting(r -> r.get("ruleId").asText()).containsExactlyInAnyOrder("name-duplicate", "name-duplicate",
                "name-file-mismatch", "value-invalid");
        for (JsonNode result : results) {
            assertThat(driver.get("rules").get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(result.get("ruleId").asText());
            assertThat(result.get("level").asText()).isEqualTo(switch (result.get("ruleId").asText()) {
                case "name-file-mismatch" -> "note";
                case "value-invalid" -> "warning";
                default -> "error";
            });
            assertThat(result.get("message").get("text").asText()).isNotBlank();
            JsonNode location = result.get("locations").get(0).get("physicalLocation");
            assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("ROOT");
            assertThat(location.get("region").get("startLine").asInt()).isPositive();
            assertThat(location.get("region").get("startColumn").asInt()).isPositive();
        }
        assertThat(results).extracting(r -> r.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText())
                .contains(".claude/agents/reviewer.md", ".claude/agents/team/dup%20one.md");
        assertThat(results).filteredOn(r -> r.get("ruleId").asText().equals("value-invalid")).singleElement()
                .satisfies(r -> assertThat(r.get("message").get("text").asText()).contains("`model: gpt-4o`")
                        .contains("it loads the agent, but the agent fails when it runs"));
    }

    @Test
    void namesEachScannedFolderInSarif() throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        Files.createDirectories(other.resolve(".claude/agents"));
        Files.writeString(other.resolve(".claude/agents/solo.md"), CLEAN.replace("name: reviewer", "name: solo").replace("careful", "sk-"
                + "ant-api03-Qx7LmZ2pT9vR4kW8nB3cY6dF1gH5jK0s"));

        JsonNode run = JSON.readTree(CliRun.of("validate", dir.resolve(".claude").toString(), other.toString(), "--format", "sarif").out())
                .get("runs").get(0);

        assertThat(fieldNames(run.get("originalUriBaseIds"))).containsExactly("ROOT", "ROOT2");
        JsonNode location = run.get("results").get(0).get("locations").get(0).get("physicalLocation");
        assertThat(location.get("artifactLocation").get("uri").asText()).isEqualTo(".claude/agents/solo.md");
        assertThat(location.get("artifactLocation").get("uriBaseId").asText()).isEqualTo("ROOT2");
        assertThat(run.get("results").get(0).get("message").get("text").asText()).doesNotContain("Qx7LmZ2p");
    }

    @Test
    void printsTheRuleReferenceAsMarkdown() throws IOException {
        CliRun run = CliRun.of("validate", "--list-rules", "--format", "markdown");

        assertThat(run.out()).isEqualTo(Files.readString(Path.of("docs/rules.md")));
    }

    @Test
    void listsEveryRuleWithItsSeverityAndWhy() throws IOException {
        CliRun text = CliRun.of("validate", "--list-rules");
        CliRun json = CliRun.of("validate", "--list-rules", "--format", "json");

        List<RuleInfo> catalog = RuleCatalog.standard().all();
        assertThat(text.exitCode()).isZero();
        assertThat(text.out()).contains("file-bom (error; Claude Code: warning, quick fix)\n  The file starts with a UTF-8 byte order mark.\n"
                        + "  Why: ")
                .contains("\n" + catalog.size() + " rules.\nChecked against:\n")
                .contains("\n  Claude Code 2.1.332: the loader run", "\n  Gemini CLI 0.61.0: the loader run");
        JsonNode rules = JSON.readTree(json.out());
        assertThat(rules).extracting(r -> r.get("id").asText()).containsExactlyElementsOf(catalog.stream().map(RuleInfo::id).toList());
        assertThat(fieldNames(rules.get(0))).containsExactly("id", "severity", "severityByTool", "summary", "rationale", "fix");
        JsonNode keyUnknown = rules.get(catalog.stream().map(RuleInfo::id).toList().indexOf("key-unknown"));
        assertThat(keyUnknown.get("severity").asText()).isEqualTo("info");
        assertThat(keyUnknown.get("severityByTool").get("claude-code").asText()).isEqualTo("warning");
        assertThat(keyUnknown.get("severityByTool").get("gemini").asText()).isEqualTo("error");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private void write(String relative, String text) throws IOException {
        Files.createDirectories(dir.resolve(relative).getParent());
        Files.writeString(dir.resolve(relative), text);
    }
}
