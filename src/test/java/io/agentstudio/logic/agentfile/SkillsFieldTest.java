package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An agent's {@code skills:} read in each form it is written, and one entry changed where it is written. */
class SkillsFieldTest {
    private static AgentDocument agent(String skills) {
        return AgentFileParser.parse("---\nname: writer\ndescription: Writes.\n" + skills + "\n---\nWrite pdf-forms.\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "skills: [pdf-forms, pdf-forms-v2]|skills: [pdf-filler, pdf-forms-v2]",
            "skills:\\n  - pdf-forms\\n  - deploy|skills:\\n  - pdf-filler\\n  - deploy",
            "skills: pdf-forms, deploy|skills: pdf-filler, deploy",
            "skills: [\"pdf-forms\", 'deploy']|skills: [\"pdf-filler\", 'deploy']",
            "skills: [deploy, pdf-forms] # pdf-forms first|skills: [deploy, pdf-filler] # pdf-forms first"})
    void changesTheEntryAndNothingElse(String before, String after) {
        AgentDocument changed = SkillsField.replace(agent(before.replace("\\n", "\n")), "pdf-forms", "pdf-filler");

        assertThat(changed.text()).isEqualTo(agent(after.replace("\\n", "\n")).text());
        assertThat(SkillsField.entries(changed)).contains("pdf-filler").doesNotContain("pdf-forms");
    }

    @Test
    void refusesWhenTheFieldNoLongerNamesTheSkill() {
        assertThatThrownBy(() -> SkillsField.replace(agent("skills: [deploy]"), "pdf-forms", "pdf-filler"))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("no longer names `pdf-forms`");
    }
}
