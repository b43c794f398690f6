package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a file the workspace does not have yet, as a quick fix or a template does: all of it or nothing (a temporary
 * file moved into place), never over a file that is there, and never through a symbolic link out of the workspace.
 */
public final class NewWorkspaceFile {
    private NewWorkspaceFile() {
    }

    /** @return false when a file was there already (nothing was written) */
    public static boolean create(Path workspaceRoot, Path relative, byte[] bytes) throws IOException {
        Path root = workspaceRoot.toAbsolutePath().normalize();
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException(relative + " is not inside the workspace " + root);
        }
        if (WorkspaceBounds.outside(root, file).isPresent()) {
            throw new IllegalArgumentException(relative + " leads out of the workspace through a symbolic link; nothing was written.");
        }
        Files.createDirectories(file.getParent());
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(file, bytes)) {
            return pending.commitNew();
        }
    }
}
