package io.agentstudio.logic.export;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample workspace exported to every target, compared file by file with the expected files under
 * src/test/resources/io/agentstudio/export/golden/TARGET (run with -Dgolden.update=true to rewrite them after a
 * deliberate change, then read the diff). Each exported file must load again in its target and pass its rules.
 */
class ExportGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/io/agentstudio/export/golden");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(ExportTarget.class)
    void theSampleWorkspaceExportsAsExpected(ExportTarget target) throws IOException {
        Path destination = temp.resolve("out");
        ExportReport report = ExportFixture.service().run(request(target, destination), ExportProgress.NONE);

        assertThat(report.problems()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(report.exportedAgents()).isEqualTo(10);
        Map<String, String> exported = files(destination);
        Path expected = GOLDEN.resolve(target.id());
        if (Boolean.getBoolean("golden.update")) {
            rewrite(expected, exported);
        }
        assertThat(exported).isEqualTo(files(expected));
    }

    @ParameterizedTest
    @EnumSource(ExportTarget.class)
    void everyExportedFileLoadsAgainInItsTargetWithoutErrors(ExportTarget target) throws IOException {
        Path destination = temp.resolve("out");
        ExportFixture.service().run(request(target, destination), ExportProgress.NONE);

        Workspace exported = WorkspaceLoader.load(destination);
        if (target == ExportTarget.CODEX) {
            assertThat(exported.agents()).isEmpty();
            try (Stream<Path> files = Files.list(destination.resolve(".codex/agents"))) {
                List<Path> toml = files.toList();
                assertThat(toml).hasSize(10);
                for (Path file : toml) {
                    assertThat(CodexFileCheck.problem(Files.readAllBytes(file))).as(file.toString()).isEmpty();
                }
            }
            return;
        }
        assertThat(exported.agents()).hasSize(10);
        assertThat(exported.agents()).extracting(WorkspaceAgent::dialect).containsOnly(target.dialect().orElseThrow());
        List<Finding> errors = WorkspaceValidation.of(exported, RuleCatalog.standard()).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).isEmpty();
    }

    private Path workspace() throws IOException {
        return ExportFixture.sample(temp);
    }

    private ExportRequest request(ExportTarget target, Path destination) throws IOException {
        return ExportRequest.into(workspace(), target, destination).withPlugin(target == ExportTarget.CLAUDE_PLUGIN ? ExportFixture.PLUGIN : null);
    }

    private static Map<String, String> files(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        if (!Files.isDirectory(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    private static void rewrite(Path expected, Map<String, String> exported) throws IOException {
        ExportCommit.deleteTree(expected);
        for (Map.Entry<String, String> file : exported.entrySet()) {
            Path path = expected.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        }
    }
}
