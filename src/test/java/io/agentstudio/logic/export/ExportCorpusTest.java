package io.agentstudio.logic.export;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Severity;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every collection of the shared corpus exported to every target, first as asked (blocked where the validation
 * engine finds errors) and then forced. A blocked export writes nothing; a forced one writes only inside its folder,
 * and every file it writes loads again in the target. Prints the numbers per collection and target.
 */
@CorpusTest
class ExportCorpusTest {
    @TempDir
    Path temp;

    @Test
    void everyCollectionExportsToEveryTargetOrIsBlockedForAReason() throws IOException {
        List<Path> collections;
        try (Stream<Path> list = Files.list(SharedFiles.corpus())) {
            collections = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(collections).isNotEmpty();
        StringBuilder table = new StringBuilder("collection | target | agents | plain export | forced: exported, skipped, output errors\n");
        int run = 0;
        ExportService service = ExportFixture.serviceKeepingStateIn(temp.resolve("state")); // the corpus is read, never written
        for (Path collection : collections) {
            PreparedWorkspace prepared = PreparedWorkspace.load(collection);
            for (ExportTarget target : ExportTarget.values()) {
                Path destination = temp.resolve("out-" + run++);
                ExportRequest request = ExportRequest.into(collection, target, destination);
                ExportReport plain = service.run(request, prepared, ExportProgress.NONE);
                ExportReport forced = plain;
                if (plain.blocked()) {
                    assertThat(plain.problems()).isNotEmpty();
                    assertThat(destination).doesNotExist();
                    forced = service.run(request.forced(true), prepared, ExportProgress.NONE);
                } else {
                    assertThat(plain.problems()).isEmpty();
                }
                assertThat(forced.outcome()).as(collection.getFileName() + " " + target).isIn(ExportReport.Outcome.WRITTEN, ExportReport.Outcome.UNCHANGED);
                long outputErrors = reloadErrors(destination, target);
                assertThat(outputErrors).as("errors in the exported files that the export did not report").isLessThanOrEqualTo(
                        forced.problems().stream().filter(p -> p.kind() != ExportProblem.Kind.PATH).count());
                table.append(collection.getFileName()).append(" | ").append(target.id()).append(" | ").append(forced.agents().size())
                        .append(" | ").append(plain.blocked() ? "blocked: " + reasons(plain) : "exported " + plain.exportedAgents())
                        .append(" | ").append(forced.exportedAgents()).append(", ").append(forced.agents().size() - forced.exportedAgents())
                        .append(", ").append(outputErrors).append('\n');
            }
        }
        System.out.println(table);
    }

    /** Error findings when the exported folder is opened as a workspace (Codex TOML files: each refused file). */
    private static long reloadErrors(Path destination, ExportTarget target) throws IOException {
        if (target == ExportTarget.CODEX) {
            try (Stream<Path> files = Files.list(destination.resolve(".codex/agents"))) {
                long refused = 0;
                for (Path file : files.toList()) {
                    if (CodexFileCheck.problem(Files.readAllBytes(file)).isPresent()) {
                        refused++;
                    }
                }
                return refused;
            }
        }
        Workspace exported = WorkspaceLoader.load(destination);
        return WorkspaceValidation.of(exported, RuleCatalog.standard()).findings().stream()
                .filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** The rules behind the problems, most frequent first, e.g. "12 agents: name-invalid 9, description-missing 3". */
    private static String reasons(ExportReport report) {
        Map<String, Long> byRule = new TreeMap<>(report.problems().stream().collect(Collectors.groupingBy(ExportCorpusTest::rule, Collectors.counting())));
        long files = report.problems().stream().map(ExportProblem::file).distinct().count();
        return files + " files: " + byRule.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static String rule(ExportProblem problem) {
        String[] parts = problem.message().split(": ", 3);
        boolean located = parts.length >= 3 && parts[0].chars().allMatch(Character::isDigit);
        return problem.kind().name().toLowerCase(Locale.ROOT) + "/" + (located ? parts[1] : problem.kind() == ExportProblem.Kind.PATH ? "unsafe-name" : "other");
    }
}
