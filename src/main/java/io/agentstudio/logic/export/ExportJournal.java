package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code journal.json} in an export's staging folder: the steps of the commit, with the SHA-256 a file had before and
 * has after, and the folders the commit creates. Its first appearance is the commit point: a staging folder without
 * one is discarded, one with a {@link Direction#FORWARD} journal is completed, one with {@link Direction#BACK} (a
 * failure that was being undone) is rolled back. Each step can be repeated safely, so a recovery that is itself
 * interrupted is simply run again.
 *
 * @param folders the folders the commit creates, outermost first (absolute paths)
 */
record ExportJournal(Direction direction, List<Entry> steps, List<String> folders) {
    static final String FILE_NAME = "journal.json";

    enum Direction { FORWARD, BACK }

    /** One step: {@code before} is null for a file that did not exist, {@code after} null for a removal. */
    record Entry(String path, FileChange.Kind kind, String before, String after) {
    }

    ExportJournal {
        steps = List.copyOf(steps);
        folders = List.copyOf(folders);
    }

    ExportJournal turnedBack() {
        return new ExportJournal(Direction.BACK, steps, folders);
    }

    /** Writes the journal beside a temporary name and renames it into place with {@code mover}: all or nothing. */
    void write(Path staging, FileMover mover) throws IOException {
        Path temporary = staging.resolve(FILE_NAME + ".tmp");
        Files.deleteIfExists(temporary);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(toBytes());
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        mover.move(temporary, staging.resolve(FILE_NAME));
    }

    /** Rewrites the journal in place (the rollback's own record, not a commit point). */
    void rewrite(Path staging) throws IOException {
        write(staging, (source, target) -> Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING));
    }

    static Optional<ExportJournal> read(Path staging) throws IOException {
        Path file = staging.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode json = JsonFiles.MAPPER.readTree(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        List<Entry> steps = new ArrayList<>();
        for (JsonNode step : json.path("steps")) {
            steps.add(new Entry(step.path("path").asText(), FileChange.Kind.valueOf(step.path("kind").asText()),
                    step.path("before").isTextual() ? step.path("before").asText() : null,
                    step.path("after").isTextual() ? step.path("after").asText() : null));
        }
        List<String> folders = new ArrayList<>();
        json.path("folders").forEach(folder -> folders.add(folder.asText()));
        return Optional.of(new ExportJournal(Direction.valueOf(json.path("direction").asText()), steps, folders));
    }

    private byte[] toBytes() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("direction", direction.name());
        List<Map<String, String>> entries = new ArrayList<>();
        for (Entry step : steps) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("path", step.path());
            entry.put("kind", step.kind().name());
            entry.put("before", step.before());
            entry.put("after", step.after());
            entries.add(entry);
        }
        json.put("steps", entries);
        json.put("folders", folders);
        return JsonFiles.bytes(json);
    }
}
