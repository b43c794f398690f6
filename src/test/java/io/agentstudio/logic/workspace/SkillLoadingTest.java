package io.agentstudio.logic.workspace;

import io.agentstudio.model.Dialect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SkillLoadingTest {
    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void skillsAreLoadedBesideAgentsWithTheirSupportingFilesAndNeverAsAgents() throws IOException {
        write(".claude/agents/writer.md", "---\nname: writer\ndescription: Writes.\nskills: [pdf-forms]\n---\nWrite.\n");
        String skill = "---\r\nname: pdf-forms\r\ndescription: Fills PDF forms. Use when a form must be filled.\r\n---\r\n# PDF forms\r\nRun scripts/fill.py.\r\n";
        write(".claude/skills/pdf-forms/SKILL.md", skill);
        write(".claude/skills/pdf-forms/scripts/fill.py", "print('fill')\n");
        write(".claude/skills/pdf-forms/reference.md", "# Fields\n");
        write(".claude/skills/pdf-forms/.DS_Store", "x");
        write("skills/release-notes/SKILL.md", "---\nname: release-notes\ndescription: Writes release notes.\n---\nNotes.\n");
        write(".gemini/skills/lint/SKILL.md", "---\nname: lint\ndescription: Lints.\n---\nLint.\n");

        Workspace workspace = WorkspaceLoader.load(root);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("writer");
        assertThat(workspace.skills()).extracting(WorkspaceSkill::name).containsExactlyInAnyOrder("pdf-forms", "release-notes", "lint");
        WorkspaceSkill pdf = workspace.skills().stream().filter(s -> s.name().equals("pdf-forms")).findFirst().orElseThrow();
        assertThat(pdf.supportingFiles()).containsExactly(Path.of("reference.md"), Path.of("scripts/fill.py"));
        assertThat(pdf.document().text()).as("read byte for byte, CRLF kept").isEqualTo(skill);
        assertThat(pdf.tool()).isEqualTo(Dialect.CLAUDE_CODE);
        assertThat(pdf.description()).startsWith("Fills PDF forms.");
        assertThat(workspace.skills()).filteredOn(s -> s.name().equals("lint")).extracting(WorkspaceSkill::tool).containsExactly(Dialect.GEMINI);
        assertThat(workspace.notLoaded()).isEmpty();
    }

    @Test
    void aSkillWithoutNameGoesByItsFolderAndAModelOnlySkillSaysSo() throws IOException {
        write(".claude/skills/deploy/SKILL.md", "---\ndescription: Deploys.\ndisable-model-invocation: true\n---\nDeploy.\n");

        WorkspaceSkill skill = WorkspaceLoader.load(root).skills().get(0);

        assertThat(skill.name()).isEqualTo("deploy");
        assertThat(skill.modelInvocationDisabled()).isTrue();
        assertThat(WorkspaceLoader.reloadSkill(root, skill.path()).document().text())
                .isEqualTo(new String(Files.readAllBytes(skill.path()), StandardCharsets.UTF_8));
    }

    @Test
    void aFileNamedSkillOutsideASkillsFolderIsNoSkill() {
        assertThat(SkillLocator.isSkillFile(Path.of(".claude/agents/SKILL.md"))).isFalse();
        assertThat(SkillLocator.isSkillFile(Path.of("skills/SKILL.md"))).isFalse();
        assertThat(SkillLocator.isSkillFile(Path.of("plugin/skills/x/SKILL.md"))).isTrue();
    }
}
