package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a write really lands. A workspace may hold symbolic links (an agent file or a whole agents folder kept
 * elsewhere); the studio's own edits never write outside the workspace through one. Links are resolved: of a file
 * that does not exist yet, its nearest existing folder is.
 */
public final class WorkspaceBounds {

    private WorkspaceBounds() {
    }

    /** The real place {@code path} leads to when that is outside {@code root}'s real place; empty when it is inside. */
    public static Optional<Path> outside(Path root, Path path) throws IOException {
        Path realRoot = root.toRealPath();
        Path existing = path.toAbsolutePath().normalize();
        Path rest = existing.getFileSystem().getPath("");
        while (existing != null && !Files.exists(existing)) {
            rest = existing.getFileName().resolve(rest);
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.empty();
        }
        Path real = existing.toRealPath().resolve(rest).normalize();
        return real.startsWith(realRoot) ? Optional.empty() : Optional.of(real);
    }
}
