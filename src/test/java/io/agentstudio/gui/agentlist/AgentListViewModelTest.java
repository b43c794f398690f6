package io.agentstudio.gui.agentlist;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Dialect;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AgentListViewModelTest {
    private final AgentListViewModel list = new AgentListViewModel(javafx.collections.FXCollections.observableSet());

    static WorkspaceAgent agent(String name, String description) {
        return agentFile(name, "---\nname: " + name + "\ndescription: " + description + "\nmodel: sonnet\n---\nBody of " + name + "\n");
    }

    static WorkspaceAgent agentFile(String fileStem, String text) {
        Path relative = Path.of(".claude", "agents", fileStem + ".md");
        return new WorkspaceAgent(Path.of("/ws").resolve(relative), relative, Dialect.CLAUDE_CODE,
                AgentFileParser.parse(text), new FileStamp(text.length(), 0));
    }

    @Test
    void showsAgentsByNameWithTheirColumns() {
        list.show(List.of(agent("tester", "Writes tests"), agent("Planner", "Plans work")));

        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("Planner", "tester");
        AgentRow planner = list.visibleRows().get(0);
        assertThat(planner.description()).isEqualTo("Plans work");
        assertThat(planner.model()).isEqualTo("sonnet");
        assertThat(planner.file()).isEqualTo(".claude/agents/Planner.md");
    }

    @Test
    void searchFiltersByNameOrDescriptionIgnoringCase() {
        list.show(List.of(agent("code-reviewer", "Reviews changes"), agent("tester", "Writes tests for CODE paths"),
                agent("planner", "Plans work")));

        list.searchProperty().set("code");
        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("code-reviewer", "tester");

        list.searchProperty().set("  PLANS ");
        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("planner");

        list.searchProperty().set("nothing like this");
        assertThat(list.visibleRows()).isEmpty();

        list.searchProperty().set("");
        assertThat(list.visibleRows()).hasSize(3);
        assertThat(list.agentCount()).isEqualTo(3);
    }

    @Test
    void theFirstAgentIsSelectedWhenAWorkspaceOpens() {
        list.show(List.of(agent("b", "second"), agent("a", "first")));

        assertThat(list.selectedProperty().get().name()).isEqualTo("a");
    }

    @Test
    void aReloadKeepsTheSelectedFile() {
        list.show(List.of(agent("a", "first"), agent("b", "second")));
        list.selectedProperty().set(list.visibleRows().get(1));

        list.show(List.of(agent("a", "first"), agent("b", "second, edited elsewhere")));

        assertThat(list.selectedProperty().get().description()).isEqualTo("second, edited elsewhere");
    }

    @Test
    void descriptionsAreShownOnOneLine() {
        list.show(List.of(agentFile("folded", "---\nname: folded\ndescription: >\n  Plans\n  work\n---\n"),
                agentFile("escaped", "---\nname: escaped\ndescription: \"Line one\\nline two\"\n---\n")));

        assertThat(list.visibleRows()).extracting(AgentRow::description).containsExactly("Line one line two", "Plans work");
    }

    @Test
    void rowsCarryTheirFilesProblems() {
        list.show(List.of(agentFile("broken", "---\nname: broken\ndescription: [unclosed\n---\nBody\n"), agent("fine", "ok")));

        AgentRow broken = list.visibleRows().get(0);
        assertThat(broken.problems()).isNotEmpty();
        assertThat(broken.worstSeverity()).isPresent();
        assertThat(list.visibleRows().get(1).worstSeverity()).isEmpty();
    }
}
