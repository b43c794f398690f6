package io.agentstudio.logic.graph;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SpawnToolTest {

    @Test
    void readsAgentAndTaskEntriesWithTheirNamesAsWritten() {
        assertThat(SpawnTool.parse("Agent(code-reviewer, Test Runner)"))
                .contains(new SpawnTool("Agent", List.of("code-reviewer", "Test Runner")));
        assertThat(SpawnTool.parse("  Task (planner)  ")).contains(new SpawnTool("Task", List.of("planner")));
    }

    @Test
    void otherEntriesAndTheBareToolAreNotSpawnLists() {
        assertThat(SpawnTool.parse("Agent")).isEmpty();
        assertThat(SpawnTool.parse("Bash(git *)")).isEmpty();
        assertThat(SpawnTool.parse("Agents(x)")).isEmpty();
        assertThat(SpawnTool.isToolName("Agent")).isTrue();
        assertThat(SpawnTool.isToolName("Task")).isTrue();
        assertThat(SpawnTool.isToolName("Agent(x)")).isFalse();
    }

    @Test
    void namesAreRenamedOrTakenOutAndAnEmptyEntryGoes() {
        SpawnTool spawn = SpawnTool.parse("Task(debugger, planner)").orElseThrow();

        assertThat(spawn.renamed(name -> name.equals("debugger") ? "bug-hunter" : name).entry()).isEqualTo("Task(bug-hunter, planner)");
        assertThat(spawn.without("planner"::equals).map(SpawnTool::entry)).contains("Task(debugger)");
        assertThat(spawn.without(name -> true)).isEqualTo(Optional.empty());
    }

    @Test
    void findsEntriesInsideTheRawTextOfAToolsField() {
        var found = SpawnTool.IN_TEXT.matcher("[Read, Agent(a, b), Task(c)]");
        assertThat(found.find()).isTrue();
        assertThat(found.group(1)).isEqualTo("a, b");
        assertThat(found.find()).isTrue();
        assertThat(found.group(1)).isEqualTo("c");
    }
}
