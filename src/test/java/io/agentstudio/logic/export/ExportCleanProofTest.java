package io.agentstudio.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --clean} removes only files this workspace's exports are recorded to have written, whatever the destination's manifest says. */
class ExportCleanProofTest {
    private static final String README = "# My project\n\nWritten by hand, kept in no other place.\n";

    @TempDir
    Path temp;

    private Path workspace(String... names) throws IOException {
        Map<String, String> agents = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            agents.put("agent-" + i, ExportFixture.agent(names[i], "Reviews every change before it is merged into main.", "You review.\n"));
        }
        return ExportFixture.workspace(temp.resolve("ws"), agents);
    }

    private static ExportReport export(ExportRequest request) throws IOException {
        return ExportFixture.service().run(request, ExportProgress.NONE);
    }

    @Test
    void aForgedManifestListingTheUsersReadmeDoesNotMakeCleanDeleteIt() throws IOException {
        Path workspace = workspace("reviewer");
        Path destination = temp.resolve("project");
        ExportFixture.write(destination.resolve("README.md"), README);
        ExportManifest forged = new ExportManifest("claude", "0.1.0", "2026-01-01T00:00:00Z",
                List.of(new ExportManifest.Entry("README.md", ExportManifest.sha256(README.getBytes(StandardCharsets.UTF_8)))));
        Files.write(destination.resolve(ExportManifest.FILE_NAME), forged.toBytes());

        ExportReport report = export(ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).cleaning(true));

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(destination.resolve("README.md")).hasContent(README.strip());
        assertThat(report.files()).contains(new FileChange("README.md", FileChange.Kind.KEEP, List.of()));
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains("README.md").contains("leaves it in place")
                .contains("no record"));
        assertThat(ExportReportText.render(report)).contains("README.md");
    }

    @Test
    void aFileTheWorkspaceExportedBeforeIsStillCleaned() throws IOException {
        Path workspace = workspace("reviewer", "planner");
        Path destination = temp.resolve("project");
        export(ExportRequest.into(workspace, ExportTarget.CLAUDE, destination));
        Files.delete(workspace.resolve(".claude/agents/agent-1.md"));

        ExportReport report = export(ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).cleaning(true));

        assertThat(report.files()).contains(new FileChange(".claude/agents/planner.md", FileChange.Kind.REMOVE, List.of()));
        assertThat(destination.resolve(".claude/agents/planner.md")).doesNotExist();
        assertThat(destination.resolve(".claude/agents/reviewer.md")).exists();
    }

    @Test
    void anotherWorkspacesExportIsNotCleanedByThisOne() throws IOException {
        Path destination = temp.resolve("project");
        Path other = ExportFixture.workspace(temp.resolve("other"), Map.of("a",
                ExportFixture.agent("helper", "Helps with everything the team does before merging.", "You help.\n")));
        export(ExportRequest.into(other, ExportTarget.CLAUDE, destination));
        Path workspace = workspace("reviewer");

        ExportReport report = export(ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).cleaning(true));

        assertThat(destination.resolve(".claude/agents/helper.md")).exists();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains(".claude/agents/helper.md").contains("leaves it in place"));
    }

    @Test
    void aWorkspaceWhoseRecordCannotBeWrittenStillExportsAndSaysCleanWillLeaveTheFiles() throws IOException {
        Path workspace = workspace("reviewer");
        ExportFixture.write(workspace.resolve(".agent-studio/exports"), "a file where the studio keeps its records\n");
        Path destination = temp.resolve("project");

        ExportReport report = export(ExportRequest.into(workspace, ExportTarget.CLAUDE, destination));

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(destination.resolve(".claude/agents/reviewer.md")).exists();
        assertThat(report.notes()).anySatisfy(note -> assertThat(note).contains(".agent-studio/exports could not be written")
                .contains("--clean will leave these files"));
    }
}
