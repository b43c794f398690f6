package io.agentstudio.logic.workspace;

import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the Markdown files of a workspace that may be agents. It follows symlinks (agent folders are often linked
 * in), reports loops and unreadable folders as problems, and skips what is never an agent: VCS and build folders,
 * hidden folders other than the tools' own, and the usual repository documents.
 */
public final class WorkspaceScanner {
    public static final String LOOP_RULE = "workspace-symlink-loop";
    public static final String UNREADABLE_RULE = "workspace-unreadable";
    public static final String NOT_REGULAR_RULE = "workspace-not-regular-file";
    public static final String LINKED_OUTSIDE_RULE = "workspace-link-outside";

    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", ".agent-studio");
    private static final Set<String> REPOSITORY_DOCUMENTS = Set.of("readme", "license", "changelog", "contributing");
    private static final int LONGEST_DOCUMENT = "contributing".length();

    /**
     * The candidate files (sorted), the problems met while walking, and what the walk saw on the way for the studio's
     * own housekeeping: the folders it listed and the files named like the atomic writer's temporary files; and the
     * walk itself.
     */
    public record Scan(List<Path> files, List<Problem> problems, List<Path> folders, List<Path> tempFiles, Walk walk) {
    }

    /**
     * What the walk met, in the order it met it: every candidate file (a linked-in duplicate too) with its attributes
     * as the walk read them, and the problems. It tells whether anything changed without a file being statted again
     * or the files being sorted: the validation cache's fingerprint is made of it.
     */
    public record Walk(List<Seen> seen, List<Problem> problems) {
    }

    /**
     * A candidate file as the walk met it.
     *
     * @param folder     the folder it was listed in: one object for all the files of a folder, so a new folder is told
     *                   by identity (a cache hit looks at every file, mostly interpreted); null for a root that is a file
     * @param name       its name
     * @param attributes its attributes (its target's, for a link that resolves)
     * @param link       whether the path is a link itself
     */
    public record Seen(Path file, Path folder, String name, BasicFileAttributes attributes, boolean link) {
    }

    private WorkspaceScanner() {
    }

    public static Scan scan(Path root) throws IOException {
        Walked walked = walked(root, true);
        walked.files().sort(null);
        return new Scan(withoutLinkedDuplicates(root, walked.files(), walked.sharedKeys()), walked.walk().problems(),
                walked.folders(), walked.tempFiles(), walked.walk());
    }

    /** The walk alone, files unsorted: all that a look for changes needs. */
    public static Walk walk(Path root) throws IOException {
        return walked(root, false).walk();
    }

    /**
     * Everything the walk collects, before the files are sorted and linked-in duplicates dropped.
     *
     * @param sharedKeys the paths of each file reached by more than one path (through links), by its file key
     */
    private record Walked(List<Path> files, Walk walk, List<Path> folders, List<Path> tempFiles,
                          Map<Object, List<Path>> sharedKeys) {
    }

    /**
     * The walk, and with {@code forScan} what only a scan needs: the candidate files, the folders, the temporary files
     * and the files reached by more than one path.
     */
    private static Walked walked(Path root, boolean forScan) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        List<Path> tempFiles = new ArrayList<>();
        Map<Object, Path> firstByKey = new HashMap<>();
        Map<Object, List<Path>> sharedKeys = new HashMap<>();
        List<Path> linkedFolders = new ArrayList<>();
        List<Seen> seen = new ArrayList<>();
        FollowingWalk.walk(root, new FollowingWalk.Visitor() {
            @Override
            public boolean folder(Path dir, boolean link) {
                if (!dir.equals(root) && !isScannedFolder(dir)) {
                    return false;
                }
                if (!dir.equals(root) && link) {
                    linkedFolders.add(dir);
                }
                folders.add(dir);
                return true;
            }

            @Override
            public void file(Path folder, Path file, BasicFileAttributes attrs, boolean link) {
                // The attributes are the link target's; a link's own only when it dangles, which the loader reports.
                String name = file.getFileName().toString();
                boolean candidate = isCandidate(file, name);
                if (candidate && !attrs.isRegularFile() && !attrs.isSymbolicLink()) {
                    problems.add(notRegular(file));
                } else if (AtomicFileWriter.isTempFileName(name)) {
                    tempFiles.add(file);
                } else if (candidate) {
                    if (forScan) {
                        files.add(file);
                        // Without a file key (some file systems) a path only stands for itself.
                        Object key = attrs.fileKey() != null ? attrs.fileKey() : file;
                        Path first = firstByKey.putIfAbsent(key, file);
                        if (first != null) {
                            sharedKeys.computeIfAbsent(key, k -> new ArrayList<>(List.of(first))).add(file);
                        }
                    }
                    seen.add(new Seen(file, folder, name, attrs, link));
                    // Plain code rather than streams and lambdas here: this runs for every file, mostly interpreted.
                    if (link || inAny(linkedFolders, file)) {
                        Optional<Problem> outside = linkedOutside(root, file);
                        if (outside.isPresent()) {
                            problems.add(outside.get());
                        }
                    }
                }
            }

            @Override
            public void failed(Path file, IOException e) {
                if (e instanceof FileSystemLoopException) {
                    problems.add(new Problem(LOOP_RULE, Severity.WARNING,
                            "This symbolic link points back into a folder that contains it; the studio does not follow it.",
                            file, 0, 0, null));
                } else if (isCandidate(file) || Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    problems.add(new Problem(UNREADABLE_RULE, Severity.ERROR,
                            "Cannot be read (" + describe(e) + "); check its permissions.", file, 0, 0, null));
                }
            }
        });
        return new Walked(files, new Walk(seen, problems), folders, tempFiles, sharedKeys);
    }

    /**
     * A folder linked into the workspace (say {@code .claude/agents -> ../agents}) makes one file reachable by two
     * paths. Loading it twice would show every agent twice, each with a duplicate-name problem, and an edit through
     * one would leave the other stale. Paths to the same file (same file key, which the walk gives for the link's
     * target) are one agent when they are in the same dialect; the first path in sorted order stays, which puts the
     * tools' own dot-folders first. The same file linked into two tools' folders stays once per tool.
     */
    private static List<Path> withoutLinkedDuplicates(Path root, List<Path> sortedFiles, Map<Object, List<Path>> sharedKeys) {
        if (sharedKeys.isEmpty()) {
            return sortedFiles; // every file reached once: the usual case, decided without looking at a path
        }
        Set<Path> dropped = new HashSet<>();
        for (List<Path> paths : sharedKeys.values()) {
            paths.sort(null);
            Set<Object> dialects = new HashSet<>();
            for (Path path : paths) {
                if (!dialects.add(DialectLocator.dialectOf(root.relativize(path)).map(Object.class::cast).orElse("none"))) {
                    dropped.add(path);
                }
            }
        }
        return dropped.isEmpty() ? sortedFiles : sortedFiles.stream().filter(p -> !dropped.contains(p)).toList();
    }

    private static boolean inAny(List<Path> folders, Path file) {
        for (Path folder : folders) {
            if (file.startsWith(folder)) {
                return true;
            }
        }
        return false;
    }

    /** False for folders that never hold agents: hidden ones other than the tools', and build or VCS folders. */
    static boolean isScannedFolder(Path dir) {
        String name = dir.getFileName().toString();
        boolean hidden = name.startsWith(".") && !DialectLocator.TOOL_FOLDERS.contains(name);
        return !SKIPPED_FOLDERS.contains(name) && !hidden;
    }

    static boolean isCandidate(Path file) {
        return isCandidate(file, file.getFileName().toString());
    }

    /**
     * {@code name} is the file's name. Only ".md" is compared without case (no other character lower-cases to one of
     * its three), and only a stem as long as a repository document's is lower-cased: this runs for every file a scan
     * meets, mostly interpreted, and most stems are longer.
     */
    private static boolean isCandidate(Path file, String name) {
        int stemLength = name.length() - 3;
        if (stemLength < 0 || !name.regionMatches(true, stemLength, ".md", 0, 3)
                || name.startsWith(".") && !inAgentsFolder(file)) {
            return false;
        }
        return stemLength > LONGEST_DOCUMENT || !REPOSITORY_DOCUMENTS.contains(name.substring(0, stemLength).toLowerCase(Locale.ROOT));
    }

    /** Claude Code loads a hidden file in its agents folder like any other, so the studio shows it. */
    private static boolean inAgentsFolder(Path file) {
        Path folder = file.getParent();
        return folder != null && folder.getFileName() != null && folder.getFileName().toString().equals("agents");
    }

    /**
     * The problem of a file that is not a regular file (a named pipe, a socket, a device): such a file is never opened,
     * as opening a named pipe for reading waits for a writer, for ever if none comes.
     */
    public static Problem notRegular(Path file) {
        return new Problem(NOT_REGULAR_RULE, Severity.WARNING,
                "This is not a regular file (but a named pipe, socket or device); skipped: the studio reads only regular files.",
                file, 0, 0, null);
    }

    /** The problem of a path that exists but is neither a regular file nor a folder (links followed); empty otherwise. */
    public static Optional<Problem> notRegularFile(Path path) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        return attributes.isRegularFile() || attributes.isDirectory() ? Optional.empty() : Optional.of(notRegular(path));
    }

    /**
     * An agent reached through a symbolic link that leads out of the workspace: shown and checked, but never written
     * (see {@link WorkspaceBounds}), which the user should learn before editing it rather than at the save.
     */
    private static Optional<Problem> linkedOutside(Path root, Path file) {
        try {
            return WorkspaceBounds.outside(root, file).map(real -> new Problem(LINKED_OUTSIDE_RULE, Severity.INFO,
                    "This agent is a symbolic link to " + real + ", outside the workspace: the studio shows and checks it"
                            + " but does not save it here, nor do set, unset, link and rename. Edit " + real + " itself.",
                    file, 0, 0, null));
        } catch (IOException e) {
            return Optional.empty(); // a link that cannot be resolved is reported when the loader reads it
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
