package io.agentstudio.logic.validation;

import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static io.agentstudio.logic.validation.Checked.fixed;
import static io.agentstudio.logic.validation.Checked.only;
import static io.agentstudio.logic.validation.Checked.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules about `tools` and `disallowedTools`, against each dialect's tool names. */
class ToolRulesTest {

    private static String with(String lines) {
        return CLEAN.replace("---\nYou", lines + "\n---\nYou");
    }

    @Test
    void pointsAtAnUnknownToolAndSuggestsTheRealOne() {
        String text = with("tools: Read, WriteFile, Grep");

        Problem problem = only(text, "tools-unknown").problem();

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(14);
        assertThat(problem.field()).isEqualTo("tools");
        assertThat(problem.message()).isEqualTo("`WriteFile` is not a Claude Code tool; the entry does nothing. Did you mean `Write`?");
        assertThat(fixed(text, "tools-unknown")).isEqualTo(with("tools: Read, Write, Grep"));
    }

    @Test
    void knowsTodaysClaudeCodeToolsAndNotTheRetiredOnes() {
        assertThat(ruleIds(with("tools: PowerShell, LSP, Monitor, ToolSearch, SendMessage, TaskStop, EnterWorktree, Read"))).isEmpty();
        assertThat(ruleIds(with("disallowedTools: mcp__*"))).as("mcp__* removes every MCP tool").isEmpty();
        assertThat(only(with("tools: Read, MultiEdit"), "tools-unknown").problem().message()).contains("`MultiEdit` is not a Claude Code tool");
        assertThat(only(with("tools: Read, LS"), "tools-unknown").problem().message()).contains("`LS` is not a Claude Code tool");
    }

    @Test
    void saysWhichToolsASubagentNeverGetsAndThatAnAgentLeftWithNoneWillNotLaunch() {
        Finding never = only(with("tools: Read, AskUserQuestion"), "tools-never-in-subagent");
        assertThat(never.severity()).isEqualTo(Severity.WARNING);
        assertThat(never.problem().message()).isEqualTo("Claude Code never gives `AskUserQuestion` to a subagent; the entry does nothing.");
        assertThat(fixed(with("tools: Read, AskUserQuestion"), "tools-never-in-subagent")).isEqualTo(with("tools: Read"));

        Finding none = only(with("tools: AskUserQuestion, EnterPlanMode"), "tools-none-resolve");
        assertThat(none.severity()).as("it loads, and fails when run").isEqualTo(Severity.WARNING);
        assertThat(none.problem().message()).contains("will not launch this agent");
        assertThat(ruleIds(with("tools: Read, ExitPlanMode\npermissionMode: plan"))).as("a plan-mode agent keeps ExitPlanMode").isEmpty();
    }

    @Test
    void keepsABlockListABlockListWhenItReplacesAnEntry() {
        assertThat(fixed(with("tools:\n  - Read\n  - Grpe"), "tools-unknown")).isEqualTo(with("tools:\n  - Read\n  - Grep"));
    }

    @Test
    void acceptsMcpToolsAndAgentLimits() {
        assertThat(ruleIds(with("tools: mcp__github, mcp__github__create_issue, mcp__laravel-boost__*, Agent(tester, fixer)\n"
                + "initialPrompt: Start."))).isEmpty();
    }

    @Test
    void refusesAnAllowlistOfNothingRealButNotAMissingOrEmptyField() {
        assertThat(only(with("tools: Reed, Wirte"), "tools-none-resolve").problem().message())
                .contains("will not launch this agent");
        assertThat(ruleIds(with("tools:"))).isEmpty();
    }

    @Test
    void removesTheSecondOfTwoEqualEntries() {
        String text = with("tools: Read, LS, Grep, LS");

        assertThat(only(text, "tools-duplicate").problem().column()).isEqualTo(24);
        assertThat(fixed(text, "tools-duplicate")).isEqualTo(with("tools: Read, LS, Grep"));
    }

    @Test
    void removesFromTheAllowlistAToolThatIsDeniedAnyway() {
        String text = with("tools: Read, Edit, Bash\ndisallowedTools: Edit, Write");

        assertThat(only(text, "tools-in-both-lists").problem().column()).isEqualTo(14);
        assertThat(fixed(text, "tools-in-both-lists")).isEqualTo(with("tools: Read, Bash\ndisallowedTools: Edit, Write"));
    }

    @Test
    void offersNoRemovalThatWouldEmptyTheAllowlist() {
        assertThat(only(with("tools: Edit\ndisallowedTools: Edit"), "tools-in-both-lists").fixes()).isEmpty();
    }

    @Test
    void notesThatAnAgentLimitDoesNothingInASubagent() {
        Problem problem = only(with("tools: Read, Agent(tester, fixer)"), "tools-agent-limit-ignored").problem();

        assertThat(problem.column()).isEqualTo(14);
        assertThat(problem.message()).startsWith("`Agent(tester, fixer)` limits");
    }

    @Test
    void checksGeminiToolsAgainstGeminiNames() {
        String gemini = with("tools:\n  - read_file\n  - run_shell_command\n  - mcp_github_create_issue\n  - read_fil");

        assertThat(only(".gemini/agents/reviewer.md", gemini, "tools-unknown").problem().message()).contains("Did you mean `read_file`?");
        assertThat(ruleIds(".gemini/agents/reviewer.md", with("tools: Read"))).containsExactly("tools-unknown");
    }

    @Test
    void readsCopilotToolAliasesWithoutRegardToCase() {
        assertThat(ruleIds(".github/agents/reviewer.agent.md", with("tools: ['Read', 'search', 'github/*', 'playwright/browser_click']")))
                .isEmpty();
    }
}
