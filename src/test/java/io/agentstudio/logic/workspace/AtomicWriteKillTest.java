package io.agentstudio.logic.workspace;

import io.agentstudio.testing.SlowTest;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.testing.KillableChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Acceptance test for crash safety: a child JVM saves two large contents alternately and is killed (SIGKILL, no
 * shutdown hooks, no finally blocks) at random moments. After every kill the file must hold exactly one of the two
 * contents, never a truncated or mixed file, and what a kill leaves behind must never be taken for an agent.
 */
@SlowTest
class AtomicWriteKillTest {
    private static final int ROUNDS = 25;
    private static final long SEED = Long.getLong("killtest.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void aKilledWriterLeavesEitherTheOldOrTheNewContentNeverAMix() throws Exception {
        byte[] a = AtomicWriteLoop.content('A', 3 * 1024 * 1024 + 17);
        byte[] b = AtomicWriteLoop.content('B', 2 * 1024 * 1024 + 389);
        Path folder = Files.createDirectories(dir.resolve(".claude/agents"));
        Path target = folder.resolve("contended.md");
        Files.write(target, a);
        Random random = new Random(SEED);
        int stale = 0;
        int sawA = 0;
        int sawB = 0;

        for (int round = 1; round <= ROUNDS; round++) {
            KillableChild.startReady(round, AtomicWriteLoop.class, target.toString()).killAfter(20 + random.nextInt(400), round);

            byte[] now = Files.readAllBytes(target);
            if (Arrays.equals(now, a)) {
                sawA++;
            } else if (Arrays.equals(now, b)) {
                sawB++;
            } else {
                fail("Round %d (seed %d): the file holds %d bytes that are neither A (%d bytes) nor B (%d bytes)",
                        round, SEED, now.length, a.length, b.length);
            }
            int temps = tempFiles(folder).size();
            assertThat(temps).as("stale temporary files after round %d: at most one per kill", round).isLessThanOrEqualTo(stale + 1);
            stale = temps;
        }

        System.out.printf("Kill test (seed %d): %d rounds, file held A %d times and B %d times, %d kill(s) mid-write left a"
                + " temporary file%n", SEED, ROUNDS, sawA, sawB, stale);
        assertThat(folder).isDirectoryContaining(p -> p.equals(target));
        assertThat(tempFiles(folder)).allSatisfy(temp -> assertThat(AtomicFileWriter.isTempFileName(temp.getFileName().toString()))
                .as("%s is a hidden writer temp file", temp).isTrue());

        Workspace workspace = WorkspaceLoader.load(dir);
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.agents()).singleElement().satisfies(agent -> {
            assertThat(agent.path()).isEqualTo(target);
            assertThat(AgentFileParser.toBytes(agent.document())).satisfiesAnyOf(
                    bytes -> assertThat(bytes).isEqualTo(a), bytes -> assertThat(bytes).isEqualTo(b));
        });

        assertThat(AtomicFileWriter.deleteStaleTempFiles(folder, Duration.ZERO)).isEqualTo(stale);
        assertThat(tempFiles(folder)).isEmpty();
        assertThat(Files.readAllBytes(target)).satisfiesAnyOf(bytes -> assertThat(bytes).isEqualTo(a),
                bytes -> assertThat(bytes).isEqualTo(b));
    }



    private static List<Path> tempFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> !p.getFileName().toString().equals("contended.md")).toList();
        }
    }
}
