package io.agentstudio.logic.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An export stopped dead at each stage of its commit (an Error thrown from a file move, which no catch block sees,
 * as a kill would) is finished by the next export or the studio's start: before the journal is in place nothing was
 * touched and the staging folder goes; from then on the export is completed.
 */
class ExportCommitStagesTest {
    private static final int OWN_AGENTS = 3;

    @TempDir
    Path temp;

    /** A kill: not an IOException or RuntimeException, so the commit cannot roll it back in process. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

        Killed() {
            super("killed", null, false, false);
        }
    }

    private record Versions(Map<String, String> a, Map<String, String> b) {
    }

    private Versions reference() throws IOException {
        Path workspace = temp.resolve("reference/ws");
        Path destination = temp.resolve("reference/out");
        ExportVersions.write(workspace, 'A', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        Map<String, String> a = ExportVersions.files(destination);
        ExportVersions.write(workspace, 'B', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        return new Versions(a, ExportVersions.files(destination));
    }

    /** Exports A, then B with a mover that kills the process at its {@code killAt}-th move; returns the moves made. */
    private int exportKilledAt(Path workspace, Path destination, int killAt) throws IOException {
        ExportVersions.write(workspace, 'A', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        ExportVersions.write(workspace, 'B', OWN_AGENTS);
        AtomicInteger moves = new AtomicInteger();
        FileMover killing = (source, target) -> {
            if (moves.incrementAndGet() == killAt) {
                throw new Killed();
            }
            FileMover.ATOMIC.move(source, target);
        };
        assertThatThrownBy(() -> ExportFixture.service(killing).run(ExportVersions.request(workspace, destination), ExportProgress.NONE))
                .isInstanceOf(Killed.class);
        return moves.get();
    }

    @Test
    void killedBeforeTheJournalIsInPlaceTheDestinationIsUntouchedAndTheStagingFolderGoes() throws IOException {
        Versions versions = reference();
        Path workspace = temp.resolve("ws");
        Path destination = temp.resolve("out");

        exportKilledAt(workspace, destination, 1);

        assertThat(ExportVersions.files(destination)).isEqualTo(versions.a());
        assertThat(ExportVersions.stagingFolders(destination)).isEqualTo(1);
        List<String> notes = ExportFixture.service().recoverInterrupted(workspace);

        assertThat(notes).isEmpty();
        assertThat(ExportVersions.files(destination)).isEqualTo(versions.a());
        assertThat(ExportVersions.stagingFolders(destination)).isZero();
    }

    @Test
    void killedAtEveryMoveAfterTheJournalTheExportIsCompletedAtTheStudiosStart() throws IOException {
        Versions versions = reference();
        int moves = 1 + versions.b().size(); // the journal, then B's files (the removals of A's own are no moves)
        for (int killAt = 2; killAt <= moves; killAt++) {
            Path workspace = temp.resolve("ws-" + killAt);
            Path destination = temp.resolve("out-" + killAt);
            exportKilledAt(workspace, destination, killAt);
            assertThat(ExportVersions.files(destination)).as("kill at move %d", killAt).isNotEqualTo(versions.b());

            List<String> notes = ExportFixture.service().recoverInterrupted(workspace);

            assertThat(ExportVersions.files(destination)).as("kill at move %d", killAt).isEqualTo(versions.b());
            assertThat(ExportVersions.stagingFolders(destination)).isZero();
            assertThat(notes).singleElement().satisfies(note -> assertThat(note).contains("completed"));
            assertThat(ExportFixture.service().recoverInterrupted(workspace)).isEmpty();
        }
    }

    @Test
    void theNextExportIntoTheFolderFinishesAnInterruptedOneFirst() throws IOException {
        Versions versions = reference();
        Path workspace = temp.resolve("ws");
        Path destination = temp.resolve("out");
        exportKilledAt(workspace, destination, 3);

        ExportReport next = ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);

        assertThat(next.notes()).anySatisfy(note -> assertThat(note).contains("interrupted").contains("completed"));
        assertThat(next.outcome()).isEqualTo(ExportReport.Outcome.UNCHANGED);
        assertThat(ExportVersions.files(destination)).isEqualTo(versions.b());
        assertThat(ExportVersions.stagingFolders(destination)).isZero();
    }

    @Test
    void aCommitRunningInThisProcessIsNotTakenForAnInterruptedOne() throws IOException {
        Versions versions = reference();
        Path workspace = temp.resolve("ws");
        Path destination = temp.resolve("out");
        ExportVersions.write(workspace, 'A', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        ExportVersions.write(workspace, 'B', OWN_AGENTS);
        AtomicInteger moves = new AtomicInteger();
        FileMover recoveringMidway = (source, target) -> {
            if (moves.incrementAndGet() == 3) {
                assertThat(ExportCommit.recover(destination)).isEmpty();
                assertThat(ExportVersions.stagingFolders(destination)).isEqualTo(1);
            }
            FileMover.ATOMIC.move(source, target);
        };

        ExportFixture.service(recoveringMidway).run(ExportVersions.request(workspace, destination), ExportProgress.NONE);

        assertThat(ExportVersions.files(destination)).isEqualTo(versions.b());
        assertThat(ExportVersions.stagingFolders(destination)).isZero();
    }

    @Test
    void aFileChangedBySomeoneElseBeforeTheRecoveryIsLeftAndSaidSo() throws IOException {
        reference();
        Path workspace = temp.resolve("ws");
        Path destination = temp.resolve("out");
        exportKilledAt(workspace, destination, 2);
        Path shared = destination.resolve(".claude/agents/shared.md");
        Files.writeString(shared, "edited by hand meanwhile\n");

        List<String> notes = ExportFixture.service().recoverInterrupted(workspace);

        assertThat(shared).hasContent("edited by hand meanwhile");
        assertThat(notes).singleElement().satisfies(note -> assertThat(note).contains("shared.md").contains("changed by someone else"));
    }

    @Test
    void aStagingFolderWhoseDeletionWasCutShortIsRemovedAndTheDestinationLeftAsItIs() throws IOException {
        Versions versions = reference();
        Path workspace = temp.resolve("ws");
        Path destination = temp.resolve("out");
        ExportVersions.write(workspace, 'A', OWN_AGENTS);
        ExportFixture.service().run(ExportVersions.request(workspace, destination), ExportProgress.NONE);
        ExportFixture.write(destination.resolve(ExportCommit.STAGING_PREFIX + "cut/new/.claude/agents/shared.md"), "half deleted\n");
        Files.createDirectories(destination.resolve(ExportCommit.STAGING_PREFIX + "empty"));

        assertThat(ExportCommit.recover(destination)).isEmpty();

        assertThat(ExportVersions.stagingFolders(destination)).isZero();
        assertThat(ExportVersions.files(destination)).isEqualTo(versions.a());
    }
}
