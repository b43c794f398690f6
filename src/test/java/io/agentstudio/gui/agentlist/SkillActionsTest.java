package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Duplicate, Rename and Delete on a skill's row, on the skills-team fixture, without a JavaFX toolkit. */
class SkillActionsTest extends AgentActionsFixture {

    @BeforeEach
    void team() throws IOException {
        skillsTeam();
    }

    AgentRow skillRow(String name) {
        return list.skillRows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    Path skillFile(String name) {
        return root.resolve(".claude/skills").resolve(name).resolve("SKILL.md");
    }

    @Test
    void renameMovesTheFolderRenamesTheSkillAndEveryAgentThatPreloadsIt() throws IOException {
        String backend = Files.readString(root.resolve(".claude/agents/backend-developer.md"));
        tabs.open(SkillEditing.asEditable(list.skill(skillFile("test-patterns")).orElseThrow()));
        dialogs.text = Optional.of("testing-patterns");

        actions.rename(skillRow("test-patterns"));
        finishWork();

        assertThat(skillFile("test-patterns").getParent()).doesNotExist();
        assertThat(Files.readString(skillFile("testing-patterns"))).contains("name: testing-patterns\n");
        assertThat(root.resolve(".claude/skills/testing-patterns/examples/builders.md")).exists();
        assertThat(Files.readString(root.resolve(".claude/agents/backend-developer.md")))
                .isEqualTo(backend.replace("  - test-patterns\n", "  - testing-patterns\n"));
        assertThat(list.skills()).extracting(WorkspaceSkill::name).contains("testing-patterns").doesNotContain("test-patterns");
        assertThat(tabs.editors()).as("the open skill's tab follows it").singleElement()
                .satisfies(editor -> assertThat(editor.path()).isEqualTo(skillFile("testing-patterns")));
    }

    @Test
    void renameWaitsForUnsavedChangesOfTheAgentsItWouldChange() throws IOException {
        var editor = tabs.open(list.agent(root.resolve(".claude/agents/test-engineer.md")).orElseThrow());
        editor.apply("Typing", "body", document -> io.agentstudio.logic.agentfile.BodyEditor.replaceBody(document, "Edited\n"));
        dialogs.text = Optional.of("testing-patterns");

        actions.rename(skillRow("test-patterns"));
        finishWork();

        assertThat(dialogs.errors).anySatisfy(error -> assertThat(error).contains("Save or revert test-engineer.md first"));
        assertThat(skillFile("test-patterns")).exists();
    }

    @Test
    void duplicateCopiesTheWholeFolderUnderTheNewName() throws IOException {
        dialogs.text = Optional.of("pdf-forms-v2");

        actions.duplicate(skillRow("pdf-forms"));
        finishWork();

        assertThat(Files.readString(skillFile("pdf-forms-v2"))).contains("name: pdf-forms-v2\n");
        assertThat(root.resolve(".claude/skills/pdf-forms-v2/scripts/fill.py")).hasSameBinaryContentAs(
                root.resolve(".claude/skills/pdf-forms/scripts/fill.py"));
        assertThat(list.skills()).extracting(WorkspaceSkill::name).contains("pdf-forms", "pdf-forms-v2");
    }

    @Test
    void deleteMovesTheFolderToTheTrashAfterSayingWhoPreloadsIt() {
        dialogs.confirmation = true;

        actions.delete(skillRow("api-conventions"));
        finishWork();

        assertThat(dialogs.asked).anySatisfy(question -> assertThat(question).contains("3 agents preload it"));
        assertThat(trash.trashed).containsExactly(skillFile("api-conventions").getParent());
        assertThat(skillFile("api-conventions").getParent()).doesNotExist();
        assertThat(list.skills()).extracting(WorkspaceSkill::name).doesNotContain("api-conventions");
    }
}
