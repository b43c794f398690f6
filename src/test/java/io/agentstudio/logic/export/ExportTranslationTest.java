package io.agentstudio.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the translations write for one agent, checked against what the target tools load today (facts in
 * mappings.yaml, taken from Claude Code 2.1.332, Gemini CLI 0.61.0, OpenCode 1.18.33 and Copilot CLI 1.0.102). Every
 * export here is forced, so the tests do not depend on how the workspace's own validation judges the source.
 */
class ExportTranslationTest {
    /** Every current Claude Code model alias (FORMATS.md, December 2026; Claude Code 2.1.332's list ume). */
    private static final String[] ALIASES = {"sonnet", "opus", "haiku", "fable", "best", "opusplan", "sonnet[1m]", "opus[1m]", "fable[1m]"};
    /** The Claude models OpenCode 1.18.33 offers (`opencode models anthropic`). */
    private static final Set<String> OPENCODE_MODELS = Set.of("claude-fable-5", "claude-fable-5-1", "claude-haiku-4-5",
            "claude-haiku-4-5-20251001", "claude-opus-4-5", "claude-opus-4-5-20251101", "claude-opus-4-6", "claude-opus-4-7",
            "claude-opus-4-8", "claude-opus-4-8-fast", "claude-opus-5", "claude-opus-5-5", "claude-opus-5-5-fast",
            "claude-opus-5-fast", "claude-sonnet-4-5", "claude-sonnet-4-5-20250929", "claude-sonnet-4-6", "claude-sonnet-5");
    /** The Claude models Copilot CLI 1.0.102 offers (`copilot help config`). */
    private static final Set<String> COPILOT_MODELS = Set.of("claude-sonnet-5.5", "claude-sonnet-5", "claude-fable-5.1",
            "claude-fable-5", "claude-opus-5.5", "claude-opus-5", "claude-opus-4.8", "claude-opus-4.8-fast", "claude-sonnet-4.6",
            "claude-haiku-5.5", "claude-haiku-4.5");
    /** Keys Gemini CLI 0.61.0's strict localAgentSchema accepts. */
    private static final Set<String> GEMINI_KEYS = Set.of("kind", "name", "description", "display_name", "tools", "mcp_servers",
            "model", "temperature", "max_turns", "timeout_mins");
    /** Gemini CLI 0.61.0's ALL_BUILTIN_TOOL_NAMES. */
    private static final Set<String> GEMINI_TOOLS = Set.of("glob", "write_todos", "write_file", "google_web_search", "web_fetch",
            "replace", "run_shell_command", "grep_search", "read_many_files", "read_file", "list_directory", "activate_skill",
            "ask_user", "tracker_create_task", "tracker_update_task", "tracker_get_task", "tracker_list_tasks",
            "tracker_add_dependency", "tracker_visualize", "get_internal_docs", "enter_plan_mode", "exit_plan_mode",
            "update_topic", "complete_task", "invoke_agent", "read_mcp_resource", "list_mcp_resources");

    @TempDir
    Path temp;

    private int runs;

    private record Exported(ExportReport report, Path folder) {
        String file(String path) throws IOException {
            return Files.readString(folder.resolve(path), StandardCharsets.UTF_8);
        }

        Map<String, Object> frontmatter(String path) throws IOException {
            String text = file(path);
            int end = text.indexOf("\n---", 4);
            Map<String, Object> map = new Yaml().load(text.substring(4, end));
            return map == null ? Map.of() : map;
        }

        List<FieldOutcome> fields() {
            return report.agents().stream().filter(AgentExport::exported).findFirst().orElseThrow().fields();
        }

        String detail(String field) {
            return fields().stream().filter(f -> f.field().equals(field)).map(f -> f.fate().label() + " - " + f.detail())
                    .findFirst().orElse("");
        }
    }

    /** One agent named reviewer with these extra frontmatter lines, exported (forced) to the target. */
    private Exported export(ExportTarget target, String frontmatter) throws IOException {
        return export(target, frontmatter, null);
    }

    private Exported export(ExportTarget target, String frontmatter, PluginInfo plugin) throws IOException {
        int run = runs++;
        Path workspace = temp.resolve("ws-" + run);
        ExportFixture.write(workspace.resolve(".claude/agents/reviewer.md"), "---\nname: reviewer\n"
                + "description: Reviews every change before it is merged into main.\n" + frontmatter + "---\n\nYou review code.\n");
        Path out = temp.resolve("out-" + run);
        ExportReport report = ExportFixture.service().run(ExportRequest.into(workspace, target, out).forced(true).withPlugin(plugin),
                ExportProgress.NONE);
        return new Exported(report, out);
    }

    // --- models -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"sonnet", "opus", "haiku", "fable", "best", "opusplan", "sonnet[1m]", "opus[1m]", "fable[1m]"})
    void everyCurrentAliasBecomesAModelEachTargetOffers(String alias) throws IOException {
        String line = "model: \"" + alias + "\"\n";

        Object openCode = export(ExportTarget.OPENCODE, line).frontmatter(".opencode/agents/reviewer.md").get("model");
        Object copilot = export(ExportTarget.COPILOT, line).frontmatter(".github/agents/reviewer.agent.md").get("model");
        Object cursor = export(ExportTarget.CURSOR, line).frontmatter(".cursor/agents/reviewer.md").get("model");

        assertThat(openCode).isInstanceOf(String.class);
        assertThat((String) openCode).startsWith("anthropic/");
        assertThat(OPENCODE_MODELS).contains(((String) openCode).substring("anthropic/".length()));
        assertThat(COPILOT_MODELS).contains((String) copilot);
        assertThat(cursor).isInstanceOf(String.class);
        assertThat((String) cursor).matches("claude-(opus|sonnet|haiku|fable)-\\d+(-\\d+)?");
    }

    @Test
    void aliasesBecomeTheModelsClaudeCodeResolvesThemToNotRetiredOnes() throws IOException {
        Exported openCode = export(ExportTarget.OPENCODE, "model: opus\n");
        Exported copilot = export(ExportTarget.COPILOT, "model: opus\n");
        Exported cursor = export(ExportTarget.CURSOR, "model: opus\n");

        assertThat(openCode.frontmatter(".opencode/agents/reviewer.md")).containsEntry("model", "anthropic/claude-opus-5-5");
        assertThat(copilot.frontmatter(".github/agents/reviewer.agent.md")).containsEntry("model", "claude-opus-5.5");
        assertThat(cursor.frontmatter(".cursor/agents/reviewer.md")).containsEntry("model", "claude-opus-5-5");
        for (Exported exported : List.of(openCode, copilot, cursor)) {
            assertThat(exported.detail("model")).contains("opus is claude-opus-5-5 in Claude Code 2.1.332")
                    .doesNotContain("4-1").doesNotContain("4.1");
        }
        assertThat(copilot.file(".github/agents/reviewer.agent.md")).doesNotContain("Claude Opus 4.1");
    }

    @Test
    void aModelATargetDoesNotOfferBecomesItsNearestAndTheReportSaysItIsTheStudiosChoice() throws IOException {
        Exported fable = export(ExportTarget.OPENCODE, "model: fable\n");
        Exported sonnet = export(ExportTarget.OPENCODE, "model: sonnet\n");
        Exported copilotFable = export(ExportTarget.COPILOT, "model: fable\n");

        assertThat(fable.frontmatter(".opencode/agents/reviewer.md")).containsEntry("model", "anthropic/claude-fable-5-1");
        assertThat(fable.detail("model")).contains("fable is claude-fable-5-2 in Claude Code 2.1.332")
                .contains("does not offer claude-fable-5-2").contains("the studio's choice");
        assertThat(sonnet.frontmatter(".opencode/agents/reviewer.md")).containsEntry("model", "anthropic/claude-sonnet-5");
        assertThat(copilotFable.frontmatter(".github/agents/reviewer.agent.md")).containsEntry("model", "claude-fable-5.1");
    }

    @Test
    void providerIdsAndFullIdsBecomeAnthropicsIdOfTheSameModel() throws IOException {
        assertThat(export(ExportTarget.OPENCODE, "model: us.anthropic.claude-opus-5\n").frontmatter(".opencode/agents/reviewer.md"))
                .containsEntry("model", "anthropic/claude-opus-5");
        assertThat(export(ExportTarget.OPENCODE, "model: anthropic.claude-haiku-4-5-20251001-v1:0\n")
                .frontmatter(".opencode/agents/reviewer.md")).containsEntry("model", "anthropic/claude-haiku-4-5");
        assertThat(export(ExportTarget.CURSOR, "model: claude-sonnet-5@20260301\n").frontmatter(".cursor/agents/reviewer.md"))
                .containsEntry("model", "claude-sonnet-5");
        assertThat(export(ExportTarget.OPENCODE, "model: claude-sonnet-4-5-20250929\n").frontmatter(".opencode/agents/reviewer.md"))
                .containsEntry("model", "anthropic/claude-sonnet-4-5-20250929");
        assertThat(export(ExportTarget.COPILOT, "model: claude-opus-5\n").frontmatter(".github/agents/reviewer.agent.md"))
                .containsEntry("model", "claude-opus-5");
        Exported other = export(ExportTarget.OPENCODE, "model: gpt-4\n");
        assertThat(other.frontmatter(".opencode/agents/reviewer.md")).doesNotContainKey("model");
        assertThat(other.detail("model")).startsWith("dropped");
    }

    // --- read-only --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"PowerShell", "Monitor", "NotebookEdit", "Bash", "Write", "Edit", "MultiEdit", "Frobnicate",
            "mcp__github", "mcp__github__create_issue", "Bash(git status:*)", "Agent", "Skill", "SendMessage", "EnterWorktree"})
    void aToolNotKnownToLeaveFilesAloneKeepsAnAgentFromBeingReadOnly(String tool) throws IOException {
        String tools = "tools: \"Read, Grep, Glob, " + tool + "\"\n";

        Exported codex = export(ExportTarget.CODEX, tools);
        Exported cursor = export(ExportTarget.CURSOR, tools);

        assertThat(codex.file(".codex/agents/reviewer.toml")).doesNotContain("sandbox_mode");
        assertThat(cursor.frontmatter(".cursor/agents/reviewer.md")).doesNotContainKey("readonly");
        assertThat(codex.detail("tools")).contains("not read-only: " + ClaudeTools.base(tool));
    }

    @Test
    void toolsThatOnlyReadMakeAReadOnlyAgent() throws IOException {
        String tools = "tools: Read, Grep, Glob, LSP, WebFetch, WebSearch, ToolSearch, TodoWrite\n";

        assertThat(export(ExportTarget.CODEX, tools).file(".codex/agents/reviewer.toml")).contains("sandbox_mode = 'read-only'");
        assertThat(export(ExportTarget.CURSOR, tools).frontmatter(".cursor/agents/reviewer.md")).containsEntry("readonly", true);
    }

    // --- OpenCode permissions ------------------------------------------------------------------------------------------

    @Test
    void openCodeDeniesEverythingFirstAndThenAllowsWhatTheToolsGrant() throws IOException {
        Exported exported = export(ExportTarget.OPENCODE, "tools: Read, Grep, Glob, Bash, PowerShell, mcp__github\n");

        @SuppressWarnings("unchecked")
        Map<String, Object> permission = (Map<String, Object>) exported.frontmatter(".opencode/agents/reviewer.md").get("permission");
        assertThat(new ArrayList<>(permission.keySet())).first().isEqualTo("*");
        assertThat(permission).containsEntry("*", "deny").containsEntry("read", "allow").containsEntry("grep", "allow")
                .containsEntry("glob", "allow").containsEntry("bash", "allow").doesNotContainValue("ask");
        assertThat(permission.keySet()).doesNotContain("edit", "webfetch", "task");
        assertThat(exported.detail("tools")).contains("\"*\": deny").contains("no OpenCode permission for mcp__github");
    }

    @Test
    void openCodeTaskPermissionDeniesEveryAgentBeforeAllowingTheDelegates() throws IOException {
        Path workspace = temp.resolve("team");
        ExportFixture.workspace(workspace, Map.of(
                "lead", "---\nname: lead\ndescription: Leads the team and hands work on.\ntools: Read, Agent(coder, tester)\n---\n\nLead.\n",
                "coder", ExportFixture.agent("coder", "Writes the code for a planned step.", "Code.\n"),
                "tester", ExportFixture.agent("tester", "Writes and runs the tests for a change.", "Test.\n")));
        Path out = temp.resolve("team-out");

        ExportFixture.service().run(ExportRequest.into(workspace, ExportTarget.OPENCODE, out).forced(true), ExportProgress.NONE);

        Map<String, Object> frontmatter = new Exported(null, out).frontmatter(".opencode/agents/lead.md");
        @SuppressWarnings("unchecked")
        Map<String, Object> permission = (Map<String, Object>) frontmatter.get("permission");
        @SuppressWarnings("unchecked")
        Map<String, Object> task = (Map<String, Object>) permission.get("task");
        assertThat(new ArrayList<>(permission.keySet())).first().isEqualTo("*");
        assertThat(new ArrayList<>(task.keySet())).containsExactly("*", "coder", "tester");
        assertThat(task).containsEntry("*", "deny").containsEntry("coder", "allow").containsEntry("tester", "allow");
    }

    @Test
    void openCodeDelegationsOfAnAgentWithoutAToolListStillDenyOtherAgents() throws IOException {
        Path workspace = temp.resolve("team");
        ExportFixture.workspace(workspace, Map.of(
                "lead", ExportFixture.agent("lead", "Leads the team and hands work on.", "## Delegates to\n- `coder` - writes the code\n"),
                "coder", ExportFixture.agent("coder", "Writes the code for a planned step.", "Code.\n")));
        Path out = temp.resolve("team-out");

        ExportFixture.service().run(ExportRequest.into(workspace, ExportTarget.OPENCODE, out).forced(true), ExportProgress.NONE);

        @SuppressWarnings("unchecked")
        Map<String, Object> permission = (Map<String, Object>) new Exported(null, out).frontmatter(".opencode/agents/lead.md").get("permission");
        assertThat(permission.keySet()).containsExactly("task");
        assertThat(permission.get("task")).isEqualTo(new LinkedHashMap<>(Map.of("*", "deny", "coder", "allow")));
        @SuppressWarnings("unchecked")
        Map<String, Object> task = (Map<String, Object>) permission.get("task");
        assertThat(new ArrayList<>(task.keySet())).containsExactly("*", "coder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"disallowedTools: Bash", "disallowedTools: Bash, PowerShell", "tools: mcp__github", "tools: Frobnicate"})
    void aPermissionOfOneRuleIsWrittenToo(String line) throws IOException {
        Exported exported = export(ExportTarget.OPENCODE, line + "\n");

        assertThat(exported.report().exportedAgents()).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> permission = (Map<String, Object>) exported.frontmatter(".opencode/agents/reviewer.md").get("permission");
        assertThat(permission).hasSize(1);
        assertThat(permission.values()).containsExactly("deny");
    }

    // --- Gemini CLI's strict schema ------------------------------------------------------------------------------------

    @Test
    void geminiToolsHaveTheirCurrentNamesAndNothingTheSchemaRefusesIsWritten() throws IOException {
        Exported exported = export(ExportTarget.GEMINI, "tools: Read, Grep, Glob, Bash, PowerShell, TodoWrite, NotebookEdit, LSP,"
                + " Agent, mcp__github__create_issue, mcp__my_server, Frobnicate\nmodel: opus\nmaxTurns: 12\ncolor: red\n"
                + "permissionMode: plan\nskills: [a]\nversion: 2\n");

        Map<String, Object> frontmatter = exported.frontmatter(".gemini/agents/reviewer.md");
        assertThat(GEMINI_KEYS).containsAll(frontmatter.keySet());
        @SuppressWarnings("unchecked")
        List<String> tools = (List<String>) frontmatter.get("tools");
        assertThat(tools).contains("grep_search", "read_file", "glob", "run_shell_command", "write_todos", "mcp_github_create_issue")
                .doesNotContain("search_file_content", "save_memory");
        assertThat(tools).allSatisfy(tool -> assertThat(GEMINI_TOOLS.contains(tool) || tool.matches("mcp_[a-z0-9.:-]+_[a-z0-9_.:-]+")).isTrue());
        assertThat(frontmatter).containsEntry("max_turns", 12).containsEntry("name", "reviewer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"maxTurns: 0", "maxTurns: -3", "maxTurns: 2.5", "maxTurns: \"10\""})
    void geminiGetsNoMaxTurnsThatIsNotAPositiveInteger(String line) throws IOException {
        Exported exported = export(ExportTarget.GEMINI, line + "\n");

        assertThat(exported.report().exportedAgents()).isEqualTo(1);
        assertThat(exported.frontmatter(".gemini/agents/reviewer.md")).doesNotContainKey("max_turns");
        assertThat(exported.detail("maxTurns")).startsWith("dropped");
    }

    @Test
    void openCodeGetsNoStepsThatAreNotAPositiveInteger() throws IOException {
        assertThat(export(ExportTarget.OPENCODE, "maxTurns: 0\n").frontmatter(".opencode/agents/reviewer.md")).doesNotContainKey("steps");
        assertThat(export(ExportTarget.OPENCODE, "maxTurns: 7\n").frontmatter(".opencode/agents/reviewer.md")).containsEntry("steps", 7);
    }

    @Test
    void aNameGeminiRefusesIsWrittenInTheFormItAccepts() throws IOException {
        Path workspace = temp.resolve("names");
        ExportFixture.write(workspace.resolve(".claude/agents/code-reviewer.md"),
                "---\nname: Code Reviewer\ndescription: Reviews every change before it is merged.\n---\n\nReview.\n");
        Path out = temp.resolve("names-out");

        ExportReport report = ExportFixture.service().run(ExportRequest.into(workspace, ExportTarget.GEMINI, out).forced(true),
                ExportProgress.NONE);

        Exported exported = new Exported(report, out);
        assertThat(exported.frontmatter(".gemini/agents/code-reviewer.md")).containsEntry("name", "code-reviewer");
        assertThat(exported.detail("name")).startsWith("translated - code-reviewer").contains("studio's choice");
    }

    @Test
    void anAgentGeminiWouldRefuseIsNotWrittenEvenWhenForced() throws IOException {
        Path workspace = temp.resolve("broken");
        ExportFixture.write(workspace.resolve(".claude/agents/nodesc.md"), "---\nname: nodesc\n---\n\nNo description.\n");
        ExportFixture.write(workspace.resolve(".claude/agents/ok.md"), ExportFixture.agent("ok", "Does the work that is asked.", "Ok.\n"));
        Path out = temp.resolve("broken-out");

        ExportReport report = ExportFixture.service().run(ExportRequest.into(workspace, ExportTarget.GEMINI, out).forced(true),
                ExportProgress.NONE);

        assertThat(out.resolve(".gemini/agents/nodesc.md")).doesNotExist();
        assertThat(out.resolve(".gemini/agents/ok.md")).exists();
        assertThat(report.agents()).anySatisfy(agent -> {
            assertThat(agent.name()).isEqualTo("nodesc");
            assertThat(agent.exported()).isFalse();
            assertThat(agent.skipped()).contains("description");
        });
        assertThat(report.problems()).anySatisfy(problem -> assertThat(problem.message()).contains("nodesc").contains("not exported"));
    }

    // --- Copilot, Codex ----------------------------------------------------------------------------------------------

    @Test
    void copilotGetsAllToolsWhenTheDenylistTakesNoAliasAway() throws IOException {
        Exported exported = export(ExportTarget.COPILOT, "disallowedTools: NotebookEdit\n");

        assertThat(exported.frontmatter(".github/agents/reviewer.agent.md")).containsEntry("tools", List.of("*"));
    }

    @Test
    void copilotDenylistThatTakesAnAliasAwayListsTheRest() throws IOException {
        @SuppressWarnings("unchecked")
        List<String> tools = (List<String>) export(ExportTarget.COPILOT, "disallowedTools: Bash, PowerShell\n")
                .frontmatter(".github/agents/reviewer.agent.md").get("tools");

        assertThat(tools).contains("read", "edit", "search").doesNotContain("execute", "*");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xhigh", "max"})
    void codexGetsXhighForTheHighestEfforts(String effort) throws IOException {
        assertThat(export(ExportTarget.CODEX, "effort: " + effort + "\n").file(".codex/agents/reviewer.toml"))
                .contains("model_reasoning_effort = 'xhigh'");
    }

    @Test
    void codexKeepsTheEffortsItShares() throws IOException {
        for (String effort : List.of("low", "medium", "high")) {
            assertThat(export(ExportTarget.CODEX, "effort: " + effort + "\n").file(".codex/agents/reviewer.toml"))
                    .contains("model_reasoning_effort = '" + effort + "'");
        }
    }

    // --- Claude Code plugin marketplaces ---------------------------------------------------------------------------------

    private static PluginInfo plugin(String name) {
        return new PluginInfo(name, "1.0.0", "A team.", "Ada", "", "", "", "", "", List.of(), true);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anthropic", "claude-code", "claude", "claude-official", "official-claude", "claude-plugins"})
    void aMarketplaceNameClaudeCodeReservesIsRefusedEvenWhenForced(String pluginName) throws IOException {
        Exported exported = export(ExportTarget.CLAUDE_PLUGIN, "", plugin(pluginName));

        assertThat(exported.report().outcome()).isEqualTo(ExportReport.Outcome.BLOCKED);
        assertThat(exported.report().problems()).anySatisfy(problem -> {
            assertThat(problem.file()).isEqualTo(".claude-plugin/marketplace.json");
            assertThat(problem.forceable()).isFalse();
            assertThat(problem.message()).contains("`" + pluginName + "-marketplace`").contains("Claude Code");
        });
        assertThat(exported.folder()).doesNotExist();
    }

    @Test
    void anOrdinaryMarketplaceNameIsWritten() throws IOException {
        Exported exported = export(ExportTarget.CLAUDE_PLUGIN, "", plugin("review-team"));

        assertThat(exported.report().outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(exported.file(".claude-plugin/marketplace.json")).contains("\"name\": \"review-team-marketplace\"");
    }

    @Test
    void noExportWritesARetiredModelOrToolName() throws IOException {
        List<String> written = new ArrayList<>();
        for (ExportTarget target : ExportTarget.values()) {
            for (String alias : ALIASES) {
                Exported exported = export(target, "model: \"" + alias + "\"\ntools: Read, Grep, Glob, Edit\n", plugin("team"));
                try (Stream<Path> files = Files.walk(exported.folder())) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        written.add(Files.readString(file, StandardCharsets.UTF_8));
                    }
                }
            }
        }
        assertThat(written).noneMatch(text -> text.contains("claude-opus-4-1") || text.contains("Claude Opus 4.1")
                || text.contains("search_file_content") || text.contains("save_memory"));
    }
}
