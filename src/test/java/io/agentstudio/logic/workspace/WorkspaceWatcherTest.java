package io.agentstudio.logic.workspace;

import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** What the watcher reports: agent files, and the studio's own files such as the rules file. */
class WorkspaceWatcherTest {
    @TempDir
    Path root;
    private final Set<Path> reported = ConcurrentHashMap.newKeySet();

    private boolean eventually(Path file) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> reported.contains(file));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    @SuppressWarnings("try") // the watcher only has to run during the block
    @Test
    void aChangedRulesFileIsReportedLikeAnAgentFile() throws Exception {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        Path rules = Files.createDirectories(root.resolve(".agent-studio")).resolve("rules.yaml");
        try (WorkspaceWatcher watcher = WorkspaceWatcher.start(root, Duration.ofMillis(50), reported::addAll)) {
            Files.writeString(agents.resolve("reviewer.md"), "---\nname: reviewer\n---\n");
            Files.writeString(rules, "rules:\n  key-unknown: off\n");

            assertThat(eventually(agents.resolve("reviewer.md").toAbsolutePath().normalize())).isTrue();
            assertThat(eventually(rules.toAbsolutePath().normalize())).isTrue();
        }
    }

    @SuppressWarnings("try") // the watcher only has to run during the block
    @Test
    void aRulesFileInAStudioFolderCreatedLaterIsReported() throws Exception {
        try (WorkspaceWatcher watcher = WorkspaceWatcher.start(root, Duration.ofMillis(50), reported::addAll)) {
            Path folder = Files.createDirectories(root.resolve(".agent-studio"));
            // The folder is watched once its creation is seen; a file written before that is found by walking it.
            Path rules = folder.resolve("rules.yaml");
            Files.writeString(rules, "rules: {}\n");

            assertThat(eventually(rules.toAbsolutePath().normalize())).isTrue();
        }
    }

    @SuppressWarnings("try") // the watcher only has to run during the block
    @Test
    void otherHiddenFoldersStayUnwatched() throws IOException, InterruptedException {
        Path git = Files.createDirectories(root.resolve(".git"));
        try (WorkspaceWatcher watcher = WorkspaceWatcher.start(root, Duration.ofMillis(50), reported::addAll)) {
            Files.writeString(git.resolve("config.yaml"), "x: 1\n");
            Files.writeString(root.resolve("notes.md"), "---\nname: notes\n---\n");

            assertThat(eventually(root.resolve("notes.md").toAbsolutePath().normalize())).isTrue();
            assertThat(reported).doesNotContain(git.resolve("config.yaml").toAbsolutePath().normalize());
        }
    }
}
