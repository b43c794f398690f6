package io.agentstudio.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skills team (src/test/resources/io/agentstudio/skills-team) exported to every target: the skills its agents
 * use are shipped whole and byte for byte where the target reads skills, and the report says per skill what became
 * of it, including the references its README says are wrong on purpose.
 */
class SkillsExportTest {
    static final Path TEAM = Path.of("src/test/resources/io/agentstudio/skills-team");
    static final PluginInfo PLUGIN = new PluginInfo("skills-team", "0.1.0", "A team of agents and the skills they use.", "Agent Studio",
            "", "", "", "", "MIT", List.of(), false);
    /** The skills the exported agents preload (deploy too, though it cannot be preloaded) or run as (code-review). */
    private static final List<String> USED = List.of("api-conventions", "code-review", "deploy", "pdf-forms", "test-patterns");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(ExportTarget.class)
    void theSkillsTheAgentsUseAreShippedWholeAndByteForByteWhereTheTargetReadsSkills(ExportTarget target) throws IOException {
        Path destination = temp.resolve("out");
        ExportReport report = export(target, destination);

        String folder = ExportMappings.load().skillFolders().get(target.id());
        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(subfolders(destination.resolve(folder))).containsExactlyElementsOf(USED);
        for (String skill : USED) {
            assertThat(files(destination.resolve(folder + skill))).as(skill)
                    .isEqualTo(files(TEAM.resolve(".claude/skills/" + skill)));
        }
        assertThat(report.skills()).filteredOn(SkillExport::shipped).extracting(SkillExport::name, SkillExport::output)
                .containsExactlyElementsOf(USED.stream().map(s -> org.assertj.core.groups.Tuple.tuple(s, folder + s + "/")).toList());
        assertThat(report.skills()).filteredOn(s -> s.name().equals("pdf-forms")).singleElement()
                .satisfies(skill -> {
                    assertThat(skill.files()).isEqualTo(3);
                    assertThat(skill.usedBy()).containsExactly("preloaded by forms-assistant");
                });
    }

    @ParameterizedTest
    @EnumSource(ExportTarget.class)
    void theReportNamesTheMissingSkillTheOneThatCannotBePreloadedAndTheUnusedOne(ExportTarget target) throws IOException {
        ExportReport report = export(target, temp.resolve("out"));

        assertThat(report.skills()).filteredOn(s -> !s.shipped()).extracting(SkillExport::name, SkillExport::dropped).containsExactly(
                org.assertj.core.groups.Tuple.tuple("changelog-style", "docs-writer preloads it, but the workspace has no skill of this name"),
                org.assertj.core.groups.Tuple.tuple("security-scan",
                        "it runs as security-auditor-v2, which is not an exported agent, and no exported agent preloads it"));
        assertThat(report.skills()).filteredOn(s -> s.name().equals("deploy")).singleElement().satisfies(deploy -> {
            assertThat(deploy.shipped()).isTrue();
            assertThat(deploy.notes()).singleElement().asString().startsWith("release-manager cannot preload it: it sets"
                    + " disable-model-invocation: true");
        });
        assertThat(report.skills()).filteredOn(s -> s.name().equals("code-review")).singleElement()
                .satisfies(review -> assertThat(review.usedBy()).containsExactly("runs as code-reviewer"));

        String text = ExportReportText.render(report);
        assertThat(text).contains("\nSkills:\n")
                .contains("  changelog-style: not shipped, docs-writer preloads it, but the workspace has no skill of this name\n")
                .contains("  security-scan (.claude/skills/security-scan): not shipped, it runs as security-auditor-v2")
                .contains("  deploy (.claude/skills/deploy) -> " + ExportMappings.load().skillFolders().get(target.id())
                        + "deploy/ (2 files); preloaded by release-manager\n      release-manager cannot preload it")
                .contains("and 5 skills (2 not shipped)");
    }

    @Test
    void claudeAndItsPluginKeepTheAgentsSkillsFieldAsWritten() throws IOException {
        for (ExportTarget target : List.of(ExportTarget.CLAUDE, ExportTarget.CLAUDE_PLUGIN)) {
            Path destination = temp.resolve(target.id());
            ExportReport report = export(target, destination);

            String agents = target == ExportTarget.CLAUDE ? ".claude/agents/" : "agents/";
            assertThat(destination.resolve(agents + "backend-developer.md")).hasSameBinaryContentAs(
                    TEAM.resolve(".claude/agents/backend-developer.md"));
            assertThat(fieldOf(report, "backend-developer", "skills").fate()).isEqualTo(FieldFate.COPIED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportTarget.class, names = {"COPILOT", "CODEX", "CURSOR"})
    void aTargetWithoutPreloadingSaysWhereTheAgentsSkillsWent(ExportTarget target) throws IOException {
        ExportReport report = export(target, temp.resolve("out"));

        FieldOutcome skills = fieldOf(report, "backend-developer", "skills");
        assertThat(skills.fate()).isEqualTo(FieldFate.DROPPED);
        assertThat(skills.detail()).isEqualTo(ExportMappings.load().skillsField().get(target.id()))
                .contains(ExportMappings.load().skillFolders().get(target.id()));
    }

    @Test
    void openCodeLetsAnAgentWithAToolListLoadItsSkillsAndNoOthers() throws IOException {
        Path destination = temp.resolve("out");
        ExportReport report = export(ExportTarget.OPENCODE, destination);

        assertThat(Files.readString(destination.resolve(".opencode/agents/backend-developer.md")))
                .contains("permission:\n  '*': deny\n").contains("  skill:\n    '*': deny\n    api-conventions: allow\n    test-patterns: allow\n");
        FieldOutcome skills = fieldOf(report, "backend-developer", "skills");
        assertThat(skills.fate()).isEqualTo(FieldFate.TRANSLATED);
        assertThat(skills.detail()).startsWith("permission.skill allows api-conventions, test-patterns after \"*\": deny");
    }

    @Test
    void anOpenCodeAgentWithoutAToolListMayLoadEverySkillAndTheReportSaysWhereTheyWent() throws IOException {
        Path workspace = ExportFixture.workspace(temp.resolve("ws"), Map.of("writer",
                "---\nname: writer\ndescription: Writes things.\nskills: [style]\n---\n\nWrite.\n"));
        ExportFixture.write(workspace.resolve(".claude/skills/style/SKILL.md"), "---\nname: style\ndescription: House style.\n---\n\nBe brief.\n");
        ExportReport report = ExportFixture.serviceKeepingStateIn(temp.resolve("state"))
                .run(ExportRequest.into(workspace, ExportTarget.OPENCODE, temp.resolve("out")), ExportProgress.NONE);

        assertThat(Files.readString(temp.resolve("out/.opencode/agents/writer.md"))).doesNotContain("skill");
        assertThat(temp.resolve("out/.opencode/skills/style/SKILL.md")).hasSameBinaryContentAs(workspace.resolve(".claude/skills/style/SKILL.md"));
        FieldOutcome skills = fieldOf(report, "writer", "skills");
        assertThat(skills.fate()).isEqualTo(FieldFate.DROPPED);
        assertThat(skills.detail()).isEqualTo(ExportMappings.load().skillsField().get("opencode"));
    }

    @Test
    void geminiGivesAnAgentWithAToolListTheToolThatActivatesSkills() throws IOException {
        Path destination = temp.resolve("out");
        ExportReport report = export(ExportTarget.GEMINI, destination);

        assertThat(Files.readString(destination.resolve(".gemini/agents/forms-assistant.md")))
                .contains("tools:\n  - read_file\n  - read_many_files\n  - run_shell_command\n  - activate_skill\n");
        FieldOutcome skills = fieldOf(report, "forms-assistant", "skills");
        assertThat(skills.fate()).isEqualTo(FieldFate.TRANSLATED);
        assertThat(skills.detail()).startsWith("pdf-forms: activate_skill is in its tools");
        assertThat(fieldOf(report, "security-auditor", "tools").detail()).doesNotContain("activate_skill");
    }

    @Test
    void everyTargetHasASkillsFolderAndEveryTargetButClaudeCodeSaysWhatBecomesOfSkillsFields() {
        ExportMappings mappings = ExportMappings.load();
        for (ExportTarget target : ExportTarget.values()) {
            assertThat(mappings.skillFolders()).as(target.id()).containsKey(target.id());
            boolean claude = target == ExportTarget.CLAUDE || target == ExportTarget.CLAUDE_PLUGIN;
            assertThat(mappings.skillsField().containsKey(target.id())).as(target.id()).isEqualTo(!claude);
        }
    }

    /**
     * The fixture's wrong references are on purpose: forced past whatever the checks say of them. A copy is exported,
     * as a plugin export keeps its plugin.json choices in the workspace.
     */
    private ExportReport export(ExportTarget target, Path destination) throws IOException {
        Path team = temp.resolve("team");
        if (!Files.exists(team)) {
            copy(TEAM, team);
        }
        ExportRequest request = ExportRequest.into(team, target, destination).forced(true);
        if (target == ExportTarget.CLAUDE_PLUGIN) {
            request = request.withPlugin(PLUGIN);
        }
        return ExportFixture.serviceKeepingStateIn(temp.resolve("state")).run(request, ExportProgress.NONE);
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static FieldOutcome fieldOf(ExportReport report, String agent, String field) {
        return report.agents().stream().filter(a -> a.name().equals(agent)).findFirst().orElseThrow().fields().stream()
                .filter(f -> f.field().equals(field)).findFirst().orElseThrow();
    }

    private static List<String> subfolders(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Every file under {@code folder}, relative with {@code /}, and its bytes as a list (arrays compare by identity). */
    static Map<String, List<Byte>> files(Path folder) throws IOException {
        Map<String, List<Byte>> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                Byte[] boxed = new Byte[bytes.length];
                for (int i = 0; i < bytes.length; i++) {
                    boxed[i] = bytes[i];
                }
                files.put(folder.relativize(file).toString().replace('\\', '/'), List.of(boxed));
            }
        }
        return files;
    }
}
