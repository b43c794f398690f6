package io.agentstudio.logic.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps an export inside its destination. A file's path is built from names the workspace chose (an agent's name
 * becomes a file name), so every part is checked: no {@code ..}, no separators, nothing absolute, no name that
 * Windows reserves or that a file system mangles, and no symbolic link on the way that leads out of the folder.
 */
public final class SafePaths {
    /** Windows refuses these as file names whatever the extension; a repository holding one cannot be checked out there. */
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
            "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");
    private static final Pattern FORBIDDEN = Pattern.compile("[<>:\"|?*\\\\/\\x00-\\x1F\\x7F]");
    private static final int MAX_NAME_BYTES = 255;

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
            Optional<String> problem = nameProblem(part);
            if (problem.isPresent()) {
                return Optional.of("`" + path + "`: " + problem.get());
            }
        }
        return Optional.empty();
    }

    /** Why one file or folder name may not be used, or empty. */
    public static Optional<String> nameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("a name is empty");
        }
        if (name.equals(".") || name.equals("..")) {
            return Optional.of("`" + name + "` would leave the folder");
        }
        if (name.contains("/") || name.contains("\\")) {
            return Optional.of("`" + name + "` holds a path separator and would write into another folder");
        }
        if (FORBIDDEN.matcher(name).find()) {
            return Optional.of("`" + name + "` holds a character that file systems refuse (<>:\"|?* or a control character)");
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (RESERVED.contains(stem.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("`" + name + "` is a reserved file name on Windows");
        }
        if (name.endsWith(".") || name.endsWith(" ") || name.startsWith(" ")) {
            return Optional.of("`" + name + "` starts or ends with a blank or ends with a dot, which Windows drops");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return Optional.of("the name is longer than file systems allow (255 bytes)");
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
