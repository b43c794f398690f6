package io.agentstudio.logic.graph;

import io.agentstudio.testing.SlowTest;
import io.agentstudio.logic.workspace.EditJournal;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.testing.KillableChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The kill test for an edit of several files: a child JVM renames an agent named in six large files back and forth
 * and is killed (SIGKILL) at random moments. After each kill, recovery (what the next command or the next start of
 * the studio runs) must leave the workspace wholly as before or wholly as after the rename, never half renamed.
 */
@SlowTest
class RenameKillTest {
    private static final int ROUNDS = 25;
    private static final long SEED = Long.getLong("killtest.seed", System.nanoTime());

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 240, unit = TimeUnit.SECONDS)
    void aKilledRenameIsCompletedOrRolledBackNeverHalfDone() throws Exception {
        RenameLoop.create(dir);
        Map<String, String> before = files();
        Workspace loaded = WorkspaceLoader.load(dir);
        new GraphEditWriter().write(loaded, new GraphEditor(loaded).rename(RenameLoop.OLD, RenameLoop.NEW));
        Map<String, String> after = files();
        Workspace renamed = WorkspaceLoader.load(dir);
        new GraphEditWriter().write(renamed, new GraphEditor(renamed).rename(RenameLoop.NEW, RenameLoop.OLD));
        assertThat(files()).as("the rename there and back gives the workspace back").isEqualTo(before);

        Random random = new Random(SEED);
        int sawBefore = 0;
        int sawAfter = 0;
        int recovered = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            KillableChild.startReady(round, RenameLoop.class, dir.toString()).killAfter(20 + random.nextInt(600), round);

            Optional<EditJournal.Recovery> recovery = EditJournal.recover(dir);
            if (recovery.isPresent()) {
                recovered++;
                assertThat(recovery.get().leftAlone()).isEmpty();
            }
            Map<String, String> now = files();
            if (now.equals(before)) {
                sawBefore++;
            } else if (now.equals(after)) {
                sawAfter++;
            } else {
                fail("Round %d (seed %d): the workspace is half renamed: %s", round, SEED, differences(now, before, after));
            }
        }
        System.out.printf("Rename kill test (seed %d): %d rounds, old names %d times, new names %d times, %d interrupted"
                + " edit(s) recovered%n", SEED, ROUNDS, sawBefore, sawAfter, recovered);
    }

    /** The files that are neither as before nor as after. */
    private static List<String> differences(Map<String, String> now, Map<String, String> before, Map<String, String> after) {
        TreeMap<String, String> all = new TreeMap<>(now);
        before.forEach(all::putIfAbsent);
        after.forEach(all::putIfAbsent);
        return all.keySet().stream().map(f -> f + (now.containsKey(f) ? "" : " (missing)")
                + (java.util.Objects.equals(now.get(f), before.get(f)) ? " old" : java.util.Objects.equals(now.get(f), after.get(f)) ? " new" : " other"))
                .toList();
    }

    /** Every file of the workspace but the studio's own state and the writers' temporary files. */
    private Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path agents = dir.resolve(".claude/agents");
        try (Stream<Path> list = Files.list(agents)) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".md")).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

}
