package io.agentstudio.cli;

import io.agentstudio.testing.SkillsTeam;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** validate, new skill and rename on the fixture team of 10 agents and 6 skills. */
class SkillCommandsTest {

    @TempDir
    Path dir;

    @BeforeEach
    void copyTheTeam() throws IOException {
        SkillsTeam.copyTo(dir);
    }

    @Test
    void validateReportsTheSkillFindingsAsText() {
        CliRun run = CliRun.of("validate", dir.toString(), "--fail-on", "warning");

        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(run.out()).contains(
                dir.resolve(".claude/agents/docs-writer.md") + ":7:5: warning skill-unknown: No skill named `changelog-style`",
                dir.resolve(".claude/agents/release-manager.md") + ":7:5: warning skill-not-preloadable: The skill `deploy`",
                dir.resolve(".claude/skills/security-scan/SKILL.md") + ":5:1: warning skill-agent-unknown: No agent named"
                        + " `security-auditor-v2`");
    }

    @Test
    void validateReportsTheSkillFindingsAndTheirFixesAsJson() throws IOException {
        CliRun run = CliRun.of("validate", dir.toString(), "--format", "json");

        var findings = JsonReport.JSON.readTree(run.out());
        var unknown = java.util.stream.StreamSupport.stream(findings.spliterator(), false)
                .filter(node -> node.get("ruleId").asText().equals("skill-unknown")).findFirst().orElseThrow();
        assertThat(unknown.get("path").asText()).endsWith("docs-writer.md");
        assertThat(unknown.get("field").asText()).isEqualTo("skills");
        assertThat(unknown.get("fixes").toString()).contains("Create the skill `changelog-style` from a template");
    }

    @Test
    void graphDrawsTheSkillsWithTheirPreloadAndRunsAsEdges() {
        String mermaid = CliRun.of("graph", dir.toString(), "--format", "mermaid").out();
        assertThat(mermaid).contains("([\"api-conventions\"])", "-- preloads -->", "-- runs-as -->");

        String json = CliRun.of("graph", dir.toString(), "--kinds", "preloads").out();
        assertThat(json).contains("\"kind\" : \"skill\"", "\"name\" : \"changelog-style\"").doesNotContain("\"delegates\"");
    }

    @Test
    void newSkillWritesTheTemplateUnderTheNameAndTheMissingSkillIsFound() throws IOException {
        CliRun run = CliRun.of("new", "skill", "changelog-style", "--template", "reference", "--workspace", dir.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("written: .claude/skills/changelog-style/SKILL.md");
        String written = Files.readString(dir.resolve(".claude/skills/changelog-style/SKILL.md"));
        assertThat(written).startsWith("---\nname: changelog-style\n").contains("user-invocable: false", "# changelog-style");
        CliRun validate = CliRun.of("validate", dir.toString());
        assertThat(validate.out()).doesNotContain("skill-unknown", "changelog-style/SKILL.md");
    }

    @Test
    void newSkillFromTheForkedTemplateIsClean() {
        assertThat(CliRun.of("new", "skill", "triage", "--template", "forked", "--workspace", dir.toString()).exitCode()).isEqualTo(Cli.OK);

        assertThat(CliRun.of("validate", dir.toString()).out()).doesNotContain("skills/triage/");
    }

    @Test
    void newSkillRefusesAnExistingSkillABadNameAndAnUnknownTemplate() throws IOException {
        byte[] before = Files.readAllBytes(dir.resolve(".claude/skills/deploy/SKILL.md"));

        CliRun exists = CliRun.of("new", "skill", "deploy", "--workspace", dir.toString());
        CliRun badName = CliRun.of("new", "skill", "Deploy Now", "--workspace", dir.toString());
        CliRun badTemplate = CliRun.of("new", "skill", "notes", "--template", "fancy", "--workspace", dir.toString());

        assertThat(exists.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(exists.err()).contains(".claude/skills/deploy exists already");
        assertThat(dir.resolve(".claude/skills/deploy/SKILL.md")).hasBinaryContent(before);
        assertThat(badName.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(badName.err()).contains("cannot be a skill name");
        assertThat(badTemplate.exitCode()).isEqualTo(Cli.USAGE_OR_IO);
        assertThat(badTemplate.err()).contains("basic, forked, reference");
        assertThat(dir.resolve(".claude/skills/notes")).doesNotExist();
    }

    @Test
    void renameASkillMovesItsFolderAndUpdatesEveryAgentThatPreloadsIt() throws IOException {
        byte[] script = Files.readAllBytes(dir.resolve(".claude/skills/pdf-forms/scripts/fill.py"));
        String agent = Files.readString(dir.resolve(".claude/agents/forms-assistant.md"));
        String before = CliRun.of("validate", dir.toString()).out().replace("pdf-forms", "pdf-filler");

        CliRun run = CliRun.of("rename", dir.toString(), "pdf-forms", "pdf-filler");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Cli.OK);
        assertThat(run.out()).contains("written: .claude/skills/pdf-filler", "written: .claude/agents/forms-assistant.md",
                "Renamed skill pdf-forms to pdf-filler");
        assertThat(CliRun.of("validate", dir.toString()).out()).contains("10 agent files and 6 skills checked: 0 errors, 3 warnings");
        assertThat(dir.resolve(".claude/skills/pdf-forms")).doesNotExist();
        assertThat(dir.resolve(".claude/skills/pdf-filler/scripts/fill.py")).hasBinaryContent(script);
        assertThat(dir.resolve(".claude/skills/pdf-filler/reference.md")).exists();
        assertThat(Files.readString(dir.resolve(".claude/skills/pdf-filler/SKILL.md"))).startsWith("---\nname: pdf-filler\n");
        assertThat(Files.readString(dir.resolve(".claude/agents/forms-assistant.md")))
                .isEqualTo(agent.replace("  - pdf-forms\n", "  - pdf-filler\n"));
        assertThat(CliRun.of("validate", dir.toString()).out()).isEqualTo(before);
    }

    @Test
    void renameRefusesASkillNameNoToolTakesAndWritesNothing() {
        CliRun run = CliRun.of("rename", dir.toString(), "pdf-forms", "PDF Forms");

        assertThat(run.exitCode()).isEqualTo(Cli.FINDINGS);
        assertThat(run.err()).contains("cannot be a skill name");
        assertThat(dir.resolve(".claude/skills/pdf-forms/SKILL.md")).exists();
    }

    @Test
    void theCacheKeepsTheSkillCountAndNoticesAChangedSkill() throws IOException {
        String first = CliRun.of("validate", dir.toString(), "--cache").out();
        assertThat(CliRun.of("validate", dir.toString(), "--cache").out()).isEqualTo(first).contains("and 6 skills checked");

        Path skill = dir.resolve(".claude/skills/security-scan/SKILL.md");
        Files.writeString(skill, Files.readString(skill).replace("security-auditor-v2", "security-auditor"));

        assertThat(CliRun.of("validate", dir.toString(), "--cache").out()).doesNotContain("skill-agent-unknown")
                .contains("and 6 skills checked");
    }
}
