package io.agentstudio.conformance;

import io.agentstudio.logic.export.ExportProgress;
import io.agentstudio.logic.export.ExportReport;
import io.agentstudio.logic.export.ExportRequest;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.FileMover;
import io.agentstudio.logic.export.PluginInfo;
import io.agentstudio.logic.importer.ImportReport;
import io.agentstudio.logic.importer.ImportRequest;
import io.agentstudio.logic.importer.ImportService;
import io.agentstudio.logic.importer.ImportSource;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.testing.SkillsTeam;
import io.agentstudio.testing.SlowTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Agents imported from each of the six export targets load in the real Claude Code: the skills team is exported to
 * every target and imported back into a project's {@code .claude/agents}, and Claude Code is started there
 * ({@code claude -p hi --agent <none>}, which lists the agents it loaded and stops before any network use). As for
 * the plugin, conformance/run.sh records what Claude Code listed (conformance/import-loaded.txt) with the digests of
 * the files it was shown (conformance/import-export.sha256); every run checks that import still writes those very
 * files and that the recorded answer loaded all of them. Where Claude Code is installed, it is also asked now.
 */
@SlowTest
class ImportConformanceTest {
    private static final Path RECORDED_OUTPUT = Path.of("conformance/import-loaded.txt");
    private static final Path RECORDED_DIGESTS = Path.of("conformance/import-export.sha256");
    private static final List<ExportTarget> TARGETS = List.of(ExportTarget.CLAUDE_PLUGIN, ExportTarget.OPENCODE, ExportTarget.COPILOT,
            ExportTarget.GEMINI, ExportTarget.CODEX, ExportTarget.CURSOR);
    private static final Set<String> BUILT_IN = Set.of("claude", "Explore", "general-purpose", "Plan", "statusline-setup");
    private static final Pattern LISTED = Pattern.compile("Available agents: (.*)");
    private static final PluginInfo PLUGIN = new PluginInfo("skills-team", "0.1.0", "A team of agents and the skills they use.",
            "Agent Studio", "", "", "", "", "MIT", List.of(), false);

    @TempDir
    Path temp;

    @Test
    void everyAgentImportedFromEachTargetLoadsInClaudeCode() throws Exception {
        Map<ExportTarget, Path> projects = new LinkedHashMap<>();
        Map<ExportTarget, Set<String>> imported = new LinkedHashMap<>();
        for (ExportTarget target : TARGETS) {
            Path project = temp.resolve("projects").resolve(target.id());
            imported.put(target, importFrom(target, project.resolve(".claude/agents")));
            projects.put(target, project);
        }
        String digests = digests(temp.resolve("projects"));
        if (Boolean.getBoolean("conformance.record")) {
            Path claude = InstalledClaudeCode.find().orElseThrow(() -> new AssertionError("Recording needs Claude Code: run conformance/run.sh"));
            Files.writeString(RECORDED_OUTPUT, loaded(claude, projects));
            Files.writeString(RECORDED_DIGESTS, digests);
        }
        assertThat(digests).as("the files Claude Code loaded (" + RECORDED_DIGESTS + "); the import changed since:"
                + " run conformance/run.sh to ask Claude Code again").isEqualTo(Files.readString(RECORDED_DIGESTS));
        assertAllLoaded(Files.readString(RECORDED_OUTPUT), imported);
        Optional<Path> claude = InstalledClaudeCode.find();
        if (claude.isPresent()) {
            assertAllLoaded(loaded(claude.get(), projects), imported);
        }
    }

    /** Exports the skills team to {@code target} and imports it back into {@code agents}; the names imported. */
    private Set<String> importFrom(ExportTarget target, Path agents) throws IOException {
        Path exported = temp.resolve("exported").resolve(target.id());
        ExportService export = new ExportService(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC), "test",
                FileMover.ATOMIC, root -> new StudioStateDirectory(temp.resolve("state")));
        // The fixture's wrong references are on purpose: forced past what the workspace's checks say of them.
        ExportRequest request = ExportRequest.into(SkillsTeam.copyTo(temp.resolve("team-" + target.id())), target, exported).forced(true);
        ExportReport report = export.run(target == ExportTarget.CLAUDE_PLUGIN ? request.withPlugin(PLUGIN) : request, ExportProgress.NONE);
        assertThat(report.outcome()).as(target.id()).isEqualTo(ExportReport.Outcome.WRITTEN);
        ImportReport back = new ImportService().run(new ImportRequest(exported, ImportSource.fromId(target.id()).orElseThrow(), agents,
                false, false));
        assertThat(back.agents()).as(target.id() + ": every agent imported").allMatch(agent -> agent.imported(), "imported");
        return back.agents().stream().map(agent -> agent.name()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** For each target, one line: the agents Claude Code listed in its project, and what its debug log said against them. */
    private String loaded(Path claude, Map<ExportTarget, Path> projects) throws IOException, InterruptedException {
        StringBuilder lines = new StringBuilder();
        for (Map.Entry<ExportTarget, Path> project : projects.entrySet()) {
            Files.createDirectories(project.getValue().resolve(".git"));
            Path home = Files.createDirectories(temp.resolve("home-" + project.getKey().id()));
            Path log = home.resolve("debug.log");
            ProcessBuilder builder = new ProcessBuilder(claude.toString(), "-p", "hi", "--agent", "no-such-agent-conformance",
                    "--debug-file", log.toString()).directory(project.getValue().toFile()).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().putAll(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "HOME", home.toString(),
                    "TERM", "dumb"));
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("Claude Code ended").isTrue();
            Matcher listed = LISTED.matcher(output);
            assertThat(listed.find()).as("Claude Code listed its agents: " + output).isTrue();
            List<String> agents = Arrays.stream(listed.group(1).split(", ")).map(String::strip).filter(name -> !BUILT_IN.contains(name))
                    .sorted().toList();
            List<String> complaints = new ArrayList<>();
            if (Files.exists(log)) {
                for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                    if (line.contains("Failed to parse agent") || line.contains("Error parsing agent") || line.contains("has invalid")
                            || line.contains("does not recognize")) {
                        complaints.add(line.replaceFirst("^\\S+ \\[[A-Z]+\\] ", "").replace(project.getValue().toString(), "PROJECT"));
                    }
                }
            }
            lines.append(project.getKey().id()).append(": ").append(String.join(", ", agents)).append('\n');
            complaints.forEach(complaint -> lines.append("  ! ").append(complaint).append('\n'));
        }
        return lines.toString();
    }

    private static void assertAllLoaded(String output, Map<ExportTarget, Set<String>> imported) {
        assertThat(output).as("Claude Code complained of an imported file").doesNotContain("  ! ");
        for (Map.Entry<ExportTarget, Set<String>> target : imported.entrySet()) {
            assertThat(output).as("Claude Code loaded every agent imported from " + target.getKey().id())
                    .contains(target.getKey().id() + ": " + String.join(", ", target.getValue()) + "\n");
        }
    }

    /** Every imported file's SHA-256 and path, sorted: what Claude Code was shown. */
    private static String digests(Path projects) throws IOException, NoSuchAlgorithmException {
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> walk = Files.walk(projects)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                lines.append(HexFormat.of().formatHex(digest)).append("  ").append(projects.relativize(file).toString().replace('\\', '/'))
                        .append('\n');
            }
        }
        return lines.toString();
    }
}
