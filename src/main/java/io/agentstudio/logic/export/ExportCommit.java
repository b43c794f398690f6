package io.agentstudio.logic.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a planned export into its destination all or nothing, even when the process is killed:
 * <ol>
 *   <li>a hidden staging folder inside the destination (same file system, so renames are atomic) is created and its
 *       {@code lock} file locked for as long as the commit runs;</li>
 *   <li>every new file is written there and forced to disk, and every file to be replaced or removed is kept there
 *       (a hard link where the file system has them, else a copy); the destination is not touched yet;</li>
 *   <li>the {@link ExportJournal} is renamed into place: the commit point;</li>
 *   <li>each file is renamed into place (or removed); then the journal, then the staging folder, are deleted.</li>
 * </ol>
 * A failure in step 4 turns the journal back and undoes the steps done. A staging folder left by a killed process
 * (its lock free) is finished by {@link #recover}: discarded before the commit point, completed after it, or rolled
 * back when its journal was turned back. Recovery runs before every export into the folder and at the studio's start.
 */
final class ExportCommit {
    static final String STAGING_PREFIX = ".agent-studio-export-";
    static final String LOCK_FILE = "lock";
    /**
     * Staging folders this process is committing. A second channel on a locked file, once closed, drops the POSIX lock
     * of the first one on Linux, so this process never opens the lock file of its own commits.
     */
    private static final Set<Path> OWN_COMMITS = ConcurrentHashMap.newKeySet();

    private final FileMover mover;

    ExportCommit(FileMover mover) {
        this.mover = mover;
    }

    @SuppressWarnings("try") // the lock is held for the block, never read
    void commit(Path root, List<DestinationPlan.Step> steps) throws ExportWriteException {
        List<Path> folders = missingFolders(root, steps);
        Path staging = null;
        try {
            for (Path folder : folders.subList(0, missingAbove(root, folders))) {
                Files.createDirectory(folder);
            }
            staging = Files.createDirectory(root.resolve(STAGING_PREFIX + Long.toString(
                    ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT)));
        } catch (IOException | RuntimeException e) {
            undoFolders(folders, List.of(), new ArrayList<>());
            throw new ExportWriteException("Writing the export failed (" + describe(e) + "); the destination was left as it was.", e);
        }
        OWN_COMMITS.add(staging);
        try (FileChannel lock = FileChannel.open(staging.resolve(LOCK_FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock held = lock.lock()) {
            commitLocked(root, staging, steps, folders);
        } catch (IOException e) {
            throw e instanceof ExportWriteException written ? written
                    : new ExportWriteException("Writing the export failed (" + describe(e) + "); the destination was left as it was.", e);
        } finally {
            OWN_COMMITS.remove(staging);
        }
        deleteTree(staging);
    }

    private void commitLocked(Path root, Path staging, List<DestinationPlan.Step> steps, List<Path> folders) throws IOException {
        ExportJournal journal;
        try {
            List<ExportJournal.Entry> entries = new ArrayList<>();
            for (DestinationPlan.Step step : steps) {
                String before = null;
                if (step.kind() != FileChange.Kind.CREATE) {
                    Path backup = staging.resolve("old").resolve(step.path());
                    Files.createDirectories(backup.getParent());
                    keepCopy(step.file(), backup);
                    before = ExportManifest.sha256(Files.readAllBytes(backup));
                }
                if (step.bytes() != null) {
                    writeDurably(staging.resolve("new").resolve(step.path()), step.bytes());
                }
                entries.add(new ExportJournal.Entry(step.path(), step.kind(), before,
                        step.bytes() == null ? null : ExportManifest.sha256(step.bytes())));
            }
            journal = new ExportJournal(ExportJournal.Direction.FORWARD, entries,
                    folders.stream().map(Path::toString).toList());
            journal.write(staging, mover);
        } catch (IOException | RuntimeException e) {
            String undone = undoFolders(folders, List.of(staging), new ArrayList<>());
            throw new ExportWriteException("Writing the export failed (" + describe(e) + "); " + undone, e);
        }
        try {
            List<String> changedMeanwhile = new ArrayList<>();
            for (ExportJournal.Entry step : journal.steps()) {
                forward(root, staging, step, mover, changedMeanwhile);
            }
            if (!changedMeanwhile.isEmpty()) {
                throw new IOException("changed while the export wrote: " + String.join(", ", changedMeanwhile));
            }
            Files.delete(staging.resolve(ExportJournal.FILE_NAME));
        } catch (IOException | RuntimeException e) {
            String undone = rollBack(root, staging, journal);
            throw new ExportWriteException("Writing the export failed (" + describe(e) + "); " + undone, e);
        }
    }

    /** Turns the journal back and undoes every step; says whether the destination is as it was. */
    private static String rollBack(Path root, Path staging, ExportJournal journal) {
        List<String> failed = new ArrayList<>();
        try {
            journal.turnedBack().rewrite(staging);
        } catch (IOException | RuntimeException e) {
            failed.add(ExportJournal.FILE_NAME + " (" + describe(e) + ")");
        }
        List<ExportJournal.Entry> reversed = new ArrayList<>(journal.steps());
        Collections.reverse(reversed);
        for (ExportJournal.Entry step : reversed) {
            back(root, staging, step, failed);
        }
        if (!failed.isEmpty()) {
            return "these could not be restored: " + String.join(", ", failed) + "; " + staging.getFileName()
                    + " in the destination keeps the earlier files, and the next export tries again.";
        }
        return undoFolders(journal.folders().stream().map(Path::of).toList(), List.of(staging), failed);
    }

    /**
     * Finishes every export into {@code root} that a killed process left, and removes their staging folders; staging
     * folders of exports still running (their lock held) are left alone. Returns one line per export finished.
     */
    static List<String> recover(Path root) {
        List<String> notes = new ArrayList<>();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return notes;
        }
        List<Path> stagings = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, p -> p.getFileName().toString().startsWith(STAGING_PREFIX))) {
            entries.forEach(stagings::add);
        } catch (IOException e) {
            notes.add("The export staging folders in " + root + " could not be listed (" + describe(e) + ").");
            return notes;
        }
        for (Path staging : stagings) {
            if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS) && !OWN_COMMITS.contains(staging)) {
                recoverOne(root, staging, notes);
            }
        }
        return notes;
    }

    /** True when {@code root} holds a staging folder (of a running export, or one that could not be finished). */
    static boolean hasStaging(Path root) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, p -> p.getFileName().toString().startsWith(STAGING_PREFIX))) {
            return entries.iterator().hasNext();
        } catch (IOException e) {
            return true;
        }
    }

    private static void recoverOne(Path root, Path staging, List<String> notes) {
        Path lockFile = staging.resolve(LOCK_FILE);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            // The lock file is the first thing a commit creates, and a folder is deleted only once its commit is
            // finished: without a lock file it is empty (its commit died at once) or its deletion was cut short.
            if (!deleteIfEmpty(staging) && !Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                deleteTree(staging);
            }
            return;
        }
        boolean finished;
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return; // another process is committing
            }
            finished = finish(root, staging, notes);
        } catch (OverlappingFileLockException e) {
            return; // a commit of this process holds it
        } catch (IOException e) {
            notes.add("An interrupted export left " + staging + ", which could not be examined (" + describe(e) + "); it was left.");
            return;
        }
        if (finished) {
            deleteTree(staging);
        }
    }

    /** Completes or rolls back what the staging folder's journal says; true when the folder may go. */
    private static boolean finish(Path root, Path staging, List<String> notes) {
        ExportJournal journal;
        try {
            journal = ExportJournal.read(staging).orElse(null);
        } catch (IOException | RuntimeException e) {
            notes.add("An interrupted export left " + staging + " with a journal that cannot be read (" + describe(e)
                    + "); it was left for you to look at.");
            return false;
        }
        if (journal == null) {
            return true; // killed before the commit point: the destination was never touched
        }
        List<String> failed = new ArrayList<>();
        if (journal.direction() == ExportJournal.Direction.FORWARD) {
            for (ExportJournal.Entry step : journal.steps()) {
                try {
                    forward(root, staging, step, FileMover.ATOMIC, failed);
                } catch (IOException | RuntimeException e) {
                    failed.add(step.path() + " (" + describe(e) + ")");
                }
            }
            if (failed.isEmpty()) {
                notes.add("An export into " + root + " was interrupted after it began to write; it was completed now.");
                return true;
            }
        } else {
            List<ExportJournal.Entry> reversed = new ArrayList<>(journal.steps());
            Collections.reverse(reversed);
            reversed.forEach(step -> back(root, staging, step, failed));
            if (failed.isEmpty()) {
                deleteTree(staging.resolve("old"));
                undoFolders(journal.folders().stream().map(Path::of).filter(folder -> !folder.equals(root)).toList(), List.of(), failed);
                notes.add("An export into " + root + " failed and was interrupted while undoing; it was rolled back now.");
                return true;
            }
        }
        notes.add("An interrupted export into " + root + " could not be finished: " + String.join(", ", failed)
                + "; its staging folder " + staging.getFileName() + " was left.");
        return false;
    }

    /**
     * One step forward, safe to repeat: a staged file still in the staging folder is renamed into place; a file to
     * remove is removed. A file that holds neither the bytes from before nor the export's was changed by someone
     * else since: it is left, and said so.
     */
    private static void forward(Path root, Path staging, ExportJournal.Entry step, FileMover mover, List<String> left) throws IOException {
        Path target = root.resolve(step.path());
        String now = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? ExportManifest.sha256(Files.readAllBytes(target)) : null;
        if (now != null && !now.equals(step.before()) && !now.equals(step.after())) {
            left.add(step.path() + " (changed by someone else meanwhile; left as it is)");
            return;
        }
        if (step.after() == null) {
            if (now != null) {
                Files.delete(target);
            }
            return;
        }
        Path staged = staging.resolve("new").resolve(step.path());
        if (Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectories(target.getParent());
            mover.move(staged, target);
        }
    }

    /** One step back, safe to repeat: the export's bytes are replaced by the kept file, or removed when there was none. */
    private static void back(Path root, Path staging, ExportJournal.Entry step, List<String> failed) {
        Path target = root.resolve(step.path());
        Path backup = staging.resolve("old").resolve(step.path());
        try {
            String now = Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? ExportManifest.sha256(Files.readAllBytes(target)) : null;
            boolean exportsBytes = now != null && now.equals(step.after());
            if (step.before() == null) {
                if (exportsBytes) {
                    Files.delete(target);
                }
            } else if ((now == null || exportsBytes) && Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
                Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            failed.add(step.path() + " (" + describe(e) + ")");
        }
    }

    /** The folders the commit has to create (the destination and the folders of new files), outermost first. */
    private static List<Path> missingFolders(Path root, List<DestinationPlan.Step> steps) {
        List<Path> missing = new ArrayList<>();
        Deque<Path> chain = new ArrayDeque<>();
        for (Path p = root; p != null && !Files.exists(p, LinkOption.NOFOLLOW_LINKS); p = p.getParent()) {
            chain.push(p);
        }
        missing.addAll(chain);
        for (DestinationPlan.Step step : steps) {
            chain.clear();
            for (Path p = step.file().getParent(); p != null && !p.equals(root) && !Files.exists(p, LinkOption.NOFOLLOW_LINKS)
                    && !missing.contains(p); p = p.getParent()) {
                chain.push(p);
            }
            missing.addAll(chain);
        }
        return missing;
    }

    /** How many of {@code folders} lead down to the destination itself (created before the staging folder). */
    private static int missingAbove(Path root, List<Path> folders) {
        int count = 0;
        while (count < folders.size() && root.startsWith(folders.get(count))) {
            count++;
        }
        return count;
    }

    /** Deletes the staging folders, then the created folders innermost first (those still empty). */
    private static String undoFolders(List<Path> folders, List<Path> stagings, List<String> failed) {
        stagings.forEach(ExportCommit::deleteTree);
        for (int i = folders.size() - 1; i >= 0; i--) {
            Path folder = folders.get(i);
            try {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
                        if (!entries.iterator().hasNext()) {
                            Files.delete(folder);
                        }
                    }
                }
            } catch (IOException e) {
                failed.add(folder + " (" + describe(e) + ")");
            }
        }
        return failed.isEmpty() ? "the destination was left as it was."
                : "these could not be restored: " + String.join(", ", failed) + ".";
    }

    private static boolean deleteIfEmpty(Path folder) {
        try {
            Files.delete(folder);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Keeps the file about to be replaced or removed: a second name for the same file where the file system has hard
     * links (so a rollback puts back the very file, modification time included), else a copy.
     */
    private static void keepCopy(Path file, Path backup) throws IOException {
        try {
            Files.createLink(backup, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void writeDurably(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
    }

    static void deleteTree(Path folder) {
        if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // What is left is hidden, named as ours and without a journal: the next export into the folder removes it.
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
