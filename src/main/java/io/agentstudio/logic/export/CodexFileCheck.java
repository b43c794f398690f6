package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What Codex needs of an agent file (FORMATS.md): TOML that parses, with {@code name}, {@code description} and
 * {@code developer_instructions} as non-empty strings, and the optional keys as strings when present.
 */
public final class CodexFileCheck {
    private static final List<String> REQUIRED = List.of("name", "description", "developer_instructions");
    private static final List<String> OPTIONAL_TEXT = List.of("model", "model_reasoning_effort", "sandbox_mode");

    private CodexFileCheck() {
    }

    /** Why Codex would not load the file, or empty. */
    public static Optional<String> problem(byte[] bytes) {
        JsonNode toml;
        try {
            toml = CodexExporter.TOML.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.of("is not valid TOML: " + e.getMessage().lines().findFirst().orElse(""));
        }
        for (String key : REQUIRED) {
            if (!toml.path(key).isTextual() || toml.path(key).asText().isBlank()) {
                return Optional.of("has no " + key + ", which Codex requires");
            }
        }
        for (String key : OPTIONAL_TEXT) {
            if (toml.has(key) && !toml.path(key).isTextual()) {
                return Optional.of(key + " is not a string");
            }
        }
        return Optional.empty();
    }
}
