package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.SaveResult;
import io.agentstudio.logic.workspace.Workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes a {@link GraphEdit} to disk. Every new text was computed before anything is written; first every file is
 * checked to still hold the bytes the edit started from, so an edit whose files another program changed writes
 * nothing. Each file is then saved through {@link AgentFileStore} (atomic, and conflict-checked once more), and
 * renamed files are moved last, never over an existing file.
 */
public final class GraphEditWriter {
    private final AgentFileStore store = new AgentFileStore();

    /** A file changed on disk since the workspace was loaded; nothing (or, in a race, only the files listed) was written. */
    public static final class ConflictException extends IOException {
        public ConflictException(String message) {
            super(message);
        }
    }

    /** @return the files written or moved, relative to the workspace root */
    public List<Path> write(Workspace workspace, GraphEdit edit) throws IOException {
        for (GraphEdit.FileChange change : edit.changes()) {
            byte[] expected = AgentFileParser.toBytes(change.baseline().document());
            byte[] onDisk;
            try {
                onDisk = Files.readAllBytes(change.baseline().path());
            } catch (NoSuchFileException e) {
                throw new ConflictException(change.baseline().relativePath() + " was deleted since it was read; nothing was written");
            }
            if (!Arrays.equals(expected, onDisk)) {
                throw new ConflictException(change.baseline().relativePath() + " was changed by another program since it was read;"
                        + " nothing was written");
            }
            if (change.moves() && Files.exists(workspace.root().resolve(change.newRelativePath()))) {
                throw new FileAlreadyExistsException(change.newRelativePath().toString(), null, "exists; nothing was written");
            }
        }
        List<Path> written = new ArrayList<>();
        for (GraphEdit.FileChange change : edit.changes()) {
            SaveResult result = store.save(change.baseline(), change.edited());
            if (result instanceof SaveResult.Conflict conflict) {
                throw new ConflictException(conflict.message() + (written.isEmpty() ? "" : " Already written: " + written));
            }
            if (((SaveResult.Saved) result).written()) {
                written.add(change.baseline().relativePath());
            }
        }
        for (GraphEdit.FileChange change : edit.changes()) {
            if (change.moves()) {
                Files.move(change.baseline().path(), workspace.root().resolve(change.newRelativePath()));
                written.add(change.newRelativePath());
            }
        }
        return written;
    }
}
