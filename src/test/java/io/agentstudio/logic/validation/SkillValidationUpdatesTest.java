package io.agentstudio.logic.validation;

import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The studio's live validation follows skills as they come, change and go, and their fixes edit as announced. */
class SkillValidationUpdatesTest {
    private static final String AGENT = "---\nname: writer\ndescription: Writes the user guide from the code and its tests.\n"
            + "skills:\n  - pdf-form\n  - style-guide\n---\nWrite.\n";
    private static final String SKILL = "---\nname: pdf-forms\ndescription: Fills in PDF forms with the bundled script. Use for PDF forms.\n"
            + "---\nRun scripts/fill.py.\n";

    @TempDir
    Path root;

    private Path write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    private static List<String> rules(WorkspaceValidation validation, Path file) {
        return validation.findings(file).stream().map(f -> f.ruleId() + " " + f.problem().line()).toList();
    }

    @Test
    void aSkillAddedChangedAndRemovedReChecksTheAgentsThatPreloadIt() throws IOException {
        Path agent = write(".claude/agents/writer.md", AGENT);
        write(".claude/skills/pdf-forms/SKILL.md", SKILL);
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard());
        List<ValidationChange> changes = new ArrayList<>();
        validation.addListener(changes::add);
        assertThat(rules(validation, agent)).containsExactly("skill-unknown 5", "skill-unknown 6");

        Path style = write(".claude/skills/style-guide/SKILL.md", "---\nname: style-guide\ndescription: The house style.\n"
                + "disable-model-invocation: true\n---\nStyle.\n");
        validation.update(WorkspaceLoader.reloadSkill(root, style));
        assertThat(rules(validation, agent)).containsExactly("skill-unknown 5", "skill-not-preloadable 6");
        assertThat(changes).anySatisfy(change -> assertThat(change.files()).containsKey(agent));

        Files.writeString(style, "---\nname: style-guide\ndescription: The house style.\n---\nStyle.\n");
        validation.update(WorkspaceLoader.reloadSkill(root, style));
        assertThat(rules(validation, agent)).containsExactly("skill-unknown 5");

        validation.remove(style);
        assertThat(rules(validation, agent)).containsExactly("skill-unknown 5", "skill-unknown 6");
        assertThat(validation.skillCount()).isEqualTo(1);
    }

    @Test
    void theClosestNameFixChangesOnlyTheEntry() throws IOException {
        Path agent = write(".claude/agents/writer.md", AGENT);
        write(".claude/skills/pdf-forms/SKILL.md", SKILL);
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard());
        Finding typo = validation.findings(agent).get(0);

        assertThat(typo.problem().message()).contains("Did you mean `pdf-forms`?");
        assertThat(typo.fixes()).extracting(QuickFix::title)
                .containsExactly("Change `pdf-form` to `pdf-forms`", "Create the skill `pdf-form` from a template");
        AgentDocument fixed = ((QuickFix.Edit) typo.fixes().get(0)).applyTo(WorkspaceLoader.load(root).agents().get(0).document());
        assertThat(fixed.text()).isEqualTo(AGENT.replace("- pdf-form\n", "- pdf-forms\n"));
    }

    @Test
    void aSkillsAgentMisspeltIsCorrectedToTheClosestAgent() throws IOException {
        write(".claude/agents/writer.md", AGENT.replace("skills:\n  - pdf-form\n  - style-guide\n", ""));
        Path skill = write(".claude/skills/pdf-forms/SKILL.md", SKILL.replace("---\nRun", "context: fork\nagent: writr\n---\nRun"));
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard());
        WorkspaceSkill loaded = WorkspaceLoader.reloadSkill(root, skill);
        Finding unknown = validation.findings(skill).get(0);

        assertThat(unknown.ruleId()).isEqualTo("skill-agent-unknown");
        assertThat(((QuickFix.Edit) unknown.fixes().get(0)).applyTo(loaded.document()).string("agent")).contains("writer");
    }

    /** Claude Code loads a skill whatever its frontmatter (conformance/probes/skills.md): broken YAML is a warning there. */
    @Test
    void aSkillWhoseYamlDoesNotParseIsAWarningForClaudeCodeAndAnErrorForGemini() throws IOException {
        String broken = "---\nname: pdf-forms\ndescription: \"unclosed\n---\nFill forms.\n";
        Path claude = write(".claude/skills/pdf-forms/SKILL.md", broken);
        Path gemini = write(".gemini/skills/pdf-forms/SKILL.md", broken);
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard());

        Finding claudeFinding = validation.findings(claude).get(0);
        assertThat(claudeFinding.ruleId()).isEqualTo("yaml-syntax");
        assertThat(claudeFinding.severity()).isEqualTo(io.agentstudio.model.Severity.WARNING);
        assertThat(claudeFinding.problem().message()).endsWith("loads the skill all the same.");
        assertThat(validation.findings(gemini).get(0).severity()).isEqualTo(io.agentstudio.model.Severity.ERROR);
    }
}
