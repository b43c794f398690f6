package io.agentstudio.conformance;

import io.agentstudio.testing.CorpusTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Severity;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real agent files of ../shared against what the real loaders did with each (conformance/shared-verdicts.json,
 * recorded by conformance/run.sh with each file alone where its tool looks for agents): the studio reports an error
 * on exactly the files the tool does not load.
 */
@CorpusTest
class SharedCorpusConformanceTest {
    private static final Path VERDICTS = Path.of("conformance", "shared-verdicts.json");

    @Test
    void theStudioReportsAnErrorOnExactlyTheRealFilesTheToolsDoNotLoad(@TempDir Path scratch) throws IOException {
        List<Path> files = SharedFiles.allAgentFiles();
        Path shared = SharedFiles.corpus().getParent();
        JsonNode recorded = new ObjectMapper().readTree(VERDICTS.toFile()).get("files");
        List<String> disagreements = new ArrayList<>();
        Set<String> unrecorded = new TreeSet<>();
        recorded.fieldNames().forEachRemaining(unrecorded::add);
        int notLoaded = 0;
        for (Path file : files) {
            String relative = shared.relativize(file).toString().replace('\\', '/');
            JsonNode verdict = recorded.get(relative);
            unrecorded.remove(relative);
            byte[] bytes = Files.readAllBytes(file);
            if (verdict == null || !verdict.get("sha256").asText().equals(EdgeCase.sha256(bytes))) {
                disagreements.add(relative + " is not recorded as it is now: re-record with conformance/run.sh");
                continue;
            }
            Path root = scratch.resolve(relative.replace('/', '_'));
            Path placed = root.resolve(verdict.get("placedAs").asText());
            Files.createDirectories(placed.getParent());
            Files.write(placed, bytes);
            List<Finding> errors = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard()).findings().stream()
                    .filter(f -> f.severity() == Severity.ERROR).toList();
            boolean loaded = verdict.get("loaded").asBoolean();
            notLoaded += loaded ? 0 : 1;
            if (loaded == !errors.isEmpty()) {
                disagreements.add(relative + ": " + verdict.get("loader").asText() + (loaded ? " loads it, the studio says "
                        + errors.stream().map(Finding::ruleId).toList() : " does not load it, the studio reports no error"));
            }
        }
        unrecorded.forEach(relative -> disagreements.add(relative + " is recorded but no longer in ../shared"));
        System.out.printf("Shared corpus: %d real files, %d not loaded by their tool%n", files.size(), notLoaded);
        assertThat(disagreements).isEmpty();
    }
}
