package io.agentstudio.logic.export;

import io.agentstudio.testing.SlowTest;
import io.agentstudio.testing.KillableChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Acceptance test for the export's commit: a child JVM exports two versions of a workspace alternately (with
 * --clean, so files are created, changed and removed) and is killed (SIGKILL: no shutdown hooks, no finally blocks)
 * at random moments. After the studio's recovery the destination must hold exactly one whole export, manifest
 * included, and no staging folder.
 */
@SlowTest
class ExportKillTest {
    private static final int ROUNDS = 12;
    private static final int OWN_AGENTS = 24;
    private static final long SEED = Long.getLong("killtest.seed", System.nanoTime());

    @TempDir
    Path temp;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aKilledExportIsCompletedOrDiscardedNeverLeftHalfWritten() throws Exception {
        Path reference = temp.resolve("reference");
        ExportVersions.write(reference.resolve("ws"), 'A', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(reference.resolve("ws"), reference.resolve("out")), ExportProgress.NONE);
        Map<String, String> a = ExportVersions.files(reference.resolve("out"));
        ExportVersions.write(reference.resolve("ws"), 'B', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(reference.resolve("ws"), reference.resolve("out")), ExportProgress.NONE);
        Map<String, String> b = ExportVersions.files(reference.resolve("out"));

        Path workspace = temp.resolve("ws");
        Path destination = temp.resolve("out");
        ExportVersions.write(workspace, 'A', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        Random random = new Random(SEED);
        int midCommit = 0;
        int sawA = 0;
        int sawB = 0;

        for (int round = 1; round <= ROUNDS; round++) {
            KillableChild.startReady(round, ExportLoop.class, workspace.toString(), destination.toString(),
                    String.valueOf(OWN_AGENTS)).killAfter(30 + random.nextInt(900), round);
            if (ExportVersions.stagingFolders(destination) > 0) {
                midCommit++;
            }

            List<String> notes = ExportFixture.service().recoverInterrupted(workspace);

            Map<String, String> now = ExportVersions.files(destination);
            if (now.equals(a)) {
                sawA++;
            } else if (now.equals(b)) {
                sawB++;
            } else {
                fail("Round %d (seed %d): the destination holds neither export A nor export B after recovery (%s); files: %s",
                        round, SEED, notes, now.keySet());
            }
            assertThat(ExportVersions.stagingFolders(destination)).as("staging folders after round %d (seed %d; %s)", round, SEED, notes)
                    .isZero();
        }

        System.out.printf("Export kill test (seed %d): %d rounds, %d killed mid-commit, destination held A %d and B %d times%n",
                SEED, ROUNDS, midCommit, sawA, sawB);
        // The last kill may have cut the child's rewrite of the workspace itself short (a plain test write, half an
        // agent file): the export after the kills starts from a whole version, as a user's next export would.
        ExportVersions.write(workspace, 'A', OWN_AGENTS);
        ExportReport next = ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        assertThat(next.outcome()).as(ExportReportText.render(next)).isIn(ExportReport.Outcome.WRITTEN, ExportReport.Outcome.UNCHANGED);
        assertThat(ExportVersions.files(destination)).isEqualTo(a);
    }

}
