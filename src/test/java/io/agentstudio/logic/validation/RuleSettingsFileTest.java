package io.agentstudio.logic.validation;

import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSettingsFileTest {
    private static final Path FILE = Path.of("/ws/.agent-studio/rules.yaml");
    private static final RuleCatalog RULES = RuleCatalog.standard();

    private static RuleSettingsFile.Loaded parse(String yaml) {
        return RuleSettingsFile.parse(yaml, FILE, RULES);
    }

    private static RuleInfo rule(String id) {
        return RULES.find(id).orElseThrow();
    }

    @Test
    void turnsRulesOffAndChangesSeverities() {
        RuleSettingsFile.Loaded loaded = parse("# team choices\nrules:\n  name-file-mismatch: off\n  body-empty: ERROR\n");

        assertThat(loaded.problems()).isEmpty();
        assertThat(loaded.settings().severityOf(rule("name-file-mismatch"))).isEmpty();
        assertThat(loaded.settings().severityOf(rule("body-empty"))).contains(Severity.ERROR);
        assertThat(loaded.settings().severityOf(rule("tools-unknown"))).contains(Severity.WARNING);
    }

    @Test
    void locatesAnUnknownRuleAndABadSeverityAndAppliesTheRest() {
        RuleSettingsFile.Loaded loaded = parse("rules:\n  body-emty: off\n  tools-unknown: loud\n  key-unknown: off\n");

        assertThat(loaded.problems()).extracting(f -> f.file() + ":" + f.problem().line() + ":" + f.problem().column() + " " + f.problem().message())
                .containsExactly(FILE + ":2:3 There is no rule `body-emty`; the entry is ignored. Did you mean `body-empty`?",
                        FILE + ":3:18 `tools-unknown` takes off, error, warning or info, not `loud`; the rule keeps its default.");
        assertThat(loaded.problems()).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("rules-config-invalid"));
        assertThat(loaded.settings().isOn(rule("key-unknown"))).isFalse();
    }

    @Test
    void locatesYamlThatDoesNotParseAndKeepsTheDefaults() {
        RuleSettingsFile.Loaded loaded = parse("rules:\n  body-empty: off\n\tkey-unknown: off\n");

        assertThat(loaded.problems()).singleElement().satisfies(f -> {
            assertThat(f.problem().line()).isEqualTo(3);
            assertThat(f.problem().message()).startsWith("This is not valid YAML");
        });
        assertThat(loaded.settings().isOn(rule("body-empty"))).isTrue();
    }

    @Test
    void explainsTheShapeWhenItIsNotARulesMapping() {
        assertThat(parse("- body-empty\n").problems()).singleElement()
                .satisfies(f -> assertThat(f.problem().message()).startsWith("Write the settings as a `rules:` mapping"));
        assertThat(parse("rule:\n  body-empty: off\n").problems()).singleElement()
                .satisfies(f -> assertThat(f.problem().message()).isEqualTo("Unknown key `rule`: the file has one key, `rules`."));
        assertThat(parse("rules: off\n").problems()).singleElement()
                .satisfies(f -> assertThat(f.problem().message()).startsWith("`rules` must map rule ids"));
    }

    @Test
    void readsAnEmptyFileOrNoFileAsTheDefaults() {
        assertThat(parse("").problems()).isEmpty();
        assertThat(RuleSettingsFile.read(Path.of("/nonexistent-workspace"), RULES).problems()).isEmpty();
    }

    @Test
    void letsTheFileTurnOffReportsAboutItself() {
        assertThat(parse("rules:\n  rules-config-invalid: off\n  no-such-rule: off\n").problems()).isEmpty();
    }
}
