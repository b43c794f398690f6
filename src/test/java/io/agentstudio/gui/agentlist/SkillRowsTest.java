package io.agentstudio.gui.agentlist;

import io.agentstudio.testing.SkillsTeam;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent list with the skills beside the agents: the kind filter, the skills' rows and what they count. */
class SkillRowsTest {
    @TempDir
    Path root;
    Workspace workspace;
    AgentListViewModel list;

    @BeforeEach
    void team() throws IOException {
        workspace = WorkspaceLoader.load(SkillsTeam.copyTo(root));
        list = new AgentListViewModel(FXCollections.observableSet());
        list.show(workspace.agents(), workspace.skills());
    }

    @Test
    void allShowsTheAgentsThenTheSkillsAndTheFilterPicksOneKind() {
        assertThat(list.visibleRows()).hasSize(16);
        assertThat(list.visibleRows().subList(10, 16)).extracting(AgentRow::name).containsExactly("api-conventions",
                "code-review", "deploy", "pdf-forms", "security-scan", "test-patterns");

        list.kindFilterProperty().set(AgentListViewModel.Kind.SKILLS);
        assertThat(list.visibleRows()).allMatch(AgentRow::isSkill).hasSize(6);

        list.kindFilterProperty().set(AgentListViewModel.Kind.AGENTS);
        assertThat(list.visibleRows()).noneMatch(AgentRow::isSkill).hasSize(10);
        assertThat(list.allRows()).as("the agents' rows stay agents only").hasSize(10);
        assertThat(list.agents()).hasSize(10);
    }

    @Test
    void aSkillRowHasItsDescriptionAndHowManyAgentsPreloadIt() {
        AgentRow forms = skillRow("pdf-forms");
        assertThat(forms.description()).startsWith("Fill in and check PDF forms");
        assertThat(forms.preloadedBy()).isEqualTo(1);
        assertThat(skillRow("test-patterns").preloadedBy()).isEqualTo(4);
        assertThat(skillRow("api-conventions").preloadedBy()).isEqualTo(3);
        assertThat(skillRow("code-review").preloadedBy()).isZero();
        assertThat(forms.file()).isEqualTo(".claude/skills/pdf-forms/SKILL.md");
    }

    @Test
    void theSearchFindsSkillsByTheirDescription() {
        list.searchProperty().set("PDF form");
        assertThat(list.visibleRows()).extracting(AgentRow::name).contains("pdf-forms");
    }

    @Test
    void openingASkillHandsItsSkillFileToTheEditor() {
        Path[] opened = new Path[1];
        list.setOnOpen(agent -> opened[0] = agent.path());
        list.open(skillRow("deploy"));
        assertThat(opened[0]).isEqualTo(skill("deploy").path());
        assertThat(list.agent(skill("deploy").path())).as("the tabs find a skill's file for undo").isPresent();
    }

    @Test
    void theCountsFollowAnAgentChangedOnDiskAndASkillChangedOnDisk() throws IOException {
        Path docs = root.resolve(".claude/agents/docs-writer.md");
        Files.writeString(docs, Files.readString(docs).replace("changelog-style", "test-patterns"));
        list.put(WorkspaceLoader.reload(root, docs).orElseThrow());
        assertThat(skillRow("test-patterns").preloadedBy()).isEqualTo(5);

        Path deploy = skill("deploy").path();
        list.select(deploy);
        Files.writeString(deploy, Files.readString(deploy).replace("Deploy the service", "Ship the service"));
        list.putSkill(WorkspaceLoader.reloadSkill(root, deploy));
        assertThat(skillRow("deploy").description()).startsWith("Ship the service");
        assertThat(list.selectedProperty().get().name()).as("the changed skill stays selected").isEqualTo("deploy");

        list.remove(deploy);
        assertThat(list.skillRows()).extracting(AgentRow::name).doesNotContain("deploy");
    }

    private AgentRow skillRow(String name) {
        return list.skillRows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    private WorkspaceSkill skill(String name) {
        return workspace.skills().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }
}
