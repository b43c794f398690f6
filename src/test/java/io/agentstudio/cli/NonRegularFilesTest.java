package io.agentstudio.cli;

import io.agentstudio.testing.Fifos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * A named pipe among the agent files (opening one for reading waits for a writer forever) is reported and skipped by
 * every command that reads the workspace, and by those that are given it by name. The timeout turns a hang into a
 * failure.
 */
class NonRegularFilesTest {
    private static final Duration SAFETY = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    Path fifo;

    @BeforeEach
    void workspaceWithAFifo() throws IOException {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(agents.resolve("reviewer.md"), "---\nname: reviewer\ndescription: Reviews code for bugs and style;"
                + " use proactively after each change.\n---\nYou review code.\n");
        fifo = Fifos.make(agents.resolve("pipe.md"));
    }

    @Test
    void validateReportsTheFifoAndChecksTheRest() {
        CliRun run = run("validate", dir.toString());

        assertThat(run.out()).contains("pipe.md").contains("not a regular file").contains("1 agent file checked");
        assertThat(run.exitCode()).as("a warning: no tool takes a named pipe for an agent").isZero();
    }

    @Test
    void validateOfTheFifoByNameReportsIt() {
        CliRun run = run("validate", fifo.toString());

        assertThat(run.out() + run.err()).contains("pipe.md").contains("not a regular file").doesNotContain("Exception");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void graphSkipsTheFifo() {
        CliRun run = run("graph", dir.toString());

        assertThat(run.out()).contains("reviewer");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void roundtripCountsTheFifoAsNotRead() {
        CliRun run = run("roundtrip", dir.toString());

        assertThat(run.out()).contains("1 identical, 0 differ, 1 not read").contains("pipe.md").contains("not a regular file");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void roundtripOfTheFifoByNameCountsItAsNotRead() {
        CliRun run = run("roundtrip", fifo.toString());

        assertThat(run.out()).contains("0 identical, 0 differ, 1 not read").contains("not a regular file");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void exportSkipsTheFifo() {
        CliRun run = run("export", dir.toString(), "--target", "gemini", "--out", dir.resolve("out").toString());

        assertThat(run.out()).contains("pipe.md").contains("not a regular file");
        assertThat(dir.resolve("out/.gemini/agents/reviewer.md")).exists();
        assertThat(run.exitCode()).isZero();
    }

    private static CliRun run(String... args) {
        return assertTimeoutPreemptively(SAFETY, () -> CliRun.of(args));
    }
}
