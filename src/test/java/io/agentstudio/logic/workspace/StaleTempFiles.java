package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A folder with what killed saves leave (temporary files of the studio's naming, two hours old), a save in progress
 * (one just made) and the user's own files named much like them, old too: only the first may be deleted.
 */
record StaleTempFiles(List<Path> stale, List<Path> kept) {

    static StaleTempFiles in(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Path> stale = List.of(old(folder.resolve(".agent.md.agent-studio-3k9x1a.tmp")),
                old(folder.resolve(".other.md.agent-studio-1y2p0ij32e8e7.tmp")));
        List<Path> kept = List.of(Files.writeString(folder.resolve(".agent.md.agent-studio-5qz2w.tmp"), "a save in progress"),
                old(folder.resolve(".agent-studio-notes.tmp")),
                old(folder.resolve(".agent.md.agent-studio-my-copy.tmp")),
                old(folder.resolve("agent.md.agent-studio-3k9x1a.tmp")),
                old(folder.resolve(".agent.md.agent-studio-3k9x1a.tmp.bak")));
        return new StaleTempFiles(stale, kept);
    }

    private static Path old(Path file) throws IOException {
        Files.writeString(file, "left behind");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        return file;
    }

    void assertOnlyTheStaleOnesAreGone() {
        assertThat(stale).allSatisfy(file -> assertThat(file).doesNotExist());
        assertThat(kept).allSatisfy(file -> assertThat(file).exists());
    }
}
