package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks that the exported files load in the target: they are written to a scratch folder, loaded as a workspace (so
 * every agent file is parsed again from its bytes and must be found where the target looks, in the target's
 * dialect) and validated with the target's rules. Codex's TOML files and a plugin's JSON files are parsed and their
 * required keys checked here, as no catalog covers them. Shipped skills are copies of the workspace's, checked there:
 * their files are neither agents nor the subject of the output's findings.
 */
final class OutputCheck {

    record Result(List<ExportProblem> problems, List<String> warnings) {
    }

    private OutputCheck() {
    }

    /** @param skillFiles the paths of {@code files} that belong to a shipped skill */
    static Result check(List<ExportedFile> files, Set<String> skillFiles, ExportTarget target, Severity failOn) throws IOException {
        Path scratch = Files.createTempDirectory("agent-studio-export-check");
        try {
            for (ExportedFile file : files) {
                Path path = scratch.resolve(file.path());
                Files.createDirectories(path.getParent());
                Files.write(path, file.bytes());
            }
            List<ExportProblem> problems = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            checkAgents(scratch, files, skillFiles, target, failOn, problems, warnings);
            for (ExportedFile file : files) {
                if (file.path().endsWith(".toml")) {
                    CodexFileCheck.problem(file.bytes()).ifPresent(problem -> problems.add(output(file.path(), problem)));
                } else if (file.path().endsWith(".json")) {
                    jsonProblem(file).ifPresent(problem -> problems.add(output(file.path(), problem)));
                }
            }
            return new Result(problems, warnings);
        } finally {
            ExportCommit.deleteTree(scratch);
        }
    }

    private static void checkAgents(Path scratch, List<ExportedFile> files, Set<String> skillFiles, ExportTarget target, Severity failOn,
                                    List<ExportProblem> problems, List<String> warnings) throws IOException {
        Optional<Dialect> dialect = target.dialect();
        if (dialect.isEmpty()) {
            return;
        }
        Workspace loaded = WorkspaceLoader.load(scratch);
        Map<String, WorkspaceAgent> byPath = new HashMap<>();
        loaded.agents().forEach(agent -> byPath.put(slashes(agent.relativePath()), agent));
        for (ExportedFile file : files) {
            if (!file.path().endsWith(".md") || skillFiles.contains(file.path())) {
                continue;
            }
            WorkspaceAgent agent = byPath.get(file.path());
            if (agent == null) {
                problems.add(output(file.path(), "does not load as an agent file"));
            } else if (agent.dialect() != dialect.get()) {
                problems.add(output(file.path(), "would be read as " + agent.dialect().displayName() + ", not " + dialect.get().displayName()));
            }
        }
        WorkspaceValidation validation = WorkspaceValidation.of(loaded, RuleCatalog.standard());
        for (Finding finding : validation.findings()) {
            String where = finding.file() == null ? "" : slashes(scratch.relativize(finding.file()));
            if (skillFiles.contains(where)) {
                continue;
            }
            String line = where + ":" + Math.max(finding.problem().line(), 1) + ": " + finding.ruleId() + ": " + finding.problem().message();
            if (finding.severity().atLeast(failOn)) {
                problems.add(output(where, Math.max(finding.problem().line(), 1) + ": " + finding.ruleId() + ": " + finding.problem().message()));
            } else if (finding.severity() != Severity.INFO) {
                warnings.add(line);
            }
        }
    }

    private static Optional<String> jsonProblem(ExportedFile file) {
        try {
            JsonNode json = JsonFiles.MAPPER.readTree(new String(file.bytes(), StandardCharsets.UTF_8));
            if (json == null || !json.isObject() || !json.path("name").isTextual()) {
                return Optional.of("has no name");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("is not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static ExportProblem output(String file, String message) {
        return new ExportProblem(ExportProblem.Kind.OUTPUT, file, message, true);
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
