package io.agentstudio.catalog;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.RuleSettings;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files that OpenCode 1.18.33 and the Copilot CLI 1.0.102 load (or refuse), as observed by running their loaders
 * (conformance/probes/opencode-and-copilot.md), checked by the file rules: a file the tool loads as written gets no
 * finding from the catalog's facts, a value the tool refuses gets an error.
 */
class OtherDialectsAgainstLoadersTest {
    private static final Path ROOT = Path.of("/nonexistent-workspace").toAbsolutePath();
    private static final String DESCRIPTION = "description: Reviews code for bugs and style; use proactively after each change.\n";
    private static final String BODY = "---\nYou are a careful code reviewer.\n";

    private static List<Finding> findings(String relative, String text) {
        Path path = Path.of(relative);
        Dialect dialect = DialectLocator.dialectOf(path).orElseThrow();
        WorkspaceAgent agent = new WorkspaceAgent(ROOT.resolve(path), path, dialect, AgentFileParser.parse(text), null);
        return WorkspaceValidation.checkFile(agent, RuleCatalog.standard(), RuleSettings.DEFAULTS);
    }

    private static List<String> ruleIds(String relative, String text) {
        return findings(relative, text).stream().map(Finding::ruleId).toList();
    }

    @Nested
    class Copilot {
        private static final String FILE = ".github/agents/reviewer.agent.md";

        private static String agent(String fields) {
            return "---\nname: reviewer\n" + DESCRIPTION + fields + BODY;
        }

        @Test
        void readsTheCustomAgentKeysOfTodaysCopilot() {
            String text = agent("""
                    tools: ["*"]
                    disable-model-invocation: true
                    user-invocable: false
                    argument-hint: "[file to review]"
                    hooks:
                      PreToolUse:
                        - type: command
                          bash: echo checked
                    """);

            assertThat(ruleIds(FILE, text)).isEmpty();
        }

        @Test
        void takesAllToolsAndVsCodeStyleToolNames() {
            assertThat(ruleIds(FILE, agent("tools: ['*']\n"))).isEmpty();
            assertThat(ruleIds(FILE, agent("tools: [view, runCommands, editFiles, search/codebase, runSubagent, todos]\n"))).isEmpty();
        }

        @Test
        void takesAModelListAsVsCodeAndTheCliDo() {
            assertThat(ruleIds(FILE, agent("model: [gpt-4.1, claude-sonnet-4.5]\n"))).isEmpty();
            assertThat(ruleIds(FILE, agent("model: gpt-4.1\n"))).isEmpty();
            assertThat(ruleIds(FILE, agent("model: 5\n"))).containsExactly("value-type");
        }

        @Test
        void knowsTheRetiredInferAndTheCliSwitches() {
            assertThat(ruleIds(FILE, agent("infer: false\nskills: [review]\nstrict-tools-list: true\n"))).isEmpty();
        }

        @Test
        void refusesWhatTheCliRefuses() {
            assertThat(ruleIds(FILE, agent("disable-model-invocation: \"yes\"\n"))).containsExactly("value-type");
            assertThat(ruleIds(FILE, agent("user-invocable: \"no\"\n"))).containsExactly("value-type");
            assertThat(ruleIds(FILE, agent("hooks: []\n"))).containsExactly("hooks-empty-list");
        }

        @Test
        void anUnknownTargetIsIgnoredNotRefused() {
            Finding finding = findings(FILE, agent("target: moon\n")).get(0);

            assertThat(finding.ruleId()).isEqualTo("value-unknown");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        }
    }

    @Nested
    class OpenCode {
        private static final String FILE = ".opencode/agents/reviewer.md";

        private static String agent(String fields) {
            return "---\n" + DESCRIPTION + fields + BODY;
        }

        @Test
        void readsTheV2Keys() {
            String text = agent("""
                    mode: subagent
                    disabled: true
                    permissions:
                      - action: edit
                        resource: "*"
                        effect: deny
                      - action: bash
                        resource: "git *"
                        effect: allow
                    """);

            assertThat(ruleIds(FILE, text)).isEmpty();
        }

        @Test
        void stillReadsTheV1Keys() {
            String text = agent("""
                    mode: subagent
                    disable: false
                    maxSteps: 12
                    variant: high
                    color: accent
                    options:
                      reasoningEffort: high
                    permission:
                      task:
                        "*": deny
                        team/reviewer: allow
                    """);

            assertThat(ruleIds(FILE, text)).isEmpty();
        }

        @Test
        void aColourOutsideHexAndTheThemeNamesFailsTheConfiguration() {
            Finding finding = findings(FILE, agent("color: red\n")).get(0);

            assertThat(finding.ruleId()).isEqualTo("value-invalid");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(ruleIds(FILE, agent("color: \"#44BA81\"\n"))).isEmpty();
        }

        @Test
        void leavesTheSamplingRangeToTheProvider() {
            assertThat(ruleIds(FILE, agent("temperature: 3\ntop_p: 0.9\n"))).isEmpty();
            assertThat(ruleIds(FILE, agent("steps: 0\n"))).containsExactly("value-type");
        }
    }

    @Nested
    class Cursor {
        @Test
        void readsTheDocumentedSubagentKeys() {
            String text = "---\nname: reviewer\n" + DESCRIPTION + "model: inherit\nreadonly: true\nis_background: false\n" + BODY;

            assertThat(ruleIds(".cursor/agents/reviewer.md", text)).isEmpty();
        }
    }
}
