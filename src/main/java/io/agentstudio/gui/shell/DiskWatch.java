package io.agentstudio.gui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

/** Starts watching a workspace for changes on disk; an interface so ViewModel tests run without a file watcher. */
@FunctionalInterface
public interface DiskWatch {

    /** {@code onChanges} runs on a background thread with the changed agent files; close the result to stop. */
    AutoCloseable watch(Path root, Consumer<Set<Path>> onChanges) throws IOException;
}
