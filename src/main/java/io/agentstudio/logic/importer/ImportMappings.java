package io.agentstudio.logic.importer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The tables that read the other tools' names back as Claude Code's, from {@code /io/agentstudio/importer/import-mappings.yaml}
 * (the reverse of the export mappings; data, so a tool's next release means editing one file).
 */
record ImportMappings(Map<String, List<String>> openCodePermissions, Map<String, List<String>> copilotTools,
                      Map<String, List<String>> geminiTools, List<String> readOnlyTools, Map<String, String> codexEffort) {
    private static final String RESOURCE = "/io/agentstudio/importer/import-mappings.yaml";
    private static final ImportMappings BUILT_IN = read();

    static ImportMappings load() {
        return BUILT_IN;
    }

    private static ImportMappings read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = ImportMappings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The built-in import mappings " + RESOURCE + " are missing");
            }
            return yaml.readValue(in, ImportMappings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in import mappings " + RESOURCE + " are broken", e);
        }
    }
}
