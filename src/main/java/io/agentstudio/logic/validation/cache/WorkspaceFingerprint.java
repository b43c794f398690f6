package io.agentstudio.logic.validation.cache;

import io.agentstudio.logic.validation.RuleSettingsFile;
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
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Everything a workspace's validation result depends on, as one key: the studio's build, the workspace's rule
 * settings, and every file the scan finds, by path and content (two independent 32-bit checksums and the length, so
 * an edit that leaves all three alike is not a practical concern), with the scan's own problems. Since every file is
 * in the key, a change to one agent invalidates the results of the agents that refer to it too.
 *
 * <p>Reading every byte again is most of a cached run's time, so a file whose size, modification time and identity
 * are those of the last run keeps the checksum it had then, as git's index does. Like git, a file modified within
 * {@link #RACY_NANOS} of the moment the last fingerprint was taken is read again: an edit in the same clock tick as
 * that reading would otherwise leave its time unchanged.
 */
public final class WorkspaceFingerprint {
    private static final int FORMAT = 1;
    static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

    /** One file as last seen: what its stat said, and its content in a few bytes. */
    public record FileDigest(long size, long modified, String identity, String content) {
    }

    /**
     * A fingerprint and what it was made of.
     *
     * @param takenAt when the files were looked at, in nanoseconds of the epoch
     * @param files   each file by its path in the workspace
     */
    public record Fingerprint(String key, long takenAt, Map<String, FileDigest> files) {

        public Fingerprint {
            files = Map.copyOf(files);
        }

        public static Fingerprint none() {
            return new Fingerprint("", 0, Map.of());
        }
    }

    private WorkspaceFingerprint() {
    }

    /**
     * The key of the workspace at {@code root} as it is on disk now.
     *
     * @param build   the studio's build ({@link BuildIdentity#current()})
     * @param earlier the last fingerprint (its checksums are kept for files whose stat is unchanged), or
     *                {@link Fingerprint#none()}
     */
    public static Fingerprint of(Path root, WorkspaceScanner.Scan scan, String build, Fingerprint earlier) {
        long takenAt = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis());
        MessageDigest digest = sha256();
        line(digest, "agent-studio validate cache " + FORMAT);
        line(digest, build);
        Path rules = new StudioStateDirectory(root).resolve(RuleSettingsFile.FILE_NAME);
        line(digest, "rules " + digestOf(rules, null, 0).content());
        Map<String, FileDigest> files = new LinkedHashMap<>();
        scan.files().parallelStream()
                .map(file -> {
                    String relative = root.relativize(file).toString();
                    return Map.entry(relative, digestOf(file, earlier.files().get(relative), earlier.takenAt()));
                })
                .toList()
                .forEach(entry -> {
                    files.put(entry.getKey(), entry.getValue());
                    line(digest, entry.getKey() + " " + entry.getValue().content());
                });
        for (Problem problem : scan.problems()) {
            line(digest, "problem " + problem.ruleId() + " " + problem.file() + " " + problem.message());
        }
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()), takenAt, files);
    }

    /** The file's content in a few bytes; a link also by where it leads, which the scan's problems depend on. */
    private static FileDigest digestOf(Path file, FileDigest earlier, long earlierTakenAt) {
        try {
            BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class);
            long size = stat.size();
            long modified = stat.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            String identity = String.valueOf(stat.fileKey());
            String link = Files.isSymbolicLink(file) ? " -> " + file.toRealPath() : "";
            if (earlier != null && earlier.size() == size && earlier.modified() == modified
                    && earlier.identity().equals(identity) && modified < earlierTakenAt - RACY_NANOS) {
                return new FileDigest(size, modified, identity, earlier.content());
            }
            if (size > WorkspaceLoader.MAX_FILE_BYTES) {
                // Never read: only its size matters to the result, until it shrinks under the limit.
                return new FileDigest(size, modified, identity, "large " + size + link);
            }
            byte[] bytes = Files.readAllBytes(file);
            CRC32C castagnoli = new CRC32C();
            castagnoli.update(bytes);
            CRC32 classic = new CRC32();
            classic.update(bytes);
            return new FileDigest(size, modified, identity, bytes.length + ":" + Long.toHexString(castagnoli.getValue())
                    + ":" + Long.toHexString(classic.getValue()) + link);
        } catch (NoSuchFileException e) {
            return new FileDigest(-1, 0, "", "absent");
        } catch (IOException e) {
            // Validation reports it; the key keeps the reason so that a file that becomes readable changes it.
            return new FileDigest(-1, 0, "", "unreadable " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
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
