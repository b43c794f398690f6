package io.agentstudio.logic.export;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterField;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
            Optional<String> refused = marketplaceNameProblem(marketplaceName(plugin), mappings);
            if (refused.isPresent()) {
                out.problem(new ExportProblem(ExportProblem.Kind.OUTPUT, MARKETPLACE_JSON, refused.get()
                        + " Choose another plugin name (the marketplace is named after it) or export without a marketplace.", false));
            } else {
                out.file(MARKETPLACE_JSON, JsonFiles.bytes(marketplaceJson(plugin)));
            }
        }
    }

    /** The name of the one-plugin marketplace written beside the plugin. */
    static String marketplaceName(PluginInfo plugin) {
        return plugin.name() + "-marketplace";
    }

    /**
     * Why Claude Code 2.1.332 would refuse a marketplace of this name, or empty: a name it keeps for Anthropic's own
     * marketplaces or for plugins of its own (lists in mappings.yaml), or one that looks like an official Anthropic or
     * Claude marketplace (its rule {@code aHt} in bin/claude.exe, checked 2026-12-06, rebuilt below: "Marketplace name
     * impersonates an official Anthropic/Claude marketplace").
     */
    static Optional<String> marketplaceNameProblem(String name, ExportMappings mappings) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (mappings.reservedMarketplaceNames().contains(lower)) {
            return Optional.of("The marketplace name `" + name + "` is reserved by Claude Code for official Anthropic"
                    + " marketplaces; it refuses it for any other source.");
        }
        String ownUse = mappings.claudeCodeMarketplaceNames().get(lower);
        if (ownUse != null) {
            return Optional.of("The marketplace name `" + name + "` is reserved by Claude Code for " + ownUse + ".");
        }
        if (looksOfficial(name)) {
            return Optional.of("The marketplace name `" + name + "` looks like an official Anthropic or Claude marketplace,"
                    + " which Claude Code refuses (\"Marketplace name impersonates an official Anthropic/Claude marketplace\").");
        }
        return Optional.empty();
    }

    private static final String OFFICIAL = "official[^a-z0-9]*(anthropic|claude)|(?:anthropic|claude)[^a-z0-9]*official";
    private static final List<String> SHORT_WORDS = List.of("marketplace", "plugins", "official");
    private static final List<String> ALL_WORDS = List.of("marketplace", "plugins", "official", "directory", "directories");
    private static final Pattern LOOKS_OFFICIAL_SHORT = lookAlike(SHORT_WORDS);
    private static final Pattern LOOKS_OFFICIAL = lookAlike(ALL_WORDS);
    private static final Pattern NOT_PRINTABLE_ASCII = Pattern.compile("[^\\u0020-\\u007E]");
    private static final Pattern JOINED = Pattern.compile("^(?:anthropic|claude)(?:" + String.join("|", ALL_WORDS) + ")s?$",
            Pattern.CASE_INSENSITIVE);

    private static Pattern lookAlike(List<String> words) {
        return Pattern.compile("(?:" + OFFICIAL + "|^(?:anthropic|claude)[^a-z0-9]*(" + String.join("|", words) + "))",
                Pattern.CASE_INSENSITIVE);
    }

    /** Claude Code's look-alike rule: the words official, anthropic or claude combined as an official marketplace's. */
    static boolean looksOfficial(String name) {
        if (NOT_PRINTABLE_ASCII.matcher(name).find() || LOOKS_OFFICIAL_SHORT.matcher(name).find()
                || LOOKS_OFFICIAL.matcher(name).find() || LOOKS_OFFICIAL.matcher(name.replaceFirst("(?i)^[^a-z0-9]+", "")).find()) {
            return true;
        }
        if (Pattern.compile("official(?:anthropic|claude)|(?:anthropic|claude)official", Pattern.CASE_INSENSITIVE)
                .matcher(name.replaceAll("(?i)[^a-z0-9]+", "")).find()) {
            return true;
        }
        int longest = 9 + ALL_WORDS.stream().mapToInt(String::length).max().orElse(0) + 1;
        StringBuilder joined = new StringBuilder();
        for (String word : name.split("(?i)[^a-z0-9]+")) {
            if (word.isEmpty()) {
                continue;
            }
            joined.append(word);
            if (JOINED.matcher(joined).matches()) {
                return true;
            }
            if (joined.length() > longest) {
                return false;
            }
        }
        return false;
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
        json.put("name", marketplaceName(plugin));
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
