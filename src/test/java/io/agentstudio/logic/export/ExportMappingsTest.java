package io.agentstudio.logic.export;

import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The translation tables and the rules read from the tools' own code: models, read-only tools, names. */
class ExportMappingsTest {
    private static final ExportMappings MAPPINGS = ExportMappings.load();
    /** Claude Code 2.1.332's tools (FORMATS.md, December 2026). */
    private static final Set<String> CLAUDE_TOOLS = Set.of("Agent", "Artifact", "AskUserQuestion", "Bash", "CronCreate",
            "CronDelete", "CronList", "Edit", "EndConversation", "EnterPlanMode", "EnterWorktree", "ExitPlanMode", "ExitWorktree",
            "Glob", "Grep", "ListAgents", "ListMcpResourcesTool", "LSP", "Monitor", "NotebookEdit", "PowerShell",
            "PushNotification", "Read", "ReadMcpResourceTool", "RemoteTrigger", "ReportFindings", "ScheduleWakeup", "SendMessage",
            "SendUserFile", "ShareOnboardingGuide", "Skill", "TaskCreate", "TaskGet", "TaskList", "TaskOutput", "TaskStop",
            "TaskUpdate", "TodoWrite", "ToolSearch", "WaitForMcpServers", "WebFetch", "WebSearch", "Workflow", "Write");

    @ParameterizedTest
    @CsvSource({
            "opus, claude-opus-5-5", "sonnet, claude-sonnet-5-5", "haiku, claude-haiku-5-5", "fable, claude-fable-5-2",
            "best, claude-opus-5-5", "opusplan, claude-sonnet-5-5", "opus[1m], claude-opus-5-5", "Sonnet[1M], claude-sonnet-5-5",
            "claude-opus-5, claude-opus-5", "claude-sonnet-4-5-20250929, claude-sonnet-4-5-20250929",
            "us.anthropic.claude-opus-5, claude-opus-5", "anthropic.claude-fable-5, claude-fable-5",
            "us.anthropic.claude-haiku-4-5-20251001-v1:0, claude-haiku-4-5", "claude-haiku-4-5@20251001, claude-haiku-4-5",
            "claude-3-7-sonnet@20250219, claude-3-7-sonnet"})
    void claudeModelsAreReadAsClaudeCodeReadsThem(String written, String id) {
        assertThat(MAPPINGS.claudeModel(written)).map(ClaudeModel::id).contains(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"inherit", "gpt-4", "gemini-2.5-pro", "claude", "claude-opus-5-preview-x", ""})
    void otherModelsAreNoClaudeModel(String written) {
        assertThat(MAPPINGS.claudeModel(written)).isEmpty();
    }

    @Test
    void theReadingSaysWhatItDid() {
        assertThat(MAPPINGS.claudeModel("opus[1m]").orElseThrow().notes())
                .containsExactly("opus is claude-opus-5-5 in Claude Code 2.1.332", "the [1m] suffix (a 1M-token context in Claude Code) is not carried over");
        assertThat(MAPPINGS.claudeModel("us.anthropic.claude-opus-5").orElseThrow().notes()).singleElement().asString()
                .contains("provider id").contains("claude-opus-5");
        assertThat(MAPPINGS.claudeModel("claude-opus-5").orElseThrow().notes()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "opus, claude-opus-5-5", "fable, claude-fable-5-1", "sonnet, claude-sonnet-5", "haiku, claude-haiku-4-5",
            "claude-opus-4-1, claude-opus-4-5", "claude-haiku-4-5-20251001, claude-haiku-4-5-20251001",
            "claude-opus-5, claude-opus-5"})
    void aModelOpenCodeDoesNotOfferBecomesTheNearestOfItsFamily(String written, String offered) {
        assertThat(MAPPINGS.claudeModel(written).orElseThrow().nearestIn(MAPPINGS.openCodeModels())).contains(offered);
    }

    @ParameterizedTest
    @CsvSource({"opus, claude-opus-5.5", "sonnet, claude-sonnet-5.5", "haiku, claude-haiku-5.5", "fable, claude-fable-5.1",
            "claude-opus-4-8, claude-opus-4.8", "claude-sonnet-4-5, claude-sonnet-4.6"})
    void copilotGetsTheIdsItsCliOffers(String written, String offered) {
        assertThat(MAPPINGS.claudeModel(written).orElseThrow().nearestIn(MAPPINGS.copilotModels())).contains(offered);
    }

    @Test
    void aFamilyATargetDoesNotHaveHasNoNearestModel() {
        assertThat(MAPPINGS.claudeModel("claude-mythos-5").orElseThrow().nearestIn(MAPPINGS.openCodeModels())).isEmpty();
    }

    @Test
    void theReadOnlyToolsAreAnAllowlistOfCurrentTools() {
        assertThat(MAPPINGS.readOnlyTools()).allMatch(tool -> CLAUDE_TOOLS.contains(tool) || tool.equals("LS"));
        assertThat(MAPPINGS.readOnlyTools()).contains("Read", "Glob", "Grep", "WebFetch", "WebSearch", "LSP", "ToolSearch", "TodoWrite")
                .doesNotContain("Bash", "PowerShell", "Monitor", "Write", "Edit", "MultiEdit", "NotebookEdit", "Agent", "Task", "Skill",
                        "SendMessage", "Workflow", "CronCreate", "RemoteTrigger", "EnterWorktree");
        assertThat(MAPPINGS.readOnly(List.of("Read", "Grep"))).isTrue();
        assertThat(MAPPINGS.readOnly(List.of("Read", "SomethingNew"))).isFalse();
        assertThat(MAPPINGS.readOnly(List.of("Read", "mcp__github__get_issue"))).isFalse();
    }

    @Test
    void everyToolNameTheGeminiTablesWriteIsOneGeminiCliAccepts() {
        DialectCatalog gemini = Catalogs.load().of(Dialect.GEMINI);
        assertThat(MAPPINGS.allGeminiTools().values()).allSatisfy(names -> assertThat(names).allMatch(gemini::knowsTool));
        assertThat(MAPPINGS.allGeminiTools().values()).flatMap(names -> names).contains("grep_search")
                .doesNotContain("search_file_content", "save_memory");
        assertThat(gemini.knowsTool("save_memory")).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"mcp__github__create_issue, mcp_github_create_issue", "mcp__github, mcp_github_*", "mcp__github__*, mcp_github_*",
            "mcp__docs.internal__search, mcp_docs.internal_search"})
    void claudeMcpToolsGetGeminiNames(String claude, String gemini) {
        assertThat(GeminiExporter.mcpName(claude)).contains(gemini);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mcp__my_server__tool", "mcp__my_server", "mcp____x", "mcp__srv__bad tool"})
    void claudeMcpToolsGeminiCannotNameAreLeftOut(String claude) {
        assertThat(GeminiExporter.mcpName(claude)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-marketplace", "Claude_Plugins", "claude-plugins-marketplace", "my-official-claude-tools",
            "claude-official-marketplace", "officialanthropic", "anthropic-directories", "anthropic.official", "--claude-marketplace",
            "claude-directory", "claudé-tools"})
    void namesThatLookLikeAnOfficialMarketplaceAreRefused(String name) {
        assertThat(ClaudePluginExporter.looksOfficial(name)).isTrue();
        assertThat(ClaudePluginExporter.marketplaceNameProblem(name, MAPPINGS)).get().asString().contains("looks like an official");
    }

    @ParameterizedTest
    @ValueSource(strings = {"review-team-marketplace", "my-claude-tools-marketplace", "anthropic-plugin-marketplace",
            "claudette-marketplace", "team-plugins"})
    void ordinaryMarketplaceNamesAreAccepted(String name) {
        assertThat(ClaudePluginExporter.marketplaceNameProblem(name, MAPPINGS)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"anthropic-marketplace", "claude-code-marketplace", "Claude-Plugins-Official", "agent-skills",
            "healthcare", "claude-plugin-directory"})
    void namesReservedForAnthropicsMarketplacesAreRefused(String name) {
        Optional<String> problem = ClaudePluginExporter.marketplaceNameProblem(name, MAPPINGS);
        assertThat(problem).get().asString().contains("reserved by Claude Code for official Anthropic marketplaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"inline", "builtin", "skills-dir", "synced", "claude-plugin-test"})
    void namesClaudeCodeKeepsForItsOwnPluginsAreRefused(String name) {
        assertThat(ClaudePluginExporter.marketplaceNameProblem(name, MAPPINGS)).get().asString().contains("reserved by Claude Code for");
    }
}
