package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.templates.SkillTemplates;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixture team of 10 agents and 6 skills: exactly its three wrong references are found, and nothing else. */
class SkillsTeamValidationTest {
    static final Path TEAM = Path.of("src/test/resources/io/agentstudio/skills-team").toAbsolutePath();

    private static List<String> lines(WorkspaceValidation validation) {
        return validation.findings().stream().map(f -> TEAM.relativize(f.file()) + ":" + f.problem().line() + " "
                + f.severity().label() + " " + f.ruleId()).toList();
    }

    /** The three references the fixture's README names, and nothing else. */
    @Test
    void theStudioFindsTheThreeWrongReferences() throws IOException {
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(TEAM), RuleCatalog.standard());

        assertThat(lines(validation)).containsExactly(
                ".claude/agents/docs-writer.md:7 warning skill-unknown",
                ".claude/agents/release-manager.md:7 warning skill-not-preloadable",
                ".claude/skills/security-scan/SKILL.md:5 warning skill-agent-unknown");
        assertThat(validation.skillCount()).isEqualTo(6);
    }

    @Test
    void theCommandLinesValidationFindsTheSame() throws IOException {
        WorkspaceValidation live = WorkspaceValidation.of(WorkspaceLoader.load(TEAM), RuleCatalog.standard());
        WorkspaceValidation once = WorkspaceValidation.once(TEAM, WorkspaceScanner.scan(TEAM), RuleCatalog.standard());

        assertThat(once.findings().stream().map(Finding::problem)).containsExactlyElementsOf(
                live.findings().stream().map(Finding::problem).toList());
    }

    @Test
    void theMissingSkillOffersTheCreationOfTheSkillFromATemplate() throws IOException {
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(TEAM), RuleCatalog.standard());
        Finding unknown = validation.findings().stream().filter(f -> f.ruleId().equals("skill-unknown")).findFirst().orElseThrow();

        assertThat(unknown.problem().message()).contains("`changelog-style`");
        QuickFix.Create create = (QuickFix.Create) unknown.fixes().stream().filter(QuickFix.Create.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(create.relativePath()).isEqualTo(Path.of(".claude/skills/changelog-style/SKILL.md"));
        assertThat(AgentFileParser.parse(create.text()).string("name")).contains("changelog-style");
        assertThat(create.text()).contains("description: ");
    }

    /** The skill's text is made once per name for a whole check; each finding gets the text made for its own name. */
    @Test
    void agentsThatNameMissingSkillsEachGetTheTemplateOfTheirName(@TempDir Path workspace) throws IOException {
        Path agents = Files.createDirectories(workspace.resolve(".claude/agents"));
        for (String agent : List.of("a", "b", "c")) {
            Files.writeString(agents.resolve(agent + ".md"), "---\nname: " + agent + "\ndescription: An agent.\nskills:\n"
                    + "  - style-one\n" + (agent.equals("a") ? "" : "  - style-two\n") + "---\nBody.\n");
        }
        for (WorkspaceValidation validation : List.of(WorkspaceValidation.of(WorkspaceLoader.load(workspace), RuleCatalog.standard()),
                WorkspaceValidation.once(workspace, WorkspaceScanner.scan(workspace), RuleCatalog.standard()))) {
            List<Finding> unknown = validation.findings().stream().filter(f -> f.ruleId().equals("skill-unknown")).toList();

            assertThat(unknown).hasSize(5);
            for (Finding finding : unknown) {
                QuickFix.Create create = (QuickFix.Create) finding.fixes().stream().filter(QuickFix.Create.class::isInstance)
                        .findFirst().orElseThrow();
                String name = create.relativePath().getParent().getFileName().toString();
                assertThat(finding.problem().message()).contains("`" + name + "`");
                assertThat(create.text()).isEqualTo(SkillTemplates.instantiate(SkillTemplates.forPreloading(), name).text());
            }
        }
    }

    @Test
    void everyFileOfTheTeamRoundTripsByteForByte() throws IOException {
        Workspace workspace = WorkspaceLoader.load(TEAM);
        assertThat(workspace.agents()).hasSize(10);
        assertThat(workspace.skills()).hasSize(6);

        Stream.concat(workspace.agents().stream().map(a -> a.path()), workspace.skills().stream().map(s -> s.path()))
                .forEach(file -> {
                    try {
                        byte[] bytes = Files.readAllBytes(file);
                        assertThat(AgentFileParser.toBytes(AgentFileParser.parse(bytes))).as(file.toString()).isEqualTo(bytes);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
    }
}
