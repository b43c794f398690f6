package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import io.agentstudio.logic.workspace.StudioStateDirectory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What this workspace's exports wrote into each destination, kept in the workspace's own {@code .agent-studio/exports/}
 * (one file per destination, named by a hash of its real path, which the file repeats). It is the proof {@code --clean}
 * asks for before removing a file: the destination's {@code agent-studio-export.json} is in a folder anyone may write
 * to, so a manifest listing a file proves nothing (ADR 0012). A file listed there but not here is left in place.
 */
final class ExportRecords {
    private static final String FOLDER = "exports/";

    private final StudioStateDirectory state;

    ExportRecords(StudioStateDirectory state) {
        this.state = state;
    }

    /** Path to SHA-256 of every file this workspace's exports wrote into {@code destination}; empty when none is recorded. */
    Map<String, String> read(Path destination) throws IOException {
        Optional<byte[]> bytes = state.read(fileName(destination));
        if (bytes.isEmpty()) {
            return Map.of();
        }
        JsonNode json;
        try {
            json = JsonFiles.MAPPER.readTree(new String(bytes.get(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Map.of(); // a damaged record proves nothing; cleaning then leaves files rather than guessing
        }
        if (json == null || !destination.toString().equals(json.path("destination").asText(null))) {
            return Map.of();
        }
        Map<String, String> files = new HashMap<>();
        for (JsonNode file : json.path("files")) {
            if (file.path("path").isTextual() && file.path("sha256").isTextual()) {
                files.put(file.path("path").asText(), file.path("sha256").asText());
            }
        }
        return files;
    }

    void write(Path destination, List<ExportManifest.Entry> files) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("destination", destination.toString());
        List<Map<String, String>> entries = new ArrayList<>();
        for (ExportManifest.Entry entry : new ExportManifest("", "", "", files).files()) {
            Map<String, String> file = new LinkedHashMap<>();
            file.put("path", entry.path());
            file.put("sha256", entry.sha256());
            entries.add(file);
        }
        json.put("files", entries);
        state.write(fileName(destination), JsonFiles.bytes(json));
    }

    private static String fileName(Path destination) {
        return FOLDER + ExportManifest.sha256(destination.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 32) + ".json";
    }
}
