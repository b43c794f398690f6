package io.agentstudio.cli;

import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.logic.validation.cache.CachedValidation;
import io.agentstudio.logic.validation.cache.ValidationCache;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate --cache}: a second run of an unchanged folder prints the same report from the cache, and no change
 * that could alter a finding is ever hidden by it (an edit, the rule settings, a name other agents refer to, a file
 * added or removed, another build, a broken cache file).
 */
class ValidateCacheTest {
    private static final String REVIEWER = "---\nname: reviewer\ndescription: Reviews code for bugs and style; use proactively"
            + " after each change.\n---\nYou are a careful code reviewer.\n";
    private static final String LEAD = "---\nname: tech-lead\ndescription: Plans a feature and hands each part to the right"
            + " agent; use for any change of several files.\n---\nYou lead.\n\n## Delegates to\n\n- `reviewer`: reviews each change\n";

    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        write(".claude/agents/reviewer.md", REVIEWER);
        write(".claude/agents/tech-lead.md", LEAD);
    }

    @Test
    void aSecondRunOfAnUnchangedFolderPrintsWhatAFullRunPrintsInEveryFormat() throws IOException {
        write(".claude/agents/bad.md", "---\nname: Bad:Name\ndescription: Short.\n---\nBody text.\n");
        for (String format : List.of("text", "json", "sarif")) {
            CliRun full = CliRun.of("validate", "--format", format, dir.toString());
            CliRun first = CliRun.of("validate", "--cache", "--format", format, dir.toString());
            byte[] kept = Files.readAllBytes(cacheFile());
            CliRun second = CliRun.of("validate", "--cache", "--format", format, dir.toString());

            assertThat(first.out()).as(format).isEqualTo(full.out());
            assertThat(second.out()).as(format).isEqualTo(full.out());
            assertThat(second.exitCode()).isEqualTo(full.exitCode()).isEqualTo(Cli.FINDINGS);
            assertThat(Files.readAllBytes(cacheFile())).as("a hit writes nothing").isEqualTo(kept);
        }
        assertThat(Files.readString(dir.resolve(".agent-studio/cache/.gitignore"))).contains("*");
        assertThat(CliRun.of("validate", "--cache", "--fail-on", "never", dir.toString()).exitCode())
                .as("the exit code follows --fail-on, which the kept report does not depend on").isEqualTo(Cli.OK);
    }

    @Test
    void aHitIsAnsweredBeforePicocliInTheSpellingsItKnowsWithWhatAFullRunPrints() throws IOException {
        write(".claude/agents/bad.md", "---\nname: Bad:Name\ndescription: Short.\n---\nBody text.\n");
        setAllFilesModified(Instant.now().minus(1, ChronoUnit.HOURS));
        String path = dir.toString();
        CliRun.of("validate", "--cache", path);
        CliRun.of("validate", "--cache", "--format", "json", path);
        List<List<String>> spellings = List.of(List.of("validate", "--cache", path), List.of("validate", path, "--cache"),
                List.of("validate", "--format=json", "--cache", path), List.of("validate", "--cache", "--format", "JSON", path),
                List.of("validate", "--cache", "--fail-on", "never", path), List.of("validate", "--fail-on=info", "--cache", path),
                List.of("validate", "--cache", "--format", "text", "--fail-on", "Warning", path));
        for (List<String> spelling : spellings) {
            String[] args = spelling.toArray(String[]::new);
            String[] uncached = spelling.stream().filter(arg -> !arg.equals("--cache")).toArray(String[]::new);

            assertThat(ValidateCacheHit.of(args, new PrintWriter(new StringWriter()))).as(spelling.toString()).isPresent();
            assertThat(CliRun.of(args)).as(spelling.toString()).isEqualTo(CliRun.of(uncached));
        }

        write(".claude/agents/bad.md", "---\nname: Bad:Name\ndescription: Shorter.\n---\nBody text.\n");
        assertThat(ValidateCacheHit.of(new String[] {"validate", "--cache", path}, new PrintWriter(new StringWriter())))
                .as("an edited folder is validated again").isEmpty();
        assertThat(CliRun.of("validate", "--cache", path)).isEqualTo(CliRun.of("validate", path));
    }

    @Test
    void filesTouchedButUnchangedAreReadOnceAndThenAnsweredFromTheirStats() throws IOException {
        String path = dir.toString();
        CliRun first = CliRun.of("validate", "--cache", path);
        // Just written: their times cannot be trusted yet, so the shortcut leaves them to a full look.
        assertThat(ValidateCacheHit.of(new String[] {"validate", "--cache", path}, new PrintWriter(new StringWriter()))).isEmpty();

        setAllFilesModified(Instant.now().minus(1, ChronoUnit.HOURS));
        assertThat(CliRun.of("validate", "--cache", path)).isEqualTo(first);

        assertThat(ValidateCacheHit.of(new String[] {"validate", "--cache", path}, new PrintWriter(new StringWriter())))
                .as("the contents were read again and found unchanged: the new stats are kept").isPresent();
        assertThat(CliRun.of("validate", "--cache", path)).isEqualTo(first);
    }

    @Test
    void otherSpellingsAreLeftToPicocliAndItsErrors() throws IOException {
        setAllFilesModified(Instant.now().minus(1, ChronoUnit.HOURS));
        String path = dir.toString();
        CliRun.of("validate", "--cache", path);
        List<List<String>> spellings = List.of(List.of("validate", "--cache", "--format", "json", "--format", "text", path),
                List.of("validate", "--cache", path, path), List.of("validate", "--cache", "--format", "markdown", path),
                List.of("validate", "--cache", "--cache", path), List.of("validate", "--cache", "--fail-on", path),
                List.of("validate", "--cache", "--", path), List.of("validate", "--cache", "-h", path));
        for (List<String> spelling : spellings) {
            String[] args = spelling.toArray(String[]::new);

            assertThat(ValidateCacheHit.of(args, new PrintWriter(new StringWriter()))).as(spelling.toString()).isEmpty();
        }
        assertThat(CliRun.of("validate", "--cache", "--format", "markdown", path).exitCode()).isEqualTo(Cli.USAGE_OR_IO);
    }

    @Test
    void anUnchangedFolderIsAnsweredFromTheCacheWithoutValidatingAgain() throws IOException {
        setAllFilesModified(Instant.now().minus(1, ChronoUnit.HOURS));
        CliRun.of("validate", "--cache", dir.toString());
        ValidationCache.Stored stored = ValidationCache.read(dir).orElseThrow();
        // A result no validation would give: printed only if the second run trusts the cache.
        Problem marker = new Problem("cache-marker", Severity.INFO, "from the cache", dir.resolve(".claude/agents/reviewer.md"),
                1, 1, null);
        ValidationCache.write(dir, stored.fingerprint(), new CachedValidation(2, List.of(new ReportedFinding(marker, List.of()))),
                Map.of());

        CliRun second = CliRun.of("validate", "--cache", dir.toString());

        assertThat(second.out()).contains("info cache-marker: from the cache");
    }

    @Test
    void anAgentTurnedOffInTheProjectSettingsIsCheckedAgain() throws IOException {
        setAllFilesModified(Instant.now().minus(1, ChronoUnit.HOURS));
        assertThat(CliRun.of("validate", "--cache", dir.toString()).out()).doesNotContain("agent-disabled");

        assertThat(CliRun.of("disable", "reviewer", "--root", dir.toString()).exitCode()).isZero();
        CliRun second = CliRun.of("validate", "--cache", dir.toString());

        assertThat(second.out()).contains("info agent-disabled");
        assertThat(second.out()).isEqualTo(CliRun.of("validate", dir.toString()).out());
    }

    @Test
    void anEditedFileIsCheckedAgainEvenWithItsSizeUnchanged() throws IOException {
        setAllFilesModified(Instant.now().minus(1, ChronoUnit.HOURS));
        assertThat(CliRun.of("validate", "--cache", dir.toString()).out()).doesNotContain("name-file-mismatch");

        // Same length: only the content (and the time) tells the edit apart.
        write(".claude/agents/reviewer.md", REVIEWER.replace("name: reviewer", "name: reviewed"));
        CliRun second = CliRun.of("validate", "--cache", dir.toString());

        assertThat(second.out()).contains("reviewer.md:2:1: info name-file-mismatch");
        assertThat(second.out()).isEqualTo(CliRun.of("validate", dir.toString()).out());
    }

    @Test
    void renamingAnAgentOthersReferToFlagsTheirReferencesThoughTheirFilesAreUnchanged() throws IOException {
        CliRun.of("validate", "--cache", dir.toString());

        write(".claude/agents/reviewer.md", REVIEWER.replace("name: reviewer", "name: code-reviewer"));
        Files.move(dir.resolve(".claude/agents/reviewer.md"), dir.resolve(".claude/agents/code-reviewer.md"));
        CliRun second = CliRun.of("validate", "--cache", dir.toString());

        assertThat(second.out()).contains("tech-lead.md:9:4: warning agent-unknown");
        assertThat(second.out()).isEqualTo(CliRun.of("validate", dir.toString()).out());
    }

    @Test
    void changedRuleSettingsApplyAtOnce() throws IOException {
        write(".claude/agents/bad.md", "---\nname: bad\ndescription: Short.\n---\nBody text.\n");
        assertThat(CliRun.of("validate", "--cache", dir.toString()).out()).contains("warning description-too-short");

        write(".agent-studio/rules.yaml", "rules:\n  description-too-short: error\n");
        CliRun second = CliRun.of("validate", "--cache", dir.toString());

        assertThat(second.out()).contains("error description-too-short");
        assertThat(second.exitCode()).isEqualTo(Cli.FINDINGS);
    }

    @Test
    void aFileAddedOrRemovedIsCounted() throws IOException {
        assertThat(CliRun.of("validate", "--cache", dir.toString()).out()).endsWith("2 agent files checked: no problems.\n");

        write(".claude/agents/third.md", REVIEWER.replace("name: reviewer", "name: third"));
        assertThat(CliRun.of("validate", "--cache", dir.toString()).out()).endsWith("3 agent files checked: no problems.\n");

        Files.delete(dir.resolve(".claude/agents/third.md"));
        assertThat(CliRun.of("validate", "--cache", dir.toString()).out()).endsWith("2 agent files checked: no problems.\n");
    }

    @Test
    void aCacheFileThatCannotBeReadIsAMissAndIsMadeAgain() throws IOException {
        write(".claude/agents/bad.md", "---\nname: bad\ndescription: Short.\n---\nBody text.\n");
        CliRun.of("validate", "--cache", dir.toString());
        Files.write(cacheFile(), new byte[] {0x41, 0x53, 0x56, 0x43, 0, 0, 0, 1, 0x7f});

        CliRun run = CliRun.of("validate", "--cache", dir.toString());

        assertThat(run.out()).isEqualTo(CliRun.of("validate", dir.toString()).out());
        assertThat(run.err()).isEmpty();
        assertThat(ValidationCache.read(dir)).isPresent();
    }

    @Test
    void aCacheCutShortInsideItsReportIsAMissThatPrintsNoneOfIt() throws IOException {
        write(".claude/agents/bad.md", "---\nname: Bad:Name\ndescription: Short.\n---\nBody text.\n");
        setAllFilesModified(Instant.now().minus(1, ChronoUnit.HOURS));
        String path = dir.toString();
        CliRun full = CliRun.of("validate", path);
        CliRun.of("validate", "--cache", path);
        byte[] kept = Files.readAllBytes(cacheFile());
        int reportStart = new String(kept, StandardCharsets.ISO_8859_1).indexOf(full.out().lines().findFirst().orElseThrow());
        assertThat(reportStart).as("the text report is kept as printed").isPositive();
        Files.write(cacheFile(), Arrays.copyOf(kept, reportStart + 10));

        assertThat(ValidateCacheHit.of(new String[] {"validate", "--cache", path}, new PrintWriter(new StringWriter()))).isEmpty();
        assertThat(CliRun.of("validate", "--cache", path)).isEqualTo(full);
    }

    @Test
    void aFolderWhereTheCacheCannotBeWrittenIsStillValidated() throws IOException {
        write(".agent-studio/cache", "a file where the cache's folder would be");

        CliRun run = CliRun.of("validate", "--cache", dir.toString());

        assertThat(run.out()).endsWith("2 agent files checked: no problems.\n");
        assertThat(run.err()).contains("the validation cache cannot be written");
        assertThat(run.exitCode()).isEqualTo(Cli.OK);
    }

    private Path cacheFile() {
        return dir.resolve(".agent-studio/cache/validate.bin");
    }

    /** Old enough that the cache trusts a file's unchanged size and time, as it does for files not just written. */
    private void setAllFilesModified(Instant when) throws IOException {
        try (Stream<Path> files = Files.walk(dir.resolve(".claude"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, FileTime.from(when));
            }
        }
    }

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
