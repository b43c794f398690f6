package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Claude Code plugin: {@code .claude-plugin/plugin.json}, the agents in {@code agents/}, and on request a
 * {@code .claude-plugin/marketplace.json} that lists the plugin. Plugin agents ignore {@code hooks},
 * {@code mcpServers} and {@code permissionMode} (FORMATS.md), so those are taken out and reported; every other byte
 * of an agent stays as written.
 */
final class ClaudePluginExporter extends AgentFileExporter {
    static final String PLUGIN_JSON = ".claude-plugin/plugin.json";
    static final String MARKETPLACE_JSON = ".claude-plugin/marketplace.json";
    private static final Set<String> IGNORED_BY_PLUGINS = Set.of("hooks", "mcpServers", "permissionMode");

    @Override
    public ExportTarget target() {
        return ExportTarget.CLAUDE_PLUGIN;
    }

    @Override
    String folder() {
        return "agents/";
    }

    @Override
    String extension() {
        return ".md";
    }

    @Override
    byte[] translate(SourceAgent agent, FieldReport report) {
        AgentDocument document = agent.document();
        for (FrontmatterField field : document.fields()) {
            if (IGNORED_BY_PLUGINS.contains(field.key())) {
                report.dropped(field.key(), "plugin agents ignore it (Claude Code reads it only from project and user agents)");
            } else {
                report.copied(field.key(), "as written");
            }
        }
        for (String key : IGNORED_BY_PLUGINS) {
            document = FrontmatterEditor.remove(document, key);
        }
        if (!agent.delegatesTo().isEmpty()) {
            report.copied("delegations", String.join(", ", agent.delegatesTo()) + ": as written");
        }
        return AgentFileParser.toBytes(document);
    }

    @Override
    void extraFiles(ExportSource source, ExporterOutput out) {
        PluginInfo plugin = source.plugin();
        String problem = plugin.nameProblem();
        if (!problem.isEmpty()) {
            out.problem(new ExportProblem(ExportProblem.Kind.OUTPUT, PLUGIN_JSON, problem, true));
        }
        out.file(PLUGIN_JSON, JsonFiles.bytes(pluginJson(plugin)));
        if (plugin.marketplace()) {
            out.file(MARKETPLACE_JSON, JsonFiles.bytes(marketplaceJson(plugin)));
        }
    }

    @Override
    void notes(ExporterOutput out) {
        out.note("Plugin agents are named plugin:agent in Claude Code; hooks, mcpServers and permissionMode are taken out"
                + " of them because plugin agents ignore those fields.");
    }

    static Map<String, Object> pluginJson(PluginInfo plugin) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", plugin.name());
        putIfGiven(json, "version", plugin.version());
        putIfGiven(json, "description", plugin.description());
        Map<String, Object> author = new LinkedHashMap<>();
        putIfGiven(author, "name", plugin.authorName());
        putIfGiven(author, "email", plugin.authorEmail());
        putIfGiven(author, "url", plugin.authorUrl());
        if (!author.isEmpty()) {
            json.put("author", author);
        }
        putIfGiven(json, "homepage", plugin.homepage());
        putIfGiven(json, "repository", plugin.repository());
        putIfGiven(json, "license", plugin.license());
        if (!plugin.keywords().isEmpty()) {
            json.put("keywords", plugin.keywords());
        }
        return json;
    }

    /** A marketplace of one plugin, the folder itself; its owner is the author, or the plugin when no author is given. */
    static Map<String, Object> marketplaceJson(PluginInfo plugin) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", plugin.name() + "-marketplace");
        json.put("owner", Map.of("name", plugin.authorName().isEmpty() ? plugin.name() : plugin.authorName()));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("name", plugin.name());
        entry.put("source", "./");
        putIfGiven(entry, "description", plugin.description());
        putIfGiven(entry, "version", plugin.version());
        json.put("plugins", List.of(entry));
        return json;
    }

    private static void putIfGiven(Map<String, Object> json, String key, String value) {
        if (!value.isEmpty()) {
            json.put(key, value);
        }
    }
}
