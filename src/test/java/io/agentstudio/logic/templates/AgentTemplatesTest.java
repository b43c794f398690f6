package io.agentstudio.logic.templates;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentTemplatesTest {

    static List<AgentTemplate> templates() {
        return AgentTemplates.all();
    }

    @ParameterizedTest
    @MethodSource("templates")
    void instantiatesToAFileWithoutProblemsThatRoundTrips(AgentTemplate template) {
        AgentDocument agent = AgentTemplates.instantiate(template, "my-agent");

        assertThat(agent.problems()).isEmpty();
        assertThat(agent.string("name")).contains("my-agent");
        assertThat(agent.string("description")).isPresent();
        byte[] bytes = AgentFileParser.toBytes(agent);
        AgentDocument again = AgentFileParser.parse(bytes);
        assertThat(again.text()).isEqualTo(agent.text());
        assertThat(AgentFileParser.toBytes(again)).isEqualTo(bytes);
    }

    @ParameterizedTest
    @MethodSource("templates")
    void onlyTheNameLineDiffersFromTheTemplate(AgentTemplate template) {
        String bundled = AgentTemplates.document(template).text();
        String made = AgentTemplates.instantiate(template, "my-agent").text();

        assertThat(made).isEqualTo(bundled.replaceFirst("(?m)^name: new-agent$", "name: my-agent"));
    }
}
