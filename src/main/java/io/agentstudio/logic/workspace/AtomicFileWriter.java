package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Replaces a file so that a reader (or a crash, or a kill) sees either the old content or the new one, never a mix:
 * the bytes go to a hidden temporary file in the same folder, are forced to the disk, and the temporary file is then
 * renamed over the target in one atomic step. A symbolic link is written through (its real target is replaced, the
 * link stays a link), and an existing file keeps its POSIX permissions (and its owner, where the process may set it).
 *
 * <p>A kill between creating the temporary file and the rename can leave a stale {@code .<name>.agent-studio-<n>.tmp}
 * behind; it is hidden and does not end in {@code .md}, so the workspace scanner never takes it for an agent. Such
 * files go when they are older than {@link #STALE_AFTER}: before the first write in their folder in a run, and when a
 * workspace scan meets them.
 */
public final class AtomicFileWriter {
    static final String TEMP_MARKER = ".agent-studio-";
    static final String TEMP_SUFFIX = ".tmp";
    /**
     * How old a temporary file must be to be taken for one a killed save left: a save holds its own for seconds at
     * most, so this leaves alone the save in progress of another studio window, even across a skewed network clock.
     */
    public static final Duration STALE_AFTER = Duration.ofHours(1);
    /** Folders whose stale temporary files were deleted in this run: each is listed for them once at most. */
    private static final Set<Path> CLEANED_FOLDERS = ConcurrentHashMap.newKeySet();
    private static final int MAX_LINK_HOPS = 40;

    private AtomicFileWriter() {
    }

    /** Writes {@code bytes} to {@code target} atomically (see the class comment). */
    public static void write(Path target, byte[] bytes) throws IOException {
        try (PendingWrite pending = prepare(target, bytes)) {
            pending.commit();
        }
    }

    /**
     * Writes the bytes to a temporary file next to {@code target} and forces them to the disk, without touching the
     * target yet. The caller decides afterwards: {@link PendingWrite#commit()} replaces the target,
     * {@link PendingWrite#commitNew()} creates it only if it does not exist, and {@link PendingWrite#close()} without
     * a commit throws the temporary file away. Doing the slow part first keeps the window between a last look at the
     * disk and the rename small.
     */
    public static PendingWrite prepare(Path target, byte[] bytes) throws IOException {
        Objects.requireNonNull(bytes, "bytes");
        Path destination = followLinks(target.toAbsolutePath());
        Path folder = destination.getParent();
        if (folder == null) {
            throw new IOException("Cannot write a file at the root of the file system: " + destination);
        }
        if (Files.isDirectory(destination)) {
            throw new FileSystemException(destination.toString(), null, "is a folder, not a file");
        }
        if (Files.exists(destination) && !Files.isWritable(destination)) {
            // A rename would replace a read-only file anyway; respect the author's protection instead.
            throw new AccessDeniedException(destination.toString(), null, "the file is read-only");
        }
        deleteStaleTempFilesOnce(folder);
        Path temp = createTempFile(folder, destination.getFileName().toString());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            copyPermissions(destination, temp);
            return new PendingWrite(destination, temp);
        } catch (IOException | RuntimeException | Error e) {
            deleteQuietly(temp, e);
            throw e;
        }
    }

    /** True for the names of the temporary files this class creates (stale ones included), and no others. */
    public static boolean isTempFileName(String fileName) {
        // The test first: the workspace scanner asks for every file, and a regular expression is slow to match.
        return fileName.startsWith(".") && fileName.contains(TEMP_MARKER) && TempName.PATTERN.matcher(fileName).matches();
    }

    /**
     * The names {@link #createTempFile} makes: a dot, the target's name, the marker, a base-36 number, the suffix.
     * Compiled when first matched, not when the class loads: a {@code validate --cache} answered from the cache scans
     * the folder through this class, and compiling the first regular expression of a cold JVM costs about 10 ms.
     */
    private static final class TempName {
        static final Pattern PATTERN = Pattern.compile("\\..+" + Pattern.quote(TEMP_MARKER) + "[0-9a-z]{1,13}"
                + Pattern.quote(TEMP_SUFFIX));
    }

    /**
     * The file a write to {@code path} really changes: symbolic links are followed even when the last one dangles
     * (the file it names is then created). Folders on the way are left as they are.
     */
    static Path followLinks(Path path) throws IOException {
        Path current = path;
        for (int hops = 0; Files.isSymbolicLink(current); hops++) {
            if (hops >= MAX_LINK_HOPS) {
                throw new FileSystemLoopException(path.toString());
            }
            Path link = Files.readSymbolicLink(current);
            Path parent = current.getParent();
            current = (parent == null ? link : parent.resolve(link)).normalize();
        }
        return current;
    }

    private static Path createTempFile(Path folder, String targetName) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT);
            Path temp = folder.resolve("." + shortened(targetName) + TEMP_MARKER + suffix + TEMP_SUFFIX);
            try {
                // CREATE_NEW without explicit attributes: a new file gets the user's usual umask permissions.
                Files.newByteChannel(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return temp;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    /** A long name is cut so the temporary name stays within the usual 255-byte limit even in 4-byte UTF-8. */
    private static String shortened(String name) {
        int max = 48;
        if (name.length() <= max) {
            return name;
        }
        return name.substring(0, Character.isHighSurrogate(name.charAt(max - 1)) ? max - 1 : max);
    }

    /** The new file gets the replaced file's permissions, and its owner and group where the process may set them. */
    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source == null) {
            return;
        }
        PosixFileAttributes attributes;
        try {
            attributes = source.readAttributes();
        } catch (NoSuchFileException e) {
            return; // a new file: it keeps the usual permissions it was created with
        }
        PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        target.setPermissions(attributes.permissions());
        try {
            PosixFileAttributes created = target.readAttributes();
            if (!created.owner().equals(attributes.owner())) {
                target.setOwner(attributes.owner());
            }
            if (!created.group().equals(attributes.group())) {
                target.setGroup(attributes.group());
            }
        } catch (IOException e) {
            // Only a privileged process may give a file away; an ordinary user saves files it owns anyway.
        }
    }

    /**
     * Deletes this writer's temporary files in {@code folder} that are older than {@code minAge}: what kills and
     * crashes left behind. Young ones may belong to a save in progress (another studio window) and stay.
     *
     * @return how many were deleted
     */
    public static int deleteStaleTempFiles(Path folder, Duration minAge) throws IOException {
        int deleted = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, p -> isTempFileName(p.getFileName().toString()))) {
            for (Path file : files) {
                if (deleteIfStale(file, minAge)) {
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** Deletes a file found elsewhere (a workspace scan) if it is one of this writer's temporary files older than {@link #STALE_AFTER}. */
    public static void deleteIfStale(Path file) {
        try {
            deleteIfStale(file, STALE_AFTER);
        } catch (IOException e) {
            // Left for the next run: a stale temporary file is clutter, not a reason to stop opening the workspace.
        }
    }

    /** Notes folders whose files a workspace scan has just looked at: a write there need not list them again. */
    public static void cleanedAlready(Collection<Path> folders) {
        CLEANED_FOLDERS.addAll(folders);
    }

    private static boolean deleteIfStale(Path file, Duration minAge) throws IOException {
        if (!isTempFileName(file.getFileName().toString())) {
            return false;
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            long cutoff = System.currentTimeMillis() - minAge.toMillis();
            return attributes.isRegularFile() && attributes.lastModifiedTime().toMillis() <= cutoff && Files.deleteIfExists(file);
        } catch (NoSuchFileException e) {
            return false; // already gone
        }
    }

    /** Before the first write in a folder in this run, its stale temporary files go: one listing per folder. */
    private static void deleteStaleTempFilesOnce(Path folder) {
        if (CLEANED_FOLDERS.add(folder)) {
            try {
                deleteStaleTempFiles(folder, STALE_AFTER);
            } catch (IOException e) {
                // The write itself will say whether the folder can be written; leftovers wait for the next run.
            }
        }
    }

    private static void fsyncFolder(Path folder) {
        // Makes the rename itself durable. Not possible everywhere (Windows cannot open a folder this way): best effort.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // The data is on disk already; only the directory entry may lag behind a power loss.
        }
    }

    private static void deleteQuietly(Path temp, Throwable cause) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /** A temporary file holding the new content, waiting to replace its target. Closing it uncommitted deletes it. */
    public static final class PendingWrite implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private boolean done;

        private PendingWrite(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /** The file that a commit replaces (links already followed). */
        public Path target() {
            return target;
        }

        /** Renames the temporary file over the target in one atomic step. */
        public void commit() throws IOException {
            requireOpen();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                deleteQuietly(temp, e);
                done = true;
                throw e;
            }
            done = true;
            fsyncFolder(target.getParent());
        }

        /**
         * Creates the target from the temporary file only if nothing exists at that name, atomically where the file
         * system has hard links. Returns false (and writes nothing) when the target exists.
         */
        public boolean commitNew() throws IOException {
            requireOpen();
            try {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    return false;
                }
                try {
                    Files.createLink(target, temp);
                } catch (FileAlreadyExistsException e) {
                    return false;
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                        return false;
                    }
                    // No hard links here (FAT, some network shares): a rename, with a small window for a race.
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    fsyncFolder(target.getParent());
                    return true;
                }
                fsyncFolder(target.getParent());
                return true;
            } finally {
                close();
            }
        }

        /** Deletes the temporary file unless it was committed. */
        @Override
        public void close() throws IOException {
            if (!done) {
                done = true;
                Files.deleteIfExists(temp);
            }
        }

        private void requireOpen() {
            if (done) {
                throw new IllegalStateException("This write was already committed or discarded");
            }
        }
    }
}
