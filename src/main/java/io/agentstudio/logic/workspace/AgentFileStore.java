package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves agent files without ever overwriting a change made by another program. A save compares the file on disk
 * with the bytes the editor started from (the baseline) and writes only when they are the same; otherwise it
 * reports a {@link SaveResult.Conflict} and writes nothing. To replace another program's change, the caller saves
 * again with the conflict's disk version as the baseline: only those bytes, which the user has seen, are replaced.
 * All writes go through {@link AtomicFileWriter}.
 */
public final class AgentFileStore {

    /**
     * Saves {@code edited} over the file {@code baseline} was loaded from, if the disk still holds the baseline's bytes.
     * A document whose bytes are already on disk (nothing edited, or the same change made elsewhere) is not written.
     */
    public SaveResult save(WorkspaceAgent baseline, AgentDocument edited) throws IOException {
        Objects.requireNonNull(baseline, "baseline");
        byte[] baselineBytes = AgentFileParser.toBytes(baseline.document());
        byte[] editedBytes = AgentFileParser.toBytes(edited);
        Path path = baseline.path();
        requireInside(baseline);

        Optional<DiskFile> before = DiskFile.read(path);
        Optional<SaveResult> decided = decideWithoutWriting(baseline, edited, baselineBytes, editedBytes, before);
        if (decided.isPresent()) {
            return decided.get();
        }
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(path, editedBytes)) {
            // Writing and forcing the temporary file took time: read again just before the rename. The bytes decide,
            // not the stamp: a change of the same size within the clock's granularity keeps size and time.
            decided = decideWithoutWriting(baseline, edited, baselineBytes, editedBytes, DiskFile.read(path));
            if (decided.isPresent()) {
                return decided.get();
            }
            pending.commit();
        }
        return new SaveResult.Saved(withDocument(baseline, path, edited), true);
    }

    /**
     * Writes a file that was deleted on disk back at its place, unless something has appeared there meanwhile
     * (then a conflict, as for a save). Missing folders are created.
     */
    public SaveResult recreate(WorkspaceAgent baseline, AgentDocument edited) throws IOException {
        Objects.requireNonNull(baseline, "baseline");
        requireInside(baseline);
        return createNew(baseline.path(), baseline.relativePath(), baseline.dialect(), edited);
    }

    /**
     * An agent file that is a symbolic link to a place outside its workspace is read, never written: the studio's
     * writes stay inside the workspace the user opened. Its target can be edited by opening or naming it there.
     */
    private static void requireInside(WorkspaceAgent baseline) throws IOException {
        Optional<Path> leadsTo = WorkspaceBounds.outside(baseline.root(), baseline.path());
        if (leadsTo.isPresent()) {
            throw new OutsideWorkspaceException(baseline.relativePath() + " is a symbolic link to " + leadsTo.get()
                    + ", outside the workspace " + baseline.root() + "; nothing was written. Edit " + leadsTo.get()
                    + " itself to change it there.");
        }
    }

    /**
     * Writes {@code document} as a new agent file at {@code target} (relative to {@code workspaceRoot}, or absolute
     * inside it). Never replaces an existing file: that is a {@link SaveResult.Kind#EXISTS_ON_DISK} conflict.
     *
     * @throws IllegalArgumentException when the studio would not load a file from there (outside the workspace, also
     *                                  through a symbolic link, not
     *                                  a {@code .md} file, a hidden or repository document, a tool's non-agent folder)
     */
    public SaveResult saveAs(Path workspaceRoot, Path target, AgentDocument document) throws IOException {
        Path root = workspaceRoot.toAbsolutePath().normalize();
        Path file = root.resolve(target).toAbsolutePath().normalize();
        Path relative = root.relativize(file);
        if (!file.startsWith(root) || relative.toString().isEmpty()) {
            throw new IllegalArgumentException(target + " is not inside the workspace " + root);
        }
        Optional<Path> leadsTo = WorkspaceBounds.outside(root, file);
        if (leadsTo.isPresent()) {
            throw new IllegalArgumentException(relative + " would be written at " + leadsTo.get() + " through a symbolic link,"
                    + " outside the workspace; the studio does not create files there.");
        }
        if (!WorkspaceScanner.isCandidate(file)) {
            throw new IllegalArgumentException(file.getFileName() + " would not be loaded as an agent: use a visible"
                    + " .md name other than README, LICENSE, CHANGELOG or CONTRIBUTING.");
        }
        Dialect dialect = DialectLocator.dialectOf(relative).orElseThrow(() -> new IllegalArgumentException(
                relative.getParent() + " is a tool folder that does not hold agents; save it in the tool's agents folder."));
        return createNew(file, relative, dialect, document);
    }

    private SaveResult createNew(Path path, Path relative, Dialect dialect, AgentDocument document) throws IOException {
        byte[] bytes = AgentFileParser.toBytes(document);
        Optional<DiskFile> existing = DiskFile.read(path);
        if (existing.isPresent()) {
            return sameBytes(existing.get(), bytes)
                    ? new SaveResult.Saved(new WorkspaceAgent(path, relative, dialect, document, existing.get().stamp()), false)
                    : existing.get().conflict(SaveResult.Kind.EXISTS_ON_DISK, path);
        }
        createParentFolders(path);
        boolean created;
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(path, bytes)) {
            created = pending.commitNew();
        }
        if (!created) {
            Optional<DiskFile> now = DiskFile.read(path);
            return now.map(disk -> disk.conflict(SaveResult.Kind.EXISTS_ON_DISK, path))
                    .orElse(new SaveResult.Conflict(SaveResult.Kind.EXISTS_ON_DISK, path, null, null));
        }
        return new SaveResult.Saved(new WorkspaceAgent(path, relative, dialect, document, FileStamp.of(path)), true);
    }

    /** The result when the disk alone decides (deleted, already saved, changed elsewhere); empty when a write is due. */
    private static Optional<SaveResult> decideWithoutWriting(WorkspaceAgent baseline, AgentDocument edited, byte[] baselineBytes,
                                                             byte[] editedBytes, Optional<DiskFile> disk) throws IOException {
        Path path = baseline.path();
        if (disk.isEmpty()) {
            return Optional.of(new SaveResult.Conflict(SaveResult.Kind.DELETED_ON_DISK, path, null, null));
        }
        DiskFile file = disk.get();
        if (sameBytes(file, editedBytes)) {
            return Optional.of(new SaveResult.Saved(
                    new WorkspaceAgent(path, baseline.relativePath(), baseline.dialect(), edited, file.stamp()), false));
        }
        if (!sameBytes(file, baselineBytes)) {
            return Optional.of(file.conflict(SaveResult.Kind.CHANGED_ON_DISK, path));
        }
        return Optional.empty();
    }

    private static boolean sameBytes(DiskFile disk, byte[] bytes) {
        // The size in the stamp settles most differences before any comparison of content.
        return disk.bytes() != null && disk.stamp().size() == bytes.length && Arrays.equals(disk.bytes(), bytes);
    }

    private static WorkspaceAgent withDocument(WorkspaceAgent baseline, Path path, AgentDocument document) throws IOException {
        return new WorkspaceAgent(path, baseline.relativePath(), baseline.dialect(), document, FileStamp.of(path));
    }

    private static void createParentFolders(Path path) throws IOException {
        Path parent = AtomicFileWriter.followLinks(path.toAbsolutePath()).getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** A file as it is on disk now; {@code bytes} is null when it is too large to be an agent file. */
    private record DiskFile(FileStamp stamp, byte[] bytes) {

        static Optional<DiskFile> read(Path path) throws IOException {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                if (attributes.isDirectory()) {
                    throw new IOException(path + " is now a folder, not a file");
                }
                if (!attributes.isRegularFile()) {
                    // Never opened: reading a named pipe would wait for a writer.
                    throw new IOException(path + " is now a named pipe, socket or device, not a regular file");
                }
                FileStamp stamp = FileStamp.of(attributes);
                if (stamp.size() > WorkspaceLoader.MAX_FILE_BYTES) {
                    return Optional.of(new DiskFile(stamp, null));
                }
                try (InputStream in = Files.newInputStream(path)) {
                    byte[] bytes = in.readNBytes((int) WorkspaceLoader.MAX_FILE_BYTES + 1);
                    // The stamp must describe the bytes compared; a write between stat and read shows as a size change.
                    return Optional.of(new DiskFile(new FileStamp(bytes.length, stamp.modifiedMillis()), bytes));
                }
            } catch (NoSuchFileException e) {
                return Optional.empty();
            }
        }

        SaveResult.Conflict conflict(SaveResult.Kind kind, Path path) {
            return new SaveResult.Conflict(kind, path, bytes == null ? null : AgentFileParser.parse(bytes), stamp);
        }
    }
}
