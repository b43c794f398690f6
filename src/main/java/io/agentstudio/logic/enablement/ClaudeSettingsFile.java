package io.agentstudio.logic.enablement;

import io.agentstudio.logic.workspace.AtomicFileWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A Claude Code settings file on disk ({@code .claude/settings.json}), read once and written only if it still holds
 * what was read: a change another program (or Claude Code itself) made meanwhile is never overwritten. Writes are
 * atomic ({@link AtomicFileWriter}). A {@link SettingsRefusedException} says what is wrong without the file's name,
 * which the caller puts before it as the user knows it.
 */
public final class ClaudeSettingsFile {
    /** A settings file is a few kilobytes; anything this large is not one the studio should splice. */
    private static final int MAX_BYTES = 1024 * 1024;

    /** The file as read: {@code bytes} null when there was none. */
    public record Snapshot(Path path, byte[] bytes) {
        public boolean exists() {
            return bytes != null;
        }
    }

    private ClaudeSettingsFile() {
    }

    /** Reads the file; a missing file is a snapshot without bytes. */
    public static Snapshot read(Path path) throws IOException, SettingsRefusedException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new SettingsRefusedException("is larger than 1 MB, too large for a settings file");
            }
            return new Snapshot(path, bytes);
        } catch (NoSuchFileException e) {
            return new Snapshot(path, null);
        }
    }

    /** The snapshot's text, parsed (empty when there is no file); a file that is not a UTF-8 JSON object is refused. */
    public static Optional<ClaudeSettingsText> parse(Snapshot snapshot) throws SettingsRefusedException {
        if (!snapshot.exists()) {
            return Optional.empty();
        }
        return Optional.of(ClaudeSettingsText.parse(text(snapshot)));
    }

    /**
     * Replaces the file with {@code text} (or deletes it when empty), if the disk still holds the snapshot's bytes.
     *
     * @return false when there was nothing to write (the disk already holds that)
     * @throws SettingsRefusedException when the file changed on disk since it was read; nothing was written
     */
    public static boolean write(Snapshot before, Optional<String> text) throws IOException, SettingsRefusedException {
        byte[] after = text.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
        if (Arrays.equals(before.bytes(), after)) {
            return false;
        }
        if (after == null) {
            requireUnchanged(before);
            Files.delete(before.path());
            return true;
        }
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(before.path(), after)) {
            // Forcing the temporary file took time: look at the disk again just before the rename.
            requireUnchanged(before);
            if (before.exists()) {
                pending.commit();
            } else if (!pending.commitNew()) {
                throw changed(before);
            }
        }
        return true;
    }

    /** The {@code permissions.deny} entries of a file; none when it is missing, unreadable or not valid JSON. */
    public static List<String> denyEntriesQuietly(Path path) {
        try {
            return parse(read(path)).map(ClaudeSettingsText::denyEntries).orElse(List.of());
        } catch (IOException | SettingsRefusedException e) {
            return List.of();
        }
    }

    private static void requireUnchanged(Snapshot before) throws IOException, SettingsRefusedException {
        Snapshot now = read(before.path());
        if (!Arrays.equals(now.bytes(), before.bytes())) {
            throw changed(before);
        }
    }

    private static SettingsRefusedException changed(Snapshot before) {
        return new SettingsRefusedException("was " + (before.exists() ? "changed" : "created")
                + " by another program while the studio was editing it; try again");
    }

    private static String text(Snapshot snapshot) throws SettingsRefusedException {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(snapshot.bytes())).toString();
        } catch (CharacterCodingException e) {
            throw new SettingsRefusedException("is not UTF-8 text");
        }
    }
}
