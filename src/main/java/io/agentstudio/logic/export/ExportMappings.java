package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The translation tables of the exporters, read once from {@code /io/agentstudio/export/mappings.yaml}: tool names,
 * model names, colours and permission keys per target. Data, so a tool's next release means editing one file.
 */
record ExportMappings(Map<String, String> modelAliases, String openCodeProvider, Map<String, String> copilotModels,
                      List<String> writeTools, Map<String, List<String>> geminiTools, Map<String, List<String>> moreGeminiTools,
                      Map<String, List<String>> copilotTools, Map<String, String> openCodePermissions,
                      Map<String, String> openCodeColors, Map<String, String> codexEffort, Map<String, String> codexSandbox) {
    private static final String RESOURCE = "/io/agentstudio/export/mappings.yaml";
    private static final ExportMappings BUILT_IN = read();

    static ExportMappings load() {
        return BUILT_IN;
    }

    private static ExportMappings read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        try (InputStream in = ExportMappings.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The built-in export mappings " + RESOURCE + " are missing");
            }
            return yaml.readValue(in, ExportMappings.class);
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in export mappings " + RESOURCE + " are broken", e);
        }
    }

    /** A Claude Code model as a full model id: an alias through the table, a full id as it is; empty for others. */
    Optional<String> claudeModelId(String model) {
        if (modelAliases.containsKey(model)) {
            return Optional.of(modelAliases.get(model));
        }
        return model.startsWith("claude-") ? Optional.of(model) : Optional.empty();
    }

    /** The Gemini CLI names of Claude Code's tools: FORMATS.md's table, then the studio's additions. */
    Map<String, List<String>> allGeminiTools() {
        Map<String, List<String>> all = new LinkedHashMap<>(geminiTools);
        moreGeminiTools.forEach(all::putIfAbsent);
        return all;
    }

    /** True when the tool list gives the agent no way to change files or run commands. */
    boolean readOnly(List<String> claudeTools) {
        return claudeTools.stream().noneMatch(writeTools::contains);
    }
}
