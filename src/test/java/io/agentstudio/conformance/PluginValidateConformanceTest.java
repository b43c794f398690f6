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
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skills team exported as a plugin is accepted by the real Claude Code ({@code claude plugin validate --json}),
 * which lists the plugin's skills and agents. Like the loaders' verdicts, what Claude Code said is recorded by
 * conformance/run.sh (the pinned Claude Code from npm) in conformance/plugin-validate.json, with the exported files'
 * digests in conformance/plugin-export.sha256: every run checks that the export still writes those very files and
 * that the recorded answer accepts them, so a change to the export fails here until run.sh has asked Claude Code
 * again. Where Claude Code is installed, it is also asked now.
 */
@SlowTest
class PluginValidateConformanceTest {
    private static final Path RECORDED_OUTPUT = Path.of("conformance/plugin-validate.json");
    private static final Path RECORDED_DIGESTS = Path.of("conformance/plugin-export.sha256");
    private static final PluginInfo PLUGIN = new PluginInfo("skills-team", "0.1.0", "A team of agents and the skills they use.",
            "Agent Studio", "", "", "", "", "MIT", List.of(), false);

    @TempDir
    Path temp;

    @Test
    void claudeCodeAcceptsTheExportedPluginWithItsSkillsListed() throws Exception {
        Path plugin = temp.resolve("plugin");
        // A fixed clock: the export's own record (agent-studio-export.json) carries the time, and the digests must not.
        ExportService service = new ExportService(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC), "test", FileMover.ATOMIC,
                root -> new StudioStateDirectory(temp.resolve("state")));
        // A copy, as a plugin export keeps its plugin.json choices in the workspace. The fixture's wrong references are
        // on purpose: forced past whatever the workspace's checks say of them.
        Path team = SkillsTeam.copyTo(temp.resolve("team"));
        ExportReport report = service.run(ExportRequest.into(team, ExportTarget.CLAUDE_PLUGIN, plugin).forced(true).withPlugin(PLUGIN),
                ExportProgress.NONE);
        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);

        String digests = digests(plugin);
        if (Boolean.getBoolean("conformance.record")) {
            Files.writeString(RECORDED_OUTPUT, validate(InstalledClaudeCode.find().orElseThrow(() -> new AssertionError(
                    "Recording needs Claude Code: run conformance/run.sh")), plugin));
            Files.writeString(RECORDED_DIGESTS, digests);
        }
        assertThat(digests).as("the files Claude Code validated (" + RECORDED_DIGESTS + "); the export changed since:"
                + " run conformance/run.sh to ask Claude Code again").isEqualTo(Files.readString(RECORDED_DIGESTS));
        assertAccepted(Files.readString(RECORDED_OUTPUT));
        Optional<Path> claude = InstalledClaudeCode.find();
        if (claude.isPresent()) {
            assertAccepted(validate(claude.get(), plugin));
        }
    }

    private String validate(Path claude, Path plugin) throws IOException, InterruptedException {
        Path home = Files.createDirectories(temp.resolve("home"));
        ProcessBuilder builder = new ProcessBuilder(claude.toString(), "plugin", "validate", "--json", plugin.toString())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"), "HOME", home.toString(),
                "TERM", "dumb"));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("claude plugin validate ended").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        // The plugin's path varies from run to run; the recording keeps what Claude Code said of its content.
        return output.replace(plugin.toString(), "PLUGIN");
    }

    private static void assertAccepted(String output) throws IOException {
        JsonNode json = new ObjectMapper().readTree(output);
        assertThat(json.path("success").asBoolean()).as(output).isTrue();
        assertThat(json.path("manifest").path("errors")).as(output).isEmpty();
        assertThat(names(json.path("provides").path("skills"))).containsExactly("skills-team:api-conventions", "skills-team:code-review",
                "skills-team:deploy", "skills-team:pdf-forms", "skills-team:test-patterns");
        assertThat(names(json.path("provides").path("agents"))).hasSize(10).contains("skills-team:release-manager");
    }

    /** Every exported file's SHA-256 and path, sorted: what Claude Code was shown. */
    private static String digests(Path plugin) throws IOException, NoSuchAlgorithmException {
        StringBuilder lines = new StringBuilder();
        try (Stream<Path> walk = Files.walk(plugin)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
                lines.append(HexFormat.of().formatHex(digest)).append("  ").append(plugin.relativize(file).toString().replace('\\', '/'))
                        .append('\n');
            }
        }
        return lines.toString();
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(node -> names.add(node.asText()));
        return names;
    }
}
