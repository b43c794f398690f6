package io.agentstudio.logic.validation;

import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static io.agentstudio.logic.validation.Checked.fixed;
import static io.agentstudio.logic.validation.Checked.only;
import static io.agentstudio.logic.validation.Checked.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

/** Types, enums and keys of the frontmatter, from each dialect's catalog. */
class ValueRulesTest {

    private static String with(String lines) {
        return CLEAN.replace("---\nYou", lines + "\n---\nYou");
    }

    @Test
    void reportsAWordWhereAWholeNumberGoes() {
        Finding finding = only(with("maxTurns: ten"), "value-type");

        assertThat(finding.problem().message()).isEqualTo("`maxTurns` takes a whole number of at least 1, not the text `ten`."
                + " Claude Code ignores the value and loads the agent.");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(only(".gemini/agents/reviewer.md", with("max_turns: ten"), "value-type").problem().message())
                .endsWith("Gemini CLI refuses the agent over it.");
        assertThat(finding.fixes()).isEmpty();
    }

    @Test
    void unquotesANumberOrABooleanWrittenAsText() {
        assertThat(fixed(with("maxTurns: \"20\""), "value-type")).isEqualTo(with("maxTurns: 20"));
        assertThat(fixed(with("background: 'true'"), "value-type")).isEqualTo(with("background: true"));
    }

    @Test
    void writesYaml11BooleansAsTrueOrFalse() {
        assertThat(only(with("background: yes"), "value-type").problem().message()).contains("JavaScript tools read it as text");
        assertThat(fixed(with("background: yes"), "value-type")).isEqualTo(with("background: true"));
        assertThat(fixed(with("background: yes # run in background"), "value-type"))
                .as("the fix keeps the user's comment on the line")
                .isEqualTo(with("background: true # run in background"));
    }

    @Test
    void checksRangesAndShapes() {
        assertThat(only(with("maxTurns: 0"), "value-type").problem().message()).contains("at least 1, not 0");
        assertThat(only(".gemini/agents/reviewer.md", with("max_turns: 1.5"), "value-type").problem().message())
                .contains("whole number of at least 1");
        assertThat(ruleIds(".gemini/agents/reviewer.md", with("temperature: 3"))).as("Gemini CLI loads any temperature").isEmpty();
        assertThat(only(with("tools:\n  Read: true"), "value-type").problem().message()).contains("not a map");
        assertThat(only(with("model:\n  - opus"), "value-type").problem().message()).contains("takes text, not a list");
    }

    @Test
    void warnsThatAnUnknownModelFailsWhenTheAgentRunsAndSuggestsTheClosest() {
        Finding finding = only(with("model: Sonnet"), "value-invalid");

        assertThat(finding.severity()).as("Claude Code loads the agent whatever its model").isEqualTo(Severity.WARNING);
        assertThat(finding.problem().message()).contains("fails when it runs");
        assertThat(ruleIds(with("model: fable"))).isEmpty();
        assertThat(ruleIds(with("model: opus[1m]"))).isEmpty();
        assertThat(finding.problem().column()).isEqualTo(8);
        assertThat(finding.problem().message()).contains("Did you mean `sonnet`?");
        assertThat(fixed(with("model: Sonnet"), "value-invalid")).isEqualTo(with("model: sonnet"));
        assertThat(ruleIds(with("model: claude-opus-4-8"))).isEmpty();
        assertThat(only(with("model: gpt-4o"), "value-invalid").fixes()).isEmpty();
    }

    @Test
    void warnsAboutAValueTheToolIgnores() {
        Finding finding = only(with("permissionMode: acceptEdit"), "value-unknown");

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.problem().message()).contains("it ignores it", "Did you mean `acceptEdits`?");
        assertThat(fixed(with("permissionMode: acceptEdit"), "value-unknown")).isEqualTo(with("permissionMode: acceptEdits"));
        assertThat(ruleIds(with("permissionMode: manual"))).isEmpty();
    }

    @Test
    void checksTheOtherDialectsEnums() {
        assertThat(only(".opencode/agents/reviewer.md", with("mode: main"), "value-invalid").problem().message())
                .contains("It takes primary, subagent, all.");
        assertThat(only(".opencode/agents/reviewer.md", with("model: claude-sonnet-4-5"), "value-invalid").problem().message())
                .contains("provider/model-id");
        assertThat(ruleIds(".opencode/agents/reviewer.md", with("model: anthropic/claude-sonnet-4-5\ncolor: \"#44BA81\"")))
                .containsExactly("key-unknown"); // `name`: OpenCode goes by the file name

        assertThat(ruleIds(".cursor/agents/reviewer.md", with("model: fast\nreadonly: true"))).isEmpty();
        assertThat(ruleIds(".github/agents/reviewer.agent.md", with("target: vscode"))).isEmpty();
    }

    @Test
    void replacesAnEmptyHooksListWithAnEmptyMap() {
        assertThat(fixed(with("hooks: []"), "hooks-empty-list")).isEqualTo(with("hooks: {}"));
    }

    @Test
    void renamesAMisspeltKeyToTheFieldItMeant() {
        assertThat(fixed(with("Tools: Read, Grep"), "key-unknown")).isEqualTo(with("tools: Read, Grep"));
        assertThat(fixed(with("permission_mode: plan"), "key-unknown")).isEqualTo(with("permissionMode: plan"));
        assertThat(fixed(with("allowed-tools:\n  - Read"), "key-unknown")).isEqualTo(with("tools:\n  - Read"));
        assertThat(fixed(CLEAN.replace("description:", "desc:"), "key-unknown")).isEqualTo(CLEAN);
    }

    @Test
    void notesOtherKeysWithoutAFix() {
        Problem problem = only(with("version: 1.0"), "key-unknown").problem();

        assertThat(problem.message()).isEqualTo("`version` is not a Claude Code field; the tool ignores it. Keep it if it is meant"
                + " for people or other tools.");
        assertThat(only(with("version: 1.0"), "key-unknown").fixes()).isEmpty();
        assertThat(only(with("tools: Read\nTools: Grep"), "key-unknown").fixes()).isEmpty();
    }
}
