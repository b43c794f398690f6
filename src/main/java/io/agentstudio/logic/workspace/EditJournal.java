package io.agentstudio.logic.workspace;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an edit of several agent files (rename, link, unlink) so that, whenever the process dies, the workspace ends
 * up wholly as before or wholly as after. Before the first file is touched, {@code .agent-studio/edit-journal.json}
 * records every file's original bytes (and their SHA-256), its new bytes and its move. Each step is one atomic write
 * or rename, and each step first looks at what the disk holds, so running the journal again after a kill (at the
 * next command or the next start of the studio, {@link #recover}) finishes the edit; a file that another program
 * changed meanwhile is never overwritten: the other files are then rolled back and that file is named. The journal
 * is deleted last, once every file is in its final state, so recovery is idempotent and itself safe to kill.
 */
public final class EditJournal {
    static final String FILE = "edit-journal.json";

    /**
     * Made on first use: every command checks for a journal, and there is almost never one, so a run that finds none
     * (a cached {@code validate} above all) loads no JSON library for it.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /**
     * One file of the edit; paths relative to the workspace root with {@code /}.
     *
     * @param newPath where the file moves to, or null
     */
    public record Entry(@JsonProperty("path") String path, @JsonProperty("newPath") String newPath,
                        @JsonProperty("oldSha256") String oldSha256, @JsonProperty("oldBytes") byte[] oldBytes,
                        @JsonProperty("newBytes") byte[] newBytes) {
        public Entry {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(oldBytes, "oldBytes");
            Objects.requireNonNull(newBytes, "newBytes");
        }

        public static Entry of(String path, String newPath, byte[] oldBytes, byte[] newBytes) {
            return new Entry(path, newPath, sha256(oldBytes), oldBytes, newBytes);
        }

        public boolean moves() {
            return newPath != null;
        }
    }

    private record Journal(@JsonProperty("edit") String edit, @JsonProperty("entries") List<Entry> entries) {
    }

    /** Where one entry stands on disk. */
    enum State { OLD, WRITTEN_NOT_MOVED, NEW, FOREIGN }

    /** What {@link #recover} did, for one line to the user. */
    public record Recovery(boolean completed, String edit, List<String> leftAlone) {
        public String message() {
            String what = completed ? "An interrupted edit (" + edit + ") was completed"
                    : "An interrupted edit (" + edit + ") was rolled back";
            return what + (leftAlone.isEmpty() ? "." : "; changed by another program and left as they are: " + String.join(", ", leftAlone) + ".");
        }
    }

    private final Path root;
    private final Path file;
    private final Journal journal;

    private EditJournal(Path root, Path file, Journal journal) {
        this.root = root;
        this.file = file;
        this.journal = journal;
    }

    /**
     * Records the edit in the workspace's state folder, before anything else is written.
     *
     * @throws IOException also when another edit's journal is there (an edit in progress, or one to recover first)
     */
    public static EditJournal begin(Path workspaceRoot, String edit, List<Entry> entries) throws IOException {
        StudioStateDirectory state = new StudioStateDirectory(workspaceRoot);
        Path file = state.resolve(FILE);
        state.ensureExists();
        Journal journal = new Journal(edit, List.copyOf(entries));
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(file, Json.MAPPER.writeValueAsBytes(journal))) {
            if (!pending.commitNew()) {
                throw new IOException("Another edit of this workspace is in progress or was interrupted (" + FILE
                        + " in " + StudioStateDirectory.FOLDER_NAME + "); run the command again to complete it first. Nothing was written.");
            }
        }
        return new EditJournal(workspaceRoot.toAbsolutePath().normalize(), file, journal);
    }

    /**
     * Writes every file: the new contents first, then the moves. A file another program changed since the journal was
     * written stops the edit: the files already written are rolled back, the journal goes, and the exception says so.
     *
     * @return the files written, then the files moved, relative to the root
     */
    public List<Path> apply() throws IOException {
        List<Path> written = new ArrayList<>();
        try {
            for (Entry entry : journal.entries()) {
                if (write(entry)) {
                    written.add(Path.of(entry.path()));
                }
            }
            for (Entry entry : journal.entries()) {
                if (entry.moves()) {
                    move(entry);
                    written.add(Path.of(entry.newPath()));
                }
            }
        } catch (IOException e) {
            Recovery rollback = settle(false);
            throw new IOException(e.getMessage() + (rollback.leftAlone().isEmpty() ? " The files already written were put back;"
                    + " nothing was changed." : " " + rollback.message()), e);
        }
        Files.deleteIfExists(file);
        return written;
    }

    /**
     * Finishes or undoes an edit that a kill or a crash interrupted, if there is one: completed when every file holds
     * its old or new bytes, rolled back when another program changed one of them since.
     */
    public static Optional<Recovery> recover(Path workspaceRoot) throws IOException {
        StudioStateDirectory state = new StudioStateDirectory(workspaceRoot);
        Optional<byte[]> bytes = state.read(FILE);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        Journal journal;
        try {
            journal = Json.MAPPER.readValue(bytes.get(), Journal.class);
        } catch (IOException e) {
            // The journal is written atomically and before any agent file: one that does not parse was never acted on.
            Files.deleteIfExists(state.resolve(FILE));
            return Optional.empty();
        }
        EditJournal found = new EditJournal(workspaceRoot.toAbsolutePath().normalize(), state.resolve(FILE), journal);
        boolean complete = journal.entries().stream().noneMatch(entry -> found.stateOf(entry) == State.FOREIGN);
        return Optional.of(found.settle(complete));
    }

    /** Brings every entry to its new (or old) state, leaves foreign ones alone, then deletes the journal. */
    private Recovery settle(boolean forward) throws IOException {
        List<String> leftAlone = new ArrayList<>();
        for (Entry entry : journal.entries()) {
            if (stateOf(entry) == State.FOREIGN) {
                leftAlone.add(entry.path());
            } else if (forward) {
                write(entry);
                if (entry.moves()) {
                    move(entry);
                }
            } else {
                rollBack(entry);
            }
        }
        Files.deleteIfExists(file);
        return new Recovery(forward, journal.edit(), leftAlone);
    }

    State stateOf(Entry entry) {
        try {
            Optional<byte[]> atOld = read(entry.path());
            if (!entry.moves()) {
                return atOld.map(b -> Arrays.equals(b, entry.newBytes()) ? State.NEW : Arrays.equals(b, entry.oldBytes()) ? State.OLD
                        : State.FOREIGN).orElse(State.FOREIGN);
            }
            Optional<byte[]> atNew = read(entry.newPath());
            if (atOld.isPresent() && atNew.isEmpty()) {
                // New bytes first: a move whose content stays the same is only waiting for its move.
                return Arrays.equals(atOld.get(), entry.newBytes()) ? State.WRITTEN_NOT_MOVED
                        : Arrays.equals(atOld.get(), entry.oldBytes()) ? State.OLD : State.FOREIGN;
            }
            return atOld.isEmpty() && atNew.isPresent() && Arrays.equals(atNew.get(), entry.newBytes()) ? State.NEW : State.FOREIGN;
        } catch (IOException e) {
            return State.FOREIGN;
        }
    }

    /** The new bytes at the entry's first place, unless they are there already (or moved on); false when nothing was written. */
    private boolean write(Entry entry) throws IOException {
        State state = stateOf(entry);
        if (state == State.NEW || state == State.WRITTEN_NOT_MOVED) {
            return false;
        }
        if (state == State.FOREIGN) {
            throw new WorkspaceChangedException(entry.path() + " was changed by another program during the edit.");
        }
        replace(entry.path(), entry.oldBytes(), entry.newBytes());
        return true;
    }

    private void move(Entry entry) throws IOException {
        if (stateOf(entry) == State.WRITTEN_NOT_MOVED) {
            Files.move(resolve(entry.path()), resolve(entry.newPath()));
        }
    }

    private void rollBack(Entry entry) throws IOException {
        State state = stateOf(entry);
        if (state == State.NEW && entry.moves()) {
            Files.move(resolve(entry.newPath()), resolve(entry.path()));
            state = State.WRITTEN_NOT_MOVED;
        }
        if (state == State.NEW || state == State.WRITTEN_NOT_MOVED) {
            replace(entry.path(), entry.newBytes(), entry.oldBytes());
        }
    }

    /** One atomic write of {@code bytes}, only while the file still holds {@code expected} (looked at again just before). */
    private void replace(String path, byte[] expected, byte[] bytes) throws IOException {
        Path target = resolve(path);
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(target, bytes)) {
            if (!read(path).map(now -> Arrays.equals(now, expected)).orElse(false)) {
                throw new WorkspaceChangedException(path + " was changed by another program during the edit.");
            }
            pending.commit();
        }
    }

    private Optional<byte[]> read(String path) throws IOException {
        Path target = resolve(path);
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(target));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private Path resolve(String relative) {
        Path resolved = root.resolve(relative).normalize();
        if (!resolved.startsWith(root)) {
            throw new IllegalArgumentException("Not a file of the workspace: " + relative);
        }
        return resolved;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Java always has SHA-256", e);
        }
    }

    /** A file of the edit holds bytes that are neither the old nor the new ones. */
    public static final class WorkspaceChangedException extends IOException {
        private static final long serialVersionUID = 1L;

        public WorkspaceChangedException(String message) {
            super(message);
        }
    }
}
