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
public record ExportMappings(Map<String, String> modelAliases, String openCodeProvider, List<String> openCodeModels,
                      List<String> copilotModels, List<String> readOnlyTools, Map<String, List<String>> geminiTools,
                      Map<String, List<String>> moreGeminiTools,
                      Map<String, List<String>> copilotTools, Map<String, List<String>> openCodePermissions,
                      Map<String, String> openCodeColors, Map<String, String> codexEffort, Map<String, String> codexSandbox,
                      List<String> reservedMarketplaceNames, Map<String, String> claudeCodeMarketplaceNames,
                      Map<String, String> skillFolders, Map<String, String> skillsField) {
    private static final String RESOURCE = "/io/agentstudio/export/mappings.yaml";
    private static final ExportMappings BUILT_IN = read();

    public static ExportMappings load() {
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

    /** A Claude Code model setting read as a Claude model: aliases through the table, provider ids as Anthropic's. */
    Optional<ClaudeModel> claudeModel(String model) {
        return ClaudeModel.read(model, modelAliases);
    }

    /**
     * The Anthropic model id a model setting names, read as {@link ClaudeModel} reads it (an alias as the id it stands
     * for, a provider's id as Anthropic's); empty when it names no Claude model. For the importers, which read other
     * tools' model settings back.
     */
    public Optional<String> claudeModelId(String model) {
        return claudeModel(model).map(ClaudeModel::id);
    }

    /** The Gemini CLI names of Claude Code's tools: FORMATS.md's table, then the studio's additions. */
    Map<String, List<String>> allGeminiTools() {
        Map<String, List<String>> all = new LinkedHashMap<>(geminiTools);
        moreGeminiTools.forEach(all::putIfAbsent);
        return all;
    }

    /**
     * True when every tool of the list is one known not to change files, run commands or start agents: an allowlist,
     * so a tool the table does not know (a new one, a typo, any {@code mcp__} tool) makes the agent not read-only.
     */
    boolean readOnly(List<String> claudeTools) {
        return claudeTools.stream().allMatch(readOnlyTools::contains);
    }

    /** Why an agent with these tools is not read-only, for the report: the tools that keep it from being so. */
    String whyNotReadOnly(List<String> claudeTools) {
        List<String> writers = claudeTools.stream().filter(tool -> !readOnlyTools.contains(tool)).toList();
        return "(not read-only: " + String.join(", ", writers) + " can change files, run commands or start agents, or is not"
                + " known to the studio)";
    }
}
