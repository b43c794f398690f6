package io.agentstudio.logic.export;

import io.agentstudio.logic.workspace.PortableFileNames;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Keeps an export inside its destination. A file's path is built from names the workspace chose (an agent's name
 * becomes a file name), so every part is checked: no {@code ..}, no separators, nothing absolute, no name that
 * Windows reserves or that a file system mangles, and no symbolic link on the way that leads out of the folder.
 */
public final class SafePaths {
    private SafePaths() {
    }

    /** Why {@code path} (relative, {@code /} separators) may not be written, or empty when it may. */
    public static Optional<String> problem(String path) {
        if (path.isEmpty()) {
            return Optional.of("an empty file name");
        }
        if (path.startsWith("/") || path.startsWith("\\") || path.matches("^[A-Za-z]:.*")) {
            return Optional.of("`" + path + "` is an absolute path; the export writes only inside the chosen folder");
        }
        for (String part : path.split("/", -1)) {
            Optional<String> problem = PortableFileNames.problem(part);
            if (problem.isPresent()) {
                return Optional.of("`" + path + "`: " + problem.get());
            }
        }
        return Optional.empty();
    }

    /**
     * The file {@code path} names inside {@code root} (a real path, links resolved), or why it may not be written
     * there: a folder on the way that is a symbolic link leading out of {@code root}, or a file that is itself a link
     * (replacing it would either follow it or destroy it).
     */
    public static Resolved resolveInside(Path root, String path) throws IOException {
        Optional<String> problem = problem(path);
        if (problem.isPresent()) {
            return new Resolved(null, problem.get());
        }
        Path current = root;
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length; i++) {
            current = current.resolve(parts[i]);
            boolean last = i == parts.length - 1;
            if (Files.isSymbolicLink(current)) {
                if (last) {
                    return new Resolved(null, "`" + path + "` is a symbolic link in the destination; the export does not replace links");
                }
                Path target = Files.exists(current) ? current.toRealPath() : null;
                if (target == null || !target.startsWith(root)) {
                    return new Resolved(null, "`" + root.relativize(current).toString().replace('\\', '/')
                            + "` is a symbolic link leading out of the destination; the export does not follow it");
                }
            } else if (!last && Files.exists(current, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
                return new Resolved(null, "`" + root.relativize(current).toString().replace('\\', '/')
                        + "` is a file where the export needs a folder");
            }
        }
        if (Files.isDirectory(current, LinkOption.NOFOLLOW_LINKS)) {
            return new Resolved(null, "`" + path + "` is a folder where the export writes a file");
        }
        return new Resolved(current, "");
    }

    /** A destination file, or why it cannot be written. */
    public record Resolved(Path file, String problem) {
        public boolean ok() {
            return file != null;
        }
    }
}
