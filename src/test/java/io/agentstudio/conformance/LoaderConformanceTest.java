package io.agentstudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Holds the studio's rules against what the real loaders did with the edge-case corpus (conformance/verdicts.json,
 * recorded by conformance/run.sh from the pinned Claude Code and Gemini CLI). For each loader: the files with an
 * error are exactly the files it refuses or skips, and every setting it logs as ignored has a warning on that key.
 * Same-named agents are judged by the loader's own duplicate report, not file by file.
 */
class LoaderConformanceTest {
    private static final Path VERDICTS = Path.of("conformance", "verdicts.json");
    private static final String DUPLICATE_RULE = "name-duplicate";

    private static JsonNode verdicts;
    private static final Map<String, EdgeCase> CASES = new LinkedHashMap<>();
    /** What the studio says of each file, by case id and relative path; absent when it does not take it for an agent. */
    private static final Map<String, Map<String, List<Finding>>> STUDIO = new HashMap<>();

    @BeforeAll
    static void validateEveryCase(@TempDir Path scratch) throws IOException {
        verdicts = new ObjectMapper().readTree(VERDICTS.toFile());
        for (EdgeCase edgeCase : EdgeCaseCorpus.all()) {
            CASES.put(edgeCase.id(), edgeCase);
            Path root = scratch.resolve(edgeCase.id());
            for (Map.Entry<String, byte[]> file : edgeCase.files().entrySet()) {
                Path target = root.resolve(file.getKey());
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
            }
            Workspace workspace = WorkspaceLoader.load(root);
            WorkspaceValidation validation = WorkspaceValidation.of(workspace, RuleCatalog.standard());
            Set<Path> agents = new HashSet<>();
            workspace.agents().forEach(a -> agents.add(a.path()));
            Map<String, List<Finding>> byFile = new LinkedHashMap<>();
            for (String relative : edgeCase.files().keySet()) {
                Path path = root.resolve(relative);
                List<Finding> findings = validation.findings().stream().filter(f -> f.problem().file().equals(path)).toList();
                if (agents.contains(path) || !findings.isEmpty()) {
                    byFile.put(relative, findings);
                }
            }
            STUDIO.put(edgeCase.id(), byFile);
        }
    }

    @Test
    void theVerdictsAreForTheFilesTheGeneratorMakes() {
        List<String> stale = new ArrayList<>();
        Set<String> recorded = new TreeSet<>();
        verdicts.get("cases").fieldNames().forEachRemaining(recorded::add);
        for (EdgeCase edgeCase : CASES.values()) {
            JsonNode recordedCase = verdicts.get("cases").get(edgeCase.id());
            if (recordedCase == null) {
                stale.add(edgeCase.id() + " has no verdict");
                continue;
            }
            for (Map.Entry<String, byte[]> file : edgeCase.files().entrySet()) {
                JsonNode verdict = recordedCase.get("files").get(file.getKey());
                if (verdict == null || !verdict.get("sha256").asText().equals(EdgeCase.sha256(file.getValue()))) {
                    stale.add(edgeCase.id() + "/" + file.getKey() + " changed since it was recorded");
                }
            }
            recorded.remove(edgeCase.id());
        }
        recorded.forEach(id -> stale.add(id + " is recorded but no longer generated"));
        assertThat(stale).as("the generator and conformance/verdicts.json disagree: re-record with conformance/run.sh").isEmpty();
        assertThat(CASES).as("cases in the edge-case corpus").hasSizeGreaterThanOrEqualTo(300);
    }

    @ParameterizedTest
    @ValueSource(strings = {"claude-code", "gemini"})
    void errorsAreExactlyTheFilesTheLoaderDoesNotLoad(String loader) {
        List<String> disagreements = new ArrayList<>();
        int refused = 0;
        int flagged = 0;
        int both = 0;
        for (Map.Entry<String, JsonNode> recorded : verdicts.get("cases").properties()) {
            JsonNode recordedCase = recorded.getValue();
            if (!recordedCase.get("loader").asText().equals(loader) || !CASES.containsKey(recorded.getKey())) {
                continue;
            }
            Set<String> duplicates = duplicateFiles(recordedCase);
            Map<String, List<Finding>> studio = STUDIO.get(recorded.getKey());
            for (Map.Entry<String, JsonNode> file : recordedCase.get("files").properties()) {
                // A remote agent the loader accepted but could not fetch offline counts as loaded: its file is valid.
                boolean loaded = file.getValue().get("loaded").asBoolean() || file.getValue().has("offlineOnly");
                List<Finding> findings = studio.get(file.getKey());
                String where = recorded.getKey() + (recordedCase.get("files").size() > 1 ? "/" + file.getKey() : "");
                if (findings == null) {
                    if (loaded) {
                        disagreements.add(where + ": " + loader + " loads it, the studio does not take it for an agent");
                    }
                    continue;
                }
                List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR)
                        .filter(f -> !(duplicates.contains(file.getKey()) && f.ruleId().equals(DUPLICATE_RULE))).toList();
                boolean error = !errors.isEmpty();
                refused += loaded ? 0 : 1;
                flagged += error ? 1 : 0;
                both += !loaded && error ? 1 : 0;
                if (loaded && error) {
                    disagreements.add(where + ": " + loader + " loads it, the studio says " + describe(errors));
                } else if (!loaded && !error) {
                    disagreements.add(where + ": " + loader + " does not load it (" + reason(file.getValue()) + "), the studio says "
                            + (findings.isEmpty() ? "nothing" : describe(findings)));
                }
            }
        }
        double precision = flagged == 0 ? 1 : (double) both / flagged;
        double recall = refused == 0 ? 1 : (double) both / refused;
        System.out.printf("Conformance with %s %s: %d files not loaded, %d with an error, precision %.3f, recall %.3f%n", loader,
                verdicts.get("loaders").get(loader).get("version").asText(), refused, flagged, precision, recall);
        assertThat(disagreements).as("files where the studio and %s disagree", loader).isEmpty();
    }

    @Test
    void everySettingALoaderIgnoresHasAWarningOnItsKey() {
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> recorded : verdicts.get("cases").properties()) {
            Map<String, List<Finding>> studio = STUDIO.get(recorded.getKey());
            if (studio == null) {
                continue;
            }
            for (Map.Entry<String, JsonNode> file : recorded.getValue().get("files").properties()) {
                if (!file.getValue().get("loaded").asBoolean()) {
                    continue;
                }
                List<Finding> findings = studio.getOrDefault(file.getKey(), List.of());
                for (JsonNode ignored : file.getValue().get("ignored")) {
                    boolean warned = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING
                            && ignored.asText().equals(f.problem().field()));
                    if (!warned) {
                        missing.add(recorded.getKey() + ": ignores `" + ignored.asText() + "`, the studio says "
                                + (findings.isEmpty() ? "nothing" : describe(findings)));
                    }
                }
            }
        }
        assertThat(missing).as("ignored settings without a warning").isEmpty();
    }

    @Test
    void sameNamedAgentsAreDuplicatesExactlyWhereTheLoaderSaysSo() {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, JsonNode> recorded : verdicts.get("cases").properties()) {
            if (recorded.getValue().get("files").size() < 2 || !STUDIO.containsKey(recorded.getKey())) {
                continue;
            }
            Set<String> duplicates = duplicateFiles(recorded.getValue());
            for (Map.Entry<String, List<Finding>> file : STUDIO.get(recorded.getKey()).entrySet()) {
                boolean reported = file.getValue().stream().anyMatch(f -> f.ruleId().equals(DUPLICATE_RULE));
                if (reported != duplicates.contains(file.getKey())) {
                    disagreements.add(recorded.getKey() + "/" + file.getKey() + ": the loader "
                            + (duplicates.contains(file.getKey()) ? "drops one of the same-named agents" : "keeps the closest one")
                            + ", the studio " + (reported ? "reports" : "does not report") + " " + DUPLICATE_RULE);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** Files named in the loader's own duplicate report (Claude Code) or registered as one agent (Gemini CLI). */
    private static Set<String> duplicateFiles(JsonNode recordedCase) {
        Set<String> files = new TreeSet<>();
        JsonNode reports = recordedCase.get("duplicates");
        if (reports != null) {
            for (JsonNode report : reports) {
                recordedCase.get("files").fieldNames().forEachRemaining(f -> {
                    if (report.asText().contains(f)) {
                        files.add(f);
                    }
                });
            }
        }
        JsonNode loaded = recordedCase.get("agentsLoaded");
        if (loaded != null) {
            List<String> alone = new ArrayList<>();
            recordedCase.get("files").properties().forEach(f -> {
                if (f.getValue().get("loaded").asBoolean()) {
                    alone.add(f.getKey());
                }
            });
            if (loaded.asInt() < alone.size()) {
                files.addAll(alone);
            }
        }
        return files;
    }

    private static String reason(JsonNode verdict) {
        JsonNode refusal = verdict.get("refusal");
        JsonNode yaml = verdict.get("yamlError");
        return refusal != null ? "refused: " + refusal.asText().lines().findFirst().orElse("")
                : yaml != null ? "YAML: " + yaml.asText() : "skipped without a word";
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.severity().name().toLowerCase(Locale.ROOT) + " " + f.ruleId()).toList().toString();
    }
}
