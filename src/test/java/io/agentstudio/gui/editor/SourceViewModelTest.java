package io.agentstudio.gui.editor;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Dialect;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SourceViewModelTest {
    private final SourceViewModel source = new SourceViewModel();

    private static WorkspaceAgent agent(String text) {
        Path relative = Path.of(".claude", "agents", "a.md");
        return new WorkspaceAgent(Path.of("/ws").resolve(relative), relative, Dialect.CLAUDE_CODE,
                AgentFileParser.parse(text), new FileStamp(text.length(), 0));
    }

    @Test
    void showsTheWholeFileCharacterForCharacter() {
        String text = "---\r\nname: a\r\ndescription: d\r\n---\r\n\r\nBody  \r\n";

        source.show(agent(text));

        assertThat(source.textProperty().get()).isEqualTo(text);
        assertThat(source.titleProperty().get()).isEqualTo(".claude/agents/a.md");
        assertThat(source.problemsProperty().get()).isEmpty();
        assertThat(source.hasErrorsProperty().get()).isFalse();
    }

    @Test
    void listsTheFilesProblemsWithTheirLines() {
        source.show(agent("---\nname: a\ndescription: [broken\n---\n"));

        assertThat(source.problemsProperty().get()).startsWith("Line ").contains("yaml-syntax");
        assertThat(source.hasErrorsProperty().get()).isTrue();
    }

    @Test
    void showingNothingEmptiesEverything() {
        source.show(agent("---\nname: a\n---\n"));

        source.show(null);

        assertThat(source.agentProperty().get()).isNull();
        assertThat(source.textProperty().get()).isEmpty();
        assertThat(source.titleProperty().get()).isEmpty();
    }
}
