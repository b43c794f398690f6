package io.agentstudio.cli;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

@CorpusTest
class RoundtripCommandTest {

    @Test
    void reportsEveryCorpusFileIdentical() {
        Path corpus = SharedFiles.corpus();

        CliRun run = CliRun.of("roundtrip", corpus.toString());

        assertThat(run.out()).contains("343 identical, 0 differ");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void takesFilesAndFoldersTogether(@TempDir Path dir) throws IOException {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(agents.resolve("a.md"), "---\nname: a\ndescription: A\n---\nBody\n");
        Path loose = Files.writeString(dir.resolve("loose.txt"), "no frontmatter at all");

        CliRun run = CliRun.of("roundtrip", dir.toString(), loose.toString());

        assertThat(run.out()).contains("2 identical, 0 differ");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void countsFilesThatCannotBeReadAndFails(@TempDir Path dir) throws IOException {
        Path agents = Files.createDirectories(dir.resolve("agents"));
        Files.write(agents.resolve("dump.md"), new byte[] {'-', '-', '-', 0, 1, 2});

        CliRun run = CliRun.of("roundtrip", dir.toString());

        assertThat(run.out()).contains("0 identical, 0 differ, 1 not read").contains("dump.md");
        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void exitsWithTwoAndOneLineForAMissingPath(@TempDir Path dir) {
        CliRun run = CliRun.of("roundtrip", dir.resolve("nowhere").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).doesNotContain("\n").contains("nowhere: no such file or folder");
    }

    @Test
    void printsHelp() {
        CliRun run = CliRun.of("roundtrip", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: agent-studio roundtrip").contains("PATH");
    }
}
