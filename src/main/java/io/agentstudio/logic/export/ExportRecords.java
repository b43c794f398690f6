package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.agentstudio.logic.workspace.StudioStateDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What this workspace's exports wrote into each destination, kept in the workspace's own {@code .agent-studio/exports/}
 * (one file per destination, named by a hash of its real path, which the file repeats). It is the proof {@code --clean}
 * asks for before removing a file: the destination's {@code agent-studio-export.json} is in a folder anyone may write
 * to, so a manifest listing a file proves nothing (ADR 0012). A file listed there but not here is left in place.
 * <p>
 * Before a commit the record already holds the bytes about to be written (beside the earlier ones) and is marked
 * pending, so an export killed at any moment can still clean what it wrote, and the studio's next start knows which
 * destinations to recover ({@link ExportCommit#recover}); after the commit it holds exactly what the destination has.
 */
final class ExportRecords {
    private static final String FOLDER = "exports";

    private final StudioStateDirectory state;

    ExportRecords(StudioStateDirectory state) {
        this.state = state;
    }

    private record Record(Path destination, boolean pending, Map<String, Set<String>> files) {
    }

    /**
     * Per path, the SHA-256 of the bytes this workspace's exports wrote into {@code destination}; empty when none is
     * recorded or the record cannot be read (then nothing is proven, and --clean leaves files rather than guessing).
     */
    Map<String, Set<String>> read(Path destination) {
        Optional<byte[]> bytes;
        try {
            bytes = state.read(fileName(destination));
        } catch (IOException e) {
            return Map.of();
        }
        return parse(bytes).filter(r -> r.destination().equals(destination)).map(Record::files).orElse(Map.of());
    }

    /** The destinations whose last commit has not been seen to end. */
    List<Path> pending() throws IOException {
        Path folder = state.path().resolve(FOLDER);
        List<Path> destinations = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return destinations;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.json")) {
            for (Path file : files) {
                parse(Optional.of(Files.readAllBytes(file))).filter(Record::pending).ifPresent(r -> destinations.add(r.destination()));
            }
        }
        return destinations;
    }

    /** Before a commit: the bytes about to be written join the recorded ones, and the destination is marked pending. */
    void beginCommit(Path destination, List<ExportManifest.Entry> written) throws IOException {
        Map<String, Set<String>> files = new HashMap<>();
        read(destination).forEach((path, hashes) -> files.put(path, new HashSet<>(hashes)));
        written.forEach(entry -> files.computeIfAbsent(entry.path(), p -> new HashSet<>()).add(entry.sha256()));
        write(new Record(destination, true, files));
    }

    /** After a commit: exactly what the destination now holds of this workspace's exports. */
    void endCommit(Path destination, List<ExportManifest.Entry> written) throws IOException {
        Map<String, Set<String>> files = new HashMap<>();
        written.forEach(entry -> files.computeIfAbsent(entry.path(), p -> new HashSet<>()).add(entry.sha256()));
        write(new Record(destination, false, files));
    }

    /** After a recovery of {@code destination}: what is recorded stays, it is no longer pending. */
    void recovered(Path destination) throws IOException {
        write(new Record(destination, false, read(destination)));
    }

    private void write(Record record) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("destination", record.destination().toString());
        json.put("pending", record.pending());
        List<Map<String, String>> entries = new ArrayList<>();
        new TreeMap<>(record.files()).forEach((path, hashes) -> new TreeSet<>(hashes).forEach(hash -> {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("path", path);
            entry.put("sha256", hash);
            entries.add(entry);
        }));
        json.put("files", entries);
        state.write(fileName(record.destination()), JsonFiles.bytes(json));
    }

    /** A damaged record proves nothing; cleaning then leaves files rather than guessing. */
    private static Optional<Record> parse(Optional<byte[]> bytes) {
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode json = JsonFiles.MAPPER.readTree(new String(bytes.get(), StandardCharsets.UTF_8));
            if (json == null || !json.path("destination").isTextual()) {
                return Optional.empty();
            }
            Map<String, Set<String>> files = new HashMap<>();
            for (JsonNode file : json.path("files")) {
                if (file.path("path").isTextual() && file.path("sha256").isTextual()) {
                    files.computeIfAbsent(file.path("path").asText(), p -> new HashSet<>()).add(file.path("sha256").asText());
                }
            }
            return Optional.of(new Record(Path.of(json.path("destination").asText()), json.path("pending").asBoolean(false), files));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String fileName(Path destination) {
        return FOLDER + "/" + ExportManifest.sha256(destination.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json";
    }
}
