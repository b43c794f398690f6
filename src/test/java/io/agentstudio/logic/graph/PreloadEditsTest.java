package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Adding a skill to an agent's skills: and taking it out change only that field's lines, in the form the file uses. */
class PreloadEditsTest {

    private static AgentDocument agent(String frontmatter) {
        return AgentFileParser.parse("---\nname: writer\n" + frontmatter + "description: Writes.\n---\nWrite.\n");
    }

    @Test
    void aFlowListStaysAFlowList() {
        AgentDocument edited = PreloadEdits.withPreload(agent("skills: [pdf-forms]\n"), "deploy");
        assertThat(edited.text()).isEqualTo(agent("skills: [pdf-forms, deploy]\n").text());
    }

    @Test
    void anAgentWithoutSkillsGetsABlockListAtTheEndOfItsFrontmatter() {
        AgentDocument edited = PreloadEdits.withPreload(agent(""), "deploy");
        assertThat(edited.text()).isEqualTo("---\nname: writer\ndescription: Writes.\nskills:\n  - deploy\n---\nWrite.\n");
    }

    @Test
    void aSkillPreloadedAlreadyChangesNothingAndTheLastOneTakenOutTakesTheField() {
        AgentDocument one = agent("skills:\n  - deploy\n");
        assertThat(PreloadEdits.withPreload(one, "deploy")).isSameAs(one);
        assertThat(PreloadEdits.withoutPreload(one, "deploy").text()).isEqualTo(agent("").text());
    }
}
