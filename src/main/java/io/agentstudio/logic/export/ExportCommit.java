package io.agentstudio.logic.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a planned export into its destination so that a failure at any point leaves the destination as it was:
 * every new file is first written (and forced to disk) in a hidden staging folder inside the destination, on the
 * same file system; then each is renamed into place, the file it replaces or removes kept in the staging folder;
 * if any step fails, the steps done so far are undone in reverse order. The staging folder is deleted at the end.
 */
final class ExportCommit {
    static final String STAGING_PREFIX = ".agent-studio-export-";

    private final FileMover mover;

    ExportCommit(FileMover mover) {
        this.mover = mover;
    }

    /** An undo entry: put {@code backup} back at {@code file} (null backup: delete {@code file}), or remove a created folder. */
    private record Undo(Path file, Path backup, boolean folder) {
    }

    void commit(Path root, List<DestinationPlan.Step> steps) throws ExportWriteException {
        Deque<Undo> undo = new ArrayDeque<>();
        Path staging = null;
        try {
            createFolders(root, undo);
            staging = Files.createDirectory(root.resolve(STAGING_PREFIX + Long.toString(
                    ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toLowerCase(Locale.ROOT)));
            Path fresh = staging.resolve("new");
            Path old = staging.resolve("old");
            for (DestinationPlan.Step step : steps) {
                if (step.bytes() != null) {
                    writeDurably(fresh.resolve(step.path()), step.bytes());
                }
            }
            for (DestinationPlan.Step step : steps) {
                apply(step, fresh, old, undo);
            }
        } catch (IOException | RuntimeException e) {
            String undone = rollback(undo, staging);
            throw new ExportWriteException("Writing the export failed (" + describe(e) + "); " + undone, e);
        }
        deleteTree(staging);
    }

    private void apply(DestinationPlan.Step step, Path fresh, Path old, Deque<Undo> undo) throws IOException {
        Path target = step.file();
        switch (step.kind()) {
            case CREATE -> {
                createFolders(target.getParent(), undo);
                mover.move(fresh.resolve(step.path()), target);
                undo.push(new Undo(target, null, false));
            }
            case CHANGE -> {
                Path backup = old.resolve(step.path());
                Files.createDirectories(backup.getParent());
                keepCopy(target, backup);
                mover.move(fresh.resolve(step.path()), target);
                undo.push(new Undo(target, backup, false));
            }
            case REMOVE -> {
                Path backup = old.resolve(step.path());
                Files.createDirectories(backup.getParent());
                mover.move(target, backup);
                undo.push(new Undo(target, backup, false));
            }
            default -> throw new IllegalArgumentException("Not a write: " + step.kind());
        }
    }

    /** Creates the missing folders down to {@code folder}, remembering each so a rollback removes it again. */
    private static void createFolders(Path folder, Deque<Undo> undo) throws IOException {
        Deque<Path> missing = new ArrayDeque<>();
        for (Path p = folder; p != null && !Files.exists(p); p = p.getParent()) {
            missing.push(p);
        }
        while (!missing.isEmpty()) {
            Path created = Files.createDirectory(missing.pop());
            undo.push(new Undo(created, null, true));
        }
    }

    /**
     * Keeps the file about to be replaced: a second name for the same file where the file system has hard links (so a
     * rollback puts back the very file, modification time included), else a copy.
     */
    private static void keepCopy(Path file, Path backup) throws IOException {
        try {
            Files.createLink(backup, file);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Undoes the steps in reverse: files first (their backups are in the staging folder), then the staging folder goes,
     * then the folders the commit created. Says whether the destination is as it was.
     */
    private static String rollback(Deque<Undo> undo, Path staging) {
        List<String> failed = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        while (!undo.isEmpty()) {
            Undo step = undo.pop();
            try {
                if (step.folder()) {
                    folders.add(step.file());
                } else if (step.backup() == null) {
                    Files.deleteIfExists(step.file());
                } else {
                    Files.move(step.backup(), step.file(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException | RuntimeException e) {
                failed.add(step.file() + " (" + describe(e) + ")");
            }
        }
        deleteTree(staging);
        for (Path folder : folders) {
            try {
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                failed.add(folder + " (" + describe(e) + ")");
            }
        }
        return failed.isEmpty() ? "the destination was left as it was."
                : "these could not be restored: " + String.join(", ", failed) + ".";
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
        if (folder == null || !Files.exists(folder)) {
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
            // A staging folder left behind is hidden and named as ours; the next export or the user can remove it.
        }
    }

    static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
