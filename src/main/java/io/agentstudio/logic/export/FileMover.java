package io.agentstudio.logic.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves one file into (or out of) the destination in one step. The commit moves every file through this, so a test
 * can make it fail halfway and see the destination restored.
 */
@FunctionalInterface
public interface FileMover {
    /** Renames within one file system, atomically, replacing what is at {@code target}. */
    FileMover ATOMIC = (source, target) -> Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    void move(Path source, Path target) throws IOException;
}
