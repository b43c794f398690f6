package io.agentstudio.gui.agentlist;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
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
    void searchFindsAnAgentByItsFileWhenItsNameDiffers() {
        list.show(List.of(agentFile("performance-expert", "---\nname: Python Performance Expert\ndescription: Profiles\n---\nBody\n"),
                agent("tester", "Writes tests")));

        list.searchProperty().set("performance-expert");

        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("Python Performance Expert");
        list.searchProperty().set("agents");
        assertThat(list.visibleRows()).isEmpty();
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
    void rowsShowTheValidationsProblemsOfTheirFiles() {
        WorkspaceAgent broken = agentFile("broken", "---\nname: broken\ndescription: [unclosed\n---\nBody\n");
        list.show(List.of(broken, agent("fine", "ok")));
        ObservableMap<Path, List<Finding>> problems = FXCollections.observableHashMap();
        list.useProblems(problems);

        problems.put(broken.path(), List.of(finding(broken, Severity.WARNING), finding(broken, Severity.ERROR)));

        assertThat(list.problemsOf(list.visibleRows().get(0))).hasSize(2);
        assertThat(list.worstSeverity(list.visibleRows().get(0))).contains(Severity.ERROR);
        assertThat(list.worstSeverity(list.visibleRows().get(1))).isEmpty();
    }

    @Test
    void theProblemsFilterFollowsTheValidationAsItChanges() {
        WorkspaceAgent alpha = agent("alpha", "first");
        list.show(List.of(alpha, agent("beta", "second")));
        ObservableMap<Path, List<Finding>> problems = FXCollections.observableHashMap();
        list.useProblems(problems);
        list.problemsOnlyProperty().set(true);
        assertThat(list.visibleRows()).isEmpty();

        problems.put(alpha.path(), List.of(finding(alpha, Severity.INFO)));
        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("alpha");

        problems.remove(alpha.path());
        assertThat(list.visibleRows()).isEmpty();
    }

    private static Finding finding(WorkspaceAgent agent, Severity severity) {
        return new Finding(new Problem("some-rule", severity, "Something is off", agent.path(), 2, 1, null), List.of());
    }
}
