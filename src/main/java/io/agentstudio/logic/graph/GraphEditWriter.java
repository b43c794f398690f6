package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.PortableFileNames;
import io.agentstudio.logic.workspace.EditJournal;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceBounds;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link GraphEdit} to disk, all or nothing. The whole plan is checked before the first byte is written:
 * every file still holds the bytes the edit started from, no file or folder is a symbolic link leading out of the
 * workspace (the studio never writes outside it), every file and folder may be written, and every new file name is
 * free and one the file system takes. The files are then written through an {@link EditJournal}, so that a kill or
 * a change by another program midway ends with the workspace wholly as before or wholly as after.
 */
public final class GraphEditWriter {

    /** A file changed on disk since the workspace was loaded; nothing was written (or what was, was put back). */
    public static final class ConflictException extends IOException {
        private static final long serialVersionUID = 1L;

        public ConflictException(String message) {
            super(message);
        }
    }

    /** @return the files written or moved, relative to the workspace root */
    public List<Path> write(Workspace workspace, GraphEdit edit) throws IOException {
        Path root = workspace.root();
        List<String> userAgents = edit.changes().stream().map(change -> change.baseline().path())
                .filter(path -> !path.startsWith(root)).map(Path::toString).toList();
        if (!userAgents.isEmpty()) {
            // A user agent lies outside the workspace, where the journal that makes an edit across files whole does not
            // reach; the studio saves one only on its own, from its tab, with the same conflict check.
            throw new OutsideWorkspaceException("Nothing was written: the edit would change user agents, which are outside"
                    + " the workspace: " + String.join(", ", userAgents) + ". Change them in their own tabs.");
        }
        List<String> outside = new ArrayList<>();
        List<EditJournal.Entry> entries = new ArrayList<>();
        for (GraphEdit.FileChange change : edit.changes()) {
            byte[] expected = AgentFileParser.toBytes(change.baseline().document());
            Path path = change.baseline().path();
            byte[] onDisk;
            try {
                onDisk = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new ConflictException(display(change.baseline().relativePath()) + " was deleted since it was read; nothing was written");
            }
            if (!Arrays.equals(expected, onDisk)) {
                throw new ConflictException(display(change.baseline().relativePath()) + " was changed by another program since it was read;"
                        + " nothing was written");
            }
            Optional<Path> leadsTo = WorkspaceBounds.outside(root, path);
            if (leadsTo.isPresent()) {
                outside.add(display(change.baseline().relativePath()) + " -> " + leadsTo.get());
                continue;
            }
            requireWritable(path.toRealPath(), change.baseline().relativePath());
            if (change.moves()) {
                requireFree(root, change.newRelativePath());
            }
            entries.add(EditJournal.Entry.of(slashes(change.baseline().relativePath()),
                    change.moves() ? slashes(change.newRelativePath()) : null, onDisk, AgentFileParser.toBytes(change.edited())));
        }
        if (!outside.isEmpty()) {
            throw new OutsideWorkspaceException("Nothing was written: the edit would write through symbolic links that lead out of"
                    + " the workspace, and the studio never writes outside it. Links left as they are: " + String.join("; ", outside));
        }
        List<EditJournal.Entry> changed = entries.stream().filter(e -> e.moves() || !Arrays.equals(e.oldBytes(), e.newBytes())).toList();
        if (changed.isEmpty()) {
            return List.of();
        }
        return EditJournal.begin(workspace.root(), edit.summary(), changed).apply();
    }

    /** A read-only file, or a folder the edit may not create its temporary files in, stops the edit before any write. */
    private static void requireWritable(Path real, Path relative) throws IOException {
        if (!Files.isWritable(real)) {
            throw new AccessDeniedException(display(relative), null, "the file is read-only; nothing was written");
        }
        if (!Files.isWritable(real.getParent())) {
            throw new AccessDeniedException(display(relative.getParent()), null, "the folder is read-only; nothing was written");
        }
    }

    /** The new name of a moved file: one the file system takes, free, and not through a link out of the workspace. */
    private static void requireFree(Path root, Path newRelative) throws IOException {
        Path target = root.resolve(newRelative);
        Optional<String> badName = PortableFileNames.problem(target.getFileName().toString());
        if (badName.isPresent()) {
            throw new FileSystemException(display(newRelative), null, badName.get() + "; nothing was written");
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(display(newRelative), null, "exists; nothing was written");
        }
        if (WorkspaceBounds.outside(root, target).isPresent()) {
            throw new OutsideWorkspaceException("Nothing was written: " + display(newRelative.getParent()) + " is a symbolic link"
                    + " leading out of the workspace, and the studio never writes outside it.");
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }

    private static String display(Path relative) {
        return relative == null ? "the workspace folder" : slashes(relative);
    }

    /** The edit would write a file outside the workspace through a symbolic link; nothing was written. */
    public static final class OutsideWorkspaceException extends IOException {
        private static final long serialVersionUID = 1L;

        public OutsideWorkspaceException(String message) {
            super(message);
        }
    }
}
