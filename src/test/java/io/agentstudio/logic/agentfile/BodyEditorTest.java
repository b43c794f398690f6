package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyEditorTest {
    private static final String AGENT = "---\r\nname: a\r\n---\r\nFirst line\r\nSecond\r";

    @Test
    void replacesTheBodyAndKeepsTheFrontmatterBytes() {
        AgentDocument edited = BodyEditor.replaceBody(AgentFileParser.parse(AGENT), "New body\n");

        assertThat(edited.text()).isEqualTo("---\r\nname: a\r\n---\r\nNew body\n");
        assertThat(edited.string("name")).contains("a");
    }

    @Test
    void splicesInsideTheBody() {
        AgentDocument edited = BodyEditor.replaceInBody(AgentFileParser.parse(AGENT), 6, 4, "words");

        assertThat(edited.body()).isEqualTo("First words\r\nSecond\r");
    }

    @Test
    void refusesARangeOutsideTheBody() {
        assertThatThrownBy(() -> BodyEditor.replaceInBody(AgentFileParser.parse(AGENT), 10, 100, "x"))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
