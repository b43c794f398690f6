package io.agentstudio.logic.importer;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.export.FieldFate;
import io.agentstudio.logic.export.FieldOutcome;
import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What a user meets importing real-looking folders: names made valid, broken agents refused with a reason, no overwrites. */
class ImportServiceTest {
    @TempDir
    Path temp;

    private final ImportService service = new ImportService();

    @Test
    void anOpenCodeIdWithAPathBecomesAValidClaudeNameAndTheReportSaysSo() throws IOException {
        Path project = temp.resolve("project");
        write(project.resolve(".opencode/agents/team/reviewer.md"), """
                ---
                description: Reviews code
                mode: subagent
                model: openai/gpt-5
                temperature: 0.2
                permission:
                  edit: deny
                  bash:
                    "git *": allow
                    "*": deny
                  task:
                    "*": deny
                    team/tester: allow
                ---
                Review the change; ask team/tester for tests.
                """);
        write(project.resolve(".opencode/agents/team/tester.md"), "---\ndescription: Writes tests\n---\nWrite tests.\n");
        Path out = temp.resolve("out");

        ImportReport report = service.run(new ImportRequest(project, ImportSource.OPENCODE, out, false, false));

        assertThat(report.complete()).as(ImportReportText.render(report)).isTrue();
        ImportedAgent reviewer = agent(report, "team/reviewer.md");
        assertThat(reviewer.name()).isEqualTo("team-reviewer");
        assertThat(field(reviewer, "name").detail()).contains("team/reviewer");
        AgentDocument written = read(out.resolve("team-reviewer.md"));
        assertThat(written.string("name")).contains("team-reviewer");
        assertThat(written.value("disallowedTools").map(String::valueOf)).contains("Write, Edit");
        assertThat(written.value("model")).isEmpty();
        assertThat(field(reviewer, "model").fate()).isEqualTo(FieldFate.DROPPED);
        assertThat(field(reviewer, "temperature").fate()).isEqualTo(FieldFate.DROPPED);
        // Without a tools list a Claude Code agent may start any agent: the delegation stays in the prose, which names it.
        assertThat(field(reviewer, "delegations").fate()).isEqualTo(FieldFate.PROSE_ONLY);
        assertThat(written.body()).isEqualTo("Review the change; ask team/tester for tests.\n");
        assertThat(out.resolve("team-tester.md")).exists();
    }

    @Test
    void anAgentThatCannotBeConvertedIsRefusedWithItsReasonAndTheOthersStillImport() throws IOException {
        Path agents = temp.resolve(".github/agents");
        write(agents.resolve("good.agent.md"), "---\nname: good\ndescription: Does good work\ntools: [read, search, githubRepo]\n---\nBe good.\n");
        write(agents.resolve("silent.agent.md"), "---\nname: silent\n---\nNo description.\n");
        write(agents.resolve("scoped.agent.md"), "---\nname: 'team:scoped'\ndescription: Has a colon\n---\nBody.\n");
        Path out = temp.resolve("out");

        ImportReport report = service.run(new ImportRequest(agents, ImportSource.COPILOT, out, false, false));

        assertThat(report.importedCount()).isEqualTo(2);
        assertThat(agent(report, "silent.agent.md").refused()).contains("no description");
        assertThat(out.resolve("silent.md")).doesNotExist();
        ImportedAgent scoped = agent(report, "scoped.agent.md");
        assertThat(scoped.name()).isEqualTo("team-scoped");
        assertThat(field(scoped, "name").fate()).isEqualTo(FieldFate.TRANSLATED);
        ImportedAgent good = agent(report, "good.agent.md");
        assertThat(field(good, "tools").detail()).contains("Read, Grep, Glob").contains("no Claude Code tool for githubRepo");
        assertThat(ImportReportText.render(report)).contains("silent.agent.md: not imported: it has no description");
    }

    @Test
    void anExistingFileIsNeverOverwrittenUnlessAsked() throws IOException {
        Path agents = temp.resolve(".gemini/agents");
        write(agents.resolve("helper.md"), "---\nname: helper\ndescription: Helps\ntools: [read_file, run_shell_command]\n---\nHelp.\n");
        Path out = temp.resolve("out");
        write(out.resolve("helper.md"), "mine\n");

        ImportReport refused = service.run(new ImportRequest(temp, ImportSource.GEMINI, out, false, false));
        assertThat(refused.agents().get(0).refused()).contains("already exists");
        assertThat(Files.readString(out.resolve("helper.md"))).isEqualTo("mine\n");

        ImportReport dryRun = service.run(new ImportRequest(temp, ImportSource.GEMINI, out, true, true));
        assertThat(dryRun.complete()).isTrue();
        assertThat(Files.readString(out.resolve("helper.md"))).isEqualTo("mine\n");

        ImportReport replaced = service.run(new ImportRequest(temp, ImportSource.GEMINI, out, false, true));
        assertThat(replaced.complete()).isTrue();
        assertThat(read(out.resolve("helper.md")).value("tools").map(String::valueOf)).contains("Read, Bash");
    }

    @Test
    void codexTomlBecomesAMarkdownAgentAndBrokenTomlIsRefused() throws IOException {
        Path agents = temp.resolve(".codex/agents");
        write(agents.resolve("planner.toml"), """
                name = "planner"
                description = "Plans work"
                model = "gpt-5"
                model_reasoning_effort = "minimal"
                sandbox_mode = "workspace-write"
                developer_instructions = \"\"\"
                Plan the work.
                Then stop.\"\"\"
                """);
        write(agents.resolve("broken.toml"), "name = \"broken\ndescription = 1\n");
        Path out = temp.resolve("out");

        ImportReport report = service.run(new ImportRequest(temp, ImportSource.CODEX, out, false, false));

        assertThat(agent(report, "broken.toml").refused()).contains("not valid TOML");
        ImportedAgent planner = agent(report, "planner.toml");
        assertThat(planner.imported()).isTrue();
        AgentDocument written = read(out.resolve("planner.md"));
        assertThat(written.body()).isEqualTo("\nPlan the work.\nThen stop.");
        assertThat(written.string("effort")).contains("low");
        assertThat(field(planner, "model").fate()).isEqualTo(FieldFate.DROPPED);
        assertThat(field(planner, "sandbox_mode").fate()).isEqualTo(FieldFate.DROPPED);
    }

    @Test
    void aPluginAgentIsCopiedByteForByteAndOneClaudeCodeWouldRefuseIsNot() throws IOException {
        Path plugin = temp.resolve("plugin");
        write(plugin.resolve(".claude-plugin/plugin.json"), "{\"name\": \"p\"}");
        String agent = "---\r\nname: checker   # keeps its comment\r\ndescription: Checks\r\nhooks: {}\r\n---\r\nCheck.\r\n";
        write(plugin.resolve("agents/checker.md"), agent);
        write(plugin.resolve("agents/bad.md"), "---\nname: -bad\ndescription: x\n---\n");
        Path out = temp.resolve("out");

        assertThat(ImportSource.guess(plugin)).contains(ImportSource.CLAUDE_PLUGIN);
        ImportReport report = service.run(new ImportRequest(plugin, ImportSource.CLAUDE_PLUGIN, out, false, false));

        assertThat(Files.readString(out.resolve("checker.md"))).isEqualTo(agent);
        assertThat(field(agent(report, "agents/checker.md"), "hooks").detail()).contains("a project agent applies it");
        assertThat(agent(report, "agents/bad.md").refused()).contains("starts with `-`");
    }

    @Test
    void theToolIsGuessedFromTheFolderAndNotWhenTwoToolsAreThere() throws IOException {
        Files.createDirectories(temp.resolve("a/.cursor/agents"));
        Files.createDirectories(temp.resolve("b/.cursor/agents"));
        Files.createDirectories(temp.resolve("b/.gemini/agents"));
        write(temp.resolve("c/x.toml"), "name = \"x\"\n");
        assertThat(ImportSource.guess(temp.resolve("a"))).contains(ImportSource.CURSOR);
        assertThat(ImportSource.guess(temp.resolve("a/.cursor/agents"))).contains(ImportSource.CURSOR);
        assertThat(ImportSource.guess(temp.resolve("b"))).isEmpty();
        assertThat(ImportSource.guess(temp.resolve("c"))).contains(ImportSource.CODEX);
    }

    @Test
    void anAgentOfTheSameNameAlreadyInTheDestinationIsNotDefinedTwice() throws IOException {
        Path agents = temp.resolve(".cursor/agents");
        write(agents.resolve("reviewer.md"), "---\nname: reviewer\ndescription: Reviews\nmodel: sonnet\n---\nReview.\n");
        write(agents.resolve("helper.md"), "---\nname: helper\ndescription: Helps\n---\nHelp.\n");
        Path out = temp.resolve("out");
        write(out.resolve("team/code-reviewer.md"), "---\nname: reviewer\ndescription: Mine\n---\n");

        ImportReport report = service.run(new ImportRequest(temp, ImportSource.CURSOR, out, false, true));

        assertThat(agent(report, "reviewer.md").refused()).contains("team/code-reviewer.md", "already defines an agent named reviewer");
        assertThat(out.resolve("reviewer.md")).doesNotExist();
        ImportedAgent helper = agent(report, "helper.md");
        assertThat(helper.imported()).isTrue();
    }

    @Test
    void aClaudeCodeModelAliasIsKeptAsWritten() throws IOException {
        write(temp.resolve(".cursor/agents/quick.md"), "---\nname: quick\ndescription: Quick\nmodel: haiku\n---\nBe quick.\n");
        Path out = temp.resolve("out");
        ImportReport report = service.run(new ImportRequest(temp, ImportSource.CURSOR, out, false, false));
        assertThat(field(agent(report, "quick.md"), "model").fate()).isEqualTo(FieldFate.COPIED);
        assertThat(read(out.resolve("quick.md")).string("model")).contains("haiku");
    }

    @Test
    void aProjectWithoutTheToolsFolderIsNotSearchedBelowItsOwnFiles() throws IOException {
        write(temp.resolve("docs/guide.md"), "---\ndescription: not an agent\n---\nA guide.\n");
        write(temp.resolve("helper.md"), "---\ndescription: Helps\n---\nHelp.\n");
        ImportReport report = service.run(new ImportRequest(temp, ImportSource.OPENCODE, temp.resolve("out"), true, false));
        assertThat(report.agents()).extracting(ImportedAgent::source).containsExactly("helper.md");
    }

    @Test
    void anOpenCodeAgentDeniedEveryToolIsImportedWithoutToolsAndTheWarningSaysClaudeCodeWillNotLaunchIt() throws IOException {
        write(temp.resolve(".opencode/agents/talker.md"), "---\ndescription: Only talks to you\npermission:\n  \"*\": deny\n---\nTalk.\n");
        ImportReport report = service.run(new ImportRequest(temp, ImportSource.OPENCODE, temp.resolve("out"), false, false));
        ImportedAgent talker = agent(report, "talker.md");
        assertThat(field(talker, "permission").detail()).startsWith("tools: none");
        assertThat(report.warnings()).anyMatch(w -> w.contains("tools-none-resolve"));
        assertThat(new String(talker.bytes(), StandardCharsets.UTF_8)).contains("tools: ''");
    }

    @Test
    void namesThatYamlWouldReadAsNumbersOrBooleansAreWrittenAsText() throws IOException {
        write(temp.resolve(".gemini/agents/12345.md"), "---\nname: \"12345\"\ndescription: Numbered\n---\nCount.\n");
        write(temp.resolve(".gemini/agents/true.md"), "---\nname: \"true\"\ndescription: Truthful\n---\nTell.\n");
        Path out = temp.resolve("out");
        ImportReport report = service.run(new ImportRequest(temp, ImportSource.GEMINI, out, false, false));
        assertThat(report.complete()).as(ImportReportText.render(report)).isTrue();
        assertThat(read(out.resolve("12345.md")).value("name")).contains("12345");
        assertThat(read(out.resolve("true.md")).value("name")).contains("true");
    }

    @Test
    void aNameThatIsNoFileNameOnWindowsIsRefused() throws IOException {
        write(temp.resolve(".gemini/agents/con.md"), "---\nname: con\ndescription: Reserved on Windows\n---\nBody.\n");
        ImportReport report = service.run(new ImportRequest(temp, ImportSource.GEMINI, temp.resolve("out"), false, false));
        assertThat(agent(report, "con.md").refused()).contains("cannot be a file name everywhere");
        assertThat(temp.resolve("out/con.md")).doesNotExist();
    }

    @Test
    void openCodeV2PermissionRulesAreReadInOrder() throws IOException {
        write(temp.resolve(".opencode/agents/planner.md"), """
                ---
                description: Plans the work with the team
                permissions:
                  - {action: edit, effect: allow}
                  - {action: "*", effect: deny}
                  - {action: read, effect: allow}
                  - {action: grep, resource: "*", effect: ask}
                  - {action: task, resource: "*", effect: deny}
                  - {action: task, resource: writer, effect: allow}
                ---
                Plan; the writer writes.
                """);
        Path out = temp.resolve("out");
        ImportReport report = service.run(new ImportRequest(temp, ImportSource.OPENCODE, out, false, false));
        ImportedAgent planner = agent(report, "planner.md");
        assertThat(field(planner, "permissions").fate()).as(ImportReportText.render(report)).isEqualTo(FieldFate.TRANSLATED);
        assertThat(read(out.resolve("planner.md")).value("tools").map(String::valueOf)).contains("Read, Grep, Agent(writer)");
    }

    private static ImportedAgent agent(ImportReport report, String sourceEnding) {
        return report.agents().stream().filter(a -> a.source().endsWith(sourceEnding)).findFirst().orElseThrow();
    }

    private static FieldOutcome field(ImportedAgent agent, String key) {
        return agent.fields().stream().filter(f -> f.field().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no report line for " + key + " in " + agent.fields()));
    }

    private static AgentDocument read(Path file) throws IOException {
        return AgentFileParser.parse(Files.readAllBytes(file));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
