package io.agentstudio.logic.workspace;

import io.agentstudio.model.AgentDocument;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/** What became of a save: the file was saved, or the disk no longer holds what the editor started from. */
public sealed interface SaveResult {

    /**
     * The file on disk now holds the edited document.
     *
     * @param agent   the new baseline for further edits (with the file's new stamp)
     * @param written false when nothing had to be written because the disk already held exactly these bytes
     */
    record Saved(WorkspaceAgent agent, boolean written) implements SaveResult {
        public Saved {
            Objects.requireNonNull(agent, "agent");
        }
    }

    /**
     * Nothing was written: another program changed or deleted the file after it was loaded (or, for a new file, a
     * file already exists at that name). The caller shows it and lets the user choose: reload, overwrite, or save
     * elsewhere.
     *
     * @param kind      what happened on disk
     * @param path      the file concerned
     * @param onDisk    the document as it is on disk now; null when deleted, or too large to open
     * @param diskStamp the file's stamp now; null when deleted
     */
    record Conflict(Kind kind, Path path, AgentDocument onDisk, FileStamp diskStamp) implements SaveResult {
        public Conflict {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(path, "path");
        }

        public Optional<AgentDocument> diskDocument() {
            return Optional.ofNullable(onDisk);
        }

        /** A sentence for the user. */
        public String message() {
            String file = path.getFileName().toString();
            return switch (kind) {
                case CHANGED_ON_DISK -> file + " was changed by another program since it was opened. Your edits were not"
                        + " saved: look at the other program's version, then reload it or keep yours.";
                case DELETED_ON_DISK -> file + " was deleted by another program since it was opened. Your edits were not"
                        + " saved: save it again to re-create it, or close it.";
                case EXISTS_ON_DISK -> file + " already exists. Nothing was written: choose another name, or open that file.";
            };
        }
    }

    enum Kind { CHANGED_ON_DISK, DELETED_ON_DISK, EXISTS_ON_DISK }

    default boolean isSaved() {
        return this instanceof Saved;
    }
}
