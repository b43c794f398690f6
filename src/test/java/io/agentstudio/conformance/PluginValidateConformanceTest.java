package io.agentstudio.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.logic.export.ExportProgress;
import io.agentstudio.logic.export.ExportReport;
import io.agentstudio.logic.export.ExportRequest;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.FileMover;
import io.agentstudio.logic.export.PluginInfo;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.testing.SlowTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skills team exported as a plugin is accepted by the real Claude Code ({@code claude plugin validate --json}),
 * which lists the plugin's skills and agents. Claude Code is the one conformance/run.sh installs from npm (pinned in
 * conformance/package.json); where it is not installed the test skips and says how to install it, except in CI
 * (CI=true), where its absence is a failure.
 */
@SlowTest
class PluginValidateConformanceTest {
    private static final Path TEAM = Path.of("src/test/resources/io/agentstudio/skills-team");
    private static final Path LOADERS = Path.of("conformance/.loaders/node_modules/@anthropic-ai");
    private static final PluginInfo PLUGIN = new PluginInfo("skills-team", "0.1.0", "A team of agents and the skills they use.",
            "Agent Studio", "", "", "", "", "MIT", List.of(), false);

    @TempDir
    Path temp;

    @Test
    void claudeCodeAcceptsTheExportedPluginWithItsSkillsListed() throws Exception {
        Path claude = claudeCode();
        Path plugin = temp.resolve("plugin");
        ExportService service = new ExportService(Clock.systemUTC(), "test", FileMover.ATOMIC,
                root -> new StudioStateDirectory(temp.resolve("state")));
        // A copy, as a plugin export keeps its plugin.json choices in the workspace. The fixture's wrong references are
        // on purpose: forced past whatever the workspace's checks say of them.
        Path team = temp.resolve("team");
        try (Stream<Path> walk = Files.walk(TEAM)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path copy = team.resolve(TEAM.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        ExportReport report = service.run(ExportRequest.into(team, ExportTarget.CLAUDE_PLUGIN, plugin).forced(true).withPlugin(PLUGIN),
                ExportProgress.NONE);
        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);

        Path home = Files.createDirectories(temp.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(claude.toString(), "plugin", "validate", "--json", plugin.toString())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "HOME", home.toString(),
                "TERM", "dumb"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("claude plugin validate ended").isTrue();
        System.out.println("claude plugin validate --json " + plugin + " (exit " + process.exitValue() + "):\n" + output);

        assertThat(process.exitValue()).as(output).isZero();
        JsonNode json = new ObjectMapper().readTree(output);
        assertThat(json.path("success").asBoolean()).as(output).isTrue();
        assertThat(json.path("manifest").path("errors")).as(output).isEmpty();
        assertThat(names(json.path("provides").path("skills"))).containsExactly("skills-team:api-conventions", "skills-team:code-review",
                "skills-team:deploy", "skills-team:pdf-forms", "skills-team:test-patterns");
        assertThat(names(json.path("provides").path("agents"))).hasSize(10).contains("skills-team:release-manager");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }

    /**
     * The native binary of the pinned Claude Code: npm puts it in the platform's package
     * ({@code @anthropic-ai/claude-code-linux-x64/claude}); conformance/run.sh installs without install scripts, so
     * {@code claude-code/bin/claude.exe} stays a stub.
     */
    private static Path claudeCode() throws IOException {
        if (Files.isDirectory(LOADERS)) {
            try (DirectoryStream<Path> packages = Files.newDirectoryStream(LOADERS, "claude-code-*")) {
                for (Path folder : packages) {
                    for (String name : List.of("claude", "claude.exe")) {
                        if (Files.isExecutable(folder.resolve(name))) {
                            return folder.resolve(name).toAbsolutePath();
                        }
                    }
                }
            }
        }
        String message = "Claude Code is not installed in conformance/.loaders; run conformance/run.sh (it installs the pinned"
                + " @anthropic-ai/claude-code from npm)";
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError(message + ", and CI must have it.");
        }
        Assumptions.abort(message + " (CI has it).");
        return null;
    }
}
