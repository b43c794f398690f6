package io.agentstudio.logic.validation.cache;

import io.agentstudio.logic.parallel.ParallelMap;
import io.agentstudio.logic.validation.RuleSettingsFile;
import io.agentstudio.logic.workspace.ClaudeSettingsLocation;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Problem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Everything a workspace's validation result depends on, as one key: the studio's build, the workspace's rule
 * settings, and every file the scan finds, by path and content (two independent 32-bit checksums and the length, so
 * an edit that leaves all three alike is not a practical concern), with the scan's own problems. Since every file is
 * in the key, a change to one agent invalidates the results of the agents that refer to it too.
 *
 * <p>Reading every byte again is most of a cached run's time, so the files' stats are hashed too, as git's index
 * keeps them: when no file's size, modification time or identity changed since the last fingerprint, its content key
 * stands without a file being read; when some did, only those are read again. Like git, a file modified within
 * {@link #RACY_NANOS} of the moment the last fingerprint read it is read again: an edit in the same clock tick as
 * that reading would otherwise leave its time unchanged.
 */
public final class WorkspaceFingerprint {
    private static final int FORMAT = 4;
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** One file as last seen: what its stat said, and its content in a few bytes. */
    public record FileDigest(long size, long modified, String identity, String content) {
    }

    /**
     * A fingerprint and what it was made of.
     *
     * @param key     the content key: equal keys, equal validation results
     * @param statKey the hash of every file's stat, which tells whether {@code key} can stand without reading
     * @param takenAt when the files' contents were last read, in nanoseconds of the epoch
     * @param files   each file by its path in the workspace, made on demand (a cache hit never needs it)
     */
    public record Fingerprint(String key, String statKey, long takenAt, Supplier<Map<String, FileDigest>> files) {

        public static Fingerprint none() {
            return new Fingerprint("", "", 0, Map::of);
        }
    }

    /**
     * A file's stat, or why it has none.
     *
     * @param fileKey what identifies the file in its file system (device and inode on Unix); null where there is none
     */
    private record Stat(Path file, String relative, long size, long modified, Object fileKey, String link, String failure) {

        /**
         * Its line in the stat key; appended part by part, as this runs for every file and mostly interpreted. The
         * identity by its hash: a file replaced by another gets another inode, and the text of its key (made with
         * string concatenation and hexadecimal digits) was a sixth of a cache hit's look at its stats.
         */
        void appendTo(StringBuilder lines) {
            lines.append(relative).append(' ').append(size).append(' ').append(modified).append(' ')
                    .append(Objects.hashCode(fileKey)).append(link);
            if (failure != null) {
                lines.append(' ').append(failure);
            }
            lines.append('\n');
        }

        /** The identity kept in the cache's file digests. */
        String identity() {
            return fileKey == null ? "" : fileKey.toString();
        }
    }

    private WorkspaceFingerprint() {
    }

    /**
     * What the files' stats say now, as the scan saw them: one hash of every file's path, size, modification time and
     * identity (with the build, the rule settings and the scan's problems), and the newest of those times.
     */
    public record Stats(String key, long newest) {
    }

    /**
     * The stats of the workspace at {@code root} as {@code walk} met it, for the studio's {@code build}. In the walk's
     * order: a folder listed in another order gives other stats, and is read again, as after a change.
     */
    public static Stats stats(Path root, WorkspaceScanner.Walk walk, String build) {
        return stats(root, walk, build, statsOf(root, walk));
    }

    /**
     * True when a fingerprint whose stat key is {@code keptStatKey}, taken at {@code keptTakenAt}, still stands for
     * files whose stats are {@code now}: no stat changed, and no file was modified so close to that reading that an
     * edit in the same clock tick could hide behind an unchanged time.
     */
    public static boolean stands(Stats now, String keptStatKey, long keptTakenAt) {
        return now.key().equals(keptStatKey) && now.newest() < keptTakenAt - RACY_NANOS;
    }

    /**
     * The key of the workspace at {@code root} as it is on disk now.
     *
     * @param build   the studio's build ({@link BuildIdentity#current()})
     * @param earlier the last fingerprint (its key stands when no stat changed; its checksums are kept for the files
     *                whose stat is unchanged), or {@link Fingerprint#none()}
     */
    public static Fingerprint of(Path root, WorkspaceScanner.Scan scan, String build, Fingerprint earlier) {
        long takenAt = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        List<Stat> stats = statsOf(root, scan.walk());
        Stats now = stats(root, scan.walk(), build, stats);
        if (stands(now, earlier.statKey(), earlier.takenAt())) {
            return earlier;
        }

        // The content key follows the files the validation reads: sorted, linked-in duplicates left out.
        Map<Path, Stat> byFile = new HashMap<>();
        for (Stat stat : stats) {
            byFile.put(stat.file(), stat);
        }
        List<Stat> read = new ArrayList<>(scan.files().size());
        for (Path file : scan.files()) {
            Stat stat = byFile.get(file);
            read.add(stat != null ? stat : stat(root, file));
        }
        Map<String, FileDigest> before = earlier.files().get();
        List<Map.Entry<String, FileDigest>> digests = ParallelMap.of(read,
                stat -> Map.entry(stat.relative(), new FileDigest(stat.size(), stat.modified(), stat.identity(),
                        content(stat, before.get(stat.relative()), earlier.takenAt()))));
        MessageDigest digest = sha256();
        line(digest, "agent-studio validate cache " + FORMAT);
        line(digest, build);
        line(digest, "rules " + rulesContent(root));
        line(digest, "settings " + claudeSettingsContent(root, scan.walk()));
        Map<String, FileDigest> files = new LinkedHashMap<>();
        for (Map.Entry<String, FileDigest> entry : digests) {
            files.put(entry.getKey(), entry.getValue());
            line(digest, entry.getKey() + " " + entry.getValue().content());
        }
        scan.problems().forEach(problem -> line(digest, problemLine(problem)));
        Map<String, FileDigest> made = Map.copyOf(files);
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()), now.key(), takenAt, () -> made);
    }

    /**
     * Every file's stat, from what the scan read while walking (a link is looked at again, for where it leads). A
     * file's path in the workspace is its folder's and its name, the folder's made once for all its files: what
     * relativize gives, without its work for every file (it parses both paths' names).
     */
    private static List<Stat> statsOf(Path root, WorkspaceScanner.Walk walk) {
        List<Stat> stats = new ArrayList<>(walk.seen().size());
        String separator = root.getFileSystem().getSeparator();
        String rootText = root.toString();
        String prefix = rootText.endsWith(separator) ? rootText : rootText + separator;
        Path lastFolder = null;
        String folderPrefix = null;
        for (WorkspaceScanner.Seen seen : walk.seen()) {
            Path folder = seen.folder();
            if (folder != lastFolder || folder == null) {
                lastFolder = folder;
                folderPrefix = folderPrefix(folder, rootText, prefix, separator);
            }
            if (seen.link() || folderPrefix == null) {
                stats.add(stat(root, seen.file()));
            } else {
                BasicFileAttributes attributes = seen.attributes();
                stats.add(new Stat(seen.file(), folderPrefix + seen.name(), attributes.size(),
                        attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), attributes.fileKey(), "", null));
            }
        }
        return stats;
    }

    /** What comes before a name in the workspace's paths of {@code folder}'s files; null for a folder not below the root. */
    private static String folderPrefix(Path folder, String rootText, String prefix, String separator) {
        if (folder == null) {
            return null;
        }
        String text = folder.toString();
        if (text.equals(rootText)) {
            return "";
        }
        return text.startsWith(prefix) ? text.substring(prefix.length()) + separator : null;
    }

    /**
     * The stat key: two independent checksums and the length of the stat lines (a hit needs no cryptographic
     * hash, whose providers take longer to load than the whole check), with the newest time among the files.
     */
    private static Stats stats(Path root, WorkspaceScanner.Walk walk, String build, List<Stat> stats) {
        StringBuilder lines = new StringBuilder(64 * stats.size() + 256);
        lines.append("agent-studio validate cache ").append(FORMAT).append('\n').append(build).append('\n')
                .append("rules ").append(rulesContent(root)).append('\n')
                .append("settings ").append(claudeSettingsContent(root, walk)).append('\n');
        long newest = 0;
        for (Stat stat : stats) {
            stat.appendTo(lines);
            newest = Math.max(newest, stat.modified());
        }
        for (Problem problem : walk.problems()) {
            lines.append(problemLine(problem)).append('\n');
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        CRC32C castagnoli = new CRC32C();
        castagnoli.update(bytes);
        CRC32 classic = new CRC32();
        classic.update(bytes);
        return new Stats(bytes.length + ":" + Long.toHexString(castagnoli.getValue()) + ":" + Long.toHexString(classic.getValue()),
                newest);
    }

    private static String rulesContent(Path root) {
        return content(stat(root, new StudioStateDirectory(root).resolve(RuleSettingsFile.FILE_NAME)), null, 0);
    }

    /**
     * The Claude Code settings beside each agents folder the walk met: an agent turned off or on there changes the
     * findings ({@code agent-disabled}), though no agent file changed.
     */
    private static String claudeSettingsContent(Path root, WorkspaceScanner.Walk walk) {
        // One file per folder is enough to find the folder's .claude, and the walk meets a folder's files together.
        // Plain loops, no lambdas: a cache hit runs this, mostly interpreted, before anything else has needed them.
        Set<Path> claudeFolders = new TreeSet<>();
        Path lastFolder = null;
        for (WorkspaceScanner.Seen seen : walk.seen()) {
            Path folder = seen.folder();
            if (folder == null || folder == lastFolder) {
                continue;
            }
            lastFolder = folder;
            Optional<Path> claude = ClaudeSettingsLocation.claudeFolderOf(seen.file());
            if (claude.isPresent()) {
                claudeFolders.add(claude.get());
            }
        }
        StringBuilder content = new StringBuilder();
        for (Path folder : claudeFolders) {
            for (String name : List.of(ClaudeSettingsLocation.SHARED, ClaudeSettingsLocation.LOCAL)) {
                content.append(name).append(' ').append(content(stat(root, folder.resolve(name)), null, 0)).append(';');
            }
        }
        return content.toString();
    }

    private static Stat stat(Path root, Path file) {
        String relative = root.relativize(file).toString();
        try {
            BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class);
            String link = Files.isSymbolicLink(file) ? " -> " + file.toRealPath() : "";
            return new Stat(file, relative, stat.size(), stat.lastModifiedTime().to(TimeUnit.NANOSECONDS),
                    stat.fileKey(), link, null);
        } catch (NoSuchFileException e) {
            return new Stat(file, relative, -1, 0, null, "", "absent");
        } catch (IOException e) {
            // Validation reports it; the key keeps the reason so that a file that becomes readable changes it.
            return new Stat(file, relative, -1, 0, null, "", "unreadable " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    /** The file's content in a few bytes; a link also by where it leads, which the scan's problems depend on. */
    private static String content(Stat stat, FileDigest earlier, long earlierTakenAt) {
        if (stat.failure() != null) {
            return stat.failure();
        }
        if (earlier != null && earlier.size() == stat.size() && earlier.modified() == stat.modified()
                && earlier.identity().equals(stat.identity()) && stat.modified() < earlierTakenAt - RACY_NANOS) {
            return earlier.content();
        }
        if (stat.size() > WorkspaceLoader.MAX_FILE_BYTES) {
            // Never read: only its size matters to the result, until it shrinks under the limit.
            return "large " + stat.size() + stat.link();
        }
        try {
            byte[] bytes = Files.readAllBytes(stat.file());
            CRC32C castagnoli = new CRC32C();
            castagnoli.update(bytes);
            CRC32 classic = new CRC32();
            classic.update(bytes);
            return bytes.length + ":" + Long.toHexString(castagnoli.getValue()) + ":" + Long.toHexString(classic.getValue())
                    + stat.link();
        } catch (IOException e) {
            return "unreadable " + e.getClass().getSimpleName() + " " + e.getMessage();
        }
    }

    private static String problemLine(Problem problem) {
        return "problem " + problem.ruleId() + " " + problem.file() + " " + problem.message();
    }

    private static void line(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
