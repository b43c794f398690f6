package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code agent-studio-export.json} in the destination: which target, which studio version, when, and every file the
 * export wrote with its SHA-256. It is how a later export knows which files are its own: {@code --clean} removes only
 * files listed here, and a listed file whose bytes changed since was edited by someone and is not overwritten silently.
 */
public record ExportManifest(String target, String studioVersion, String time, List<Entry> files) {
    public static final String FILE_NAME = "agent-studio-export.json";

    public record Entry(String path, String sha256) {
    }

    public ExportManifest {
        files = files.stream().sorted(Comparator.comparing(Entry::path)).toList();
    }

    public Optional<Entry> entry(String path) {
        return files.stream().filter(e -> e.path().equals(path)).findFirst();
    }

    /** True when both describe the same files with the same content for the same target (version and time aside). */
    public boolean sameFiles(ExportManifest other) {
        return other != null && target.equals(other.target) && files.equals(other.files);
    }

    public byte[] toBytes() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", target);
        json.put("studioVersion", studioVersion);
        json.put("time", time);
        List<Map<String, String>> entries = new ArrayList<>();
        for (Entry entry : files) {
            Map<String, String> file = new LinkedHashMap<>();
            file.put("path", entry.path());
            file.put("sha256", entry.sha256());
            entries.add(file);
        }
        json.put("files", entries);
        return JsonFiles.bytes(json);
    }

    /** Reads a manifest; empty when the bytes are not one (then the file is someone else's). */
    public static Optional<ExportManifest> parse(byte[] bytes) {
        try {
            JsonNode json = JsonFiles.MAPPER.readTree(new String(bytes, StandardCharsets.UTF_8));
            if (json == null || !json.path("target").isTextual() || !json.path("files").isArray()) {
                return Optional.empty();
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode file : json.path("files")) {
                if (!file.path("path").isTextual() || !file.path("sha256").isTextual()) {
                    return Optional.empty();
                }
                entries.add(new Entry(file.path("path").asText(), file.path("sha256").asText()));
            }
            return Optional.of(new ExportManifest(json.path("target").asText(), json.path("studioVersion").asText(""),
                    json.path("time").asText(""), entries));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static String now(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
