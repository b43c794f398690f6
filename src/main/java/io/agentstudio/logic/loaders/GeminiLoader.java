package io.agentstudio.logic.loaders;

import io.agentstudio.logic.agentfile.LosslessText;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.model.CatalogPatterns;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gemini CLI's reading of an agent file (as of 0.61.0): only {@code *.md} files directly in an agents folder whose
 * names do not start with {@code _}; a frontmatter between a first line {@code ---} and a line {@code ---}; js-yaml
 * (which refuses repeated keys and tab indentation, and reads timestamps as dates); then a strict schema for a local
 * agent, or a remote (A2A) one, or a list of remote ones. Any departure refuses the agent.
 */
final class GeminiLoader implements ToolLoader {
    static final GeminiLoader INSTANCE = new GeminiLoader();
    static final String TOOL = "Gemini CLI 0.61.0";
    private static final Pattern FRONTMATTER = Pattern.compile("^---\\r?\\n([\\s\\S]*?)\\r?\\n---(?:\\r?\\n([\\s\\S]*))?");
    private static final Set<String> LOCAL_KEYS = Set.of("kind", "name", "description", "display_name", "tools", "mcp_servers",
            "model", "temperature", "max_turns", "timeout_mins");
    private static final Set<String> REMOTE_KEYS = Set.of("kind", "name", "description", "display_name", "auth", "agent_card_url",
            "agent_card_json");
    private static final Set<String> REMOTE_ONLY = Set.of("agent_card_url", "agent_card_json", "auth");

    private GeminiLoader() {
    }

    @Override
    public String tool() {
        return TOOL;
    }

    @Override
    public LoaderVerdict read(String written, Path relative) {
        // Node and Bun read each byte that is not UTF-8 as U+FFFD.
        String text = LosslessText.withReplacementCharacters(written);
        String file = relative.getFileName().toString();
        Path folder = relative.getParent();
        boolean direct = folder != null && folder.getFileName().toString().equals("agents");
        if (DialectLocator.inToolAgentsFolder(relative) && (!file.endsWith(".md") || file.startsWith("_") || !direct)) {
            return LoaderVerdict.refused("Gemini CLI reads only `.md` files directly in its agents folder, and none whose name"
                    + " starts with `_`", null, Map.of(), false);
        }
        Matcher block = FRONTMATTER.matcher(text);
        if (!block.lookingAt()) {
            return LoaderVerdict.refused("Gemini CLI finds no frontmatter: the file must start with a line `---` (no byte order"
                    + " mark, no blank line before it) closed by a line `---`", null, Map.of(), false);
        }
        Yaml12.Parsed parsed = Yaml12.jsYaml().load(block.group(1));
        if (!parsed.ok()) {
            return LoaderVerdict.refused("Gemini CLI cannot read the frontmatter as YAML (" + parsed.error() + ")", null, Map.of(),
                    false);
        }
        if (parsed.value() instanceof List<?> list) {
            for (Object item : list) {
                Optional<Problem> problem = remote(item);
                if (problem.isPresent()) {
                    return LoaderVerdict.refused("Gemini CLI refuses the list of remote agents: " + problem.get().text, problem.get().key,
                            Map.of(), false);
                }
            }
            return LoaderVerdict.loaded(Map.of(), false);
        }
        Map<String, Object> frontmatter = mapping(parsed.value());
        Optional<Problem> local = local(parsed.value());
        Optional<Problem> remote = local.isEmpty() ? Optional.empty() : remote(parsed.value());
        if (local.isEmpty() || remote.isEmpty()) {
            return LoaderVerdict.loaded(frontmatter, false);
        }
        Problem shown = intendsRemote(frontmatter) ? remote.get() : local.get();
        return LoaderVerdict.refused("Gemini CLI refuses the agent: " + shown.text, shown.key, frontmatter, false);
    }

    private record Problem(String key, String text) {
    }

    private static boolean intendsRemote(Map<String, Object> frontmatter) {
        return "remote".equals(frontmatter.get("kind")) || frontmatter.keySet().stream().anyMatch(REMOTE_ONLY::contains);
    }

    private static Optional<Problem> local(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            return Optional.of(new Problem(null, "the frontmatter must be a set of `key: value` fields"));
        }
        Map<String, Object> fm = mapping(value);
        List<Problem> problems = new ArrayList<>();
        unknownKeys(fm, LOCAL_KEYS).ifPresent(problems::add);
        if (fm.containsKey("kind") && !"local".equals(fm.get("kind"))) {
            problems.add(new Problem("kind", "`kind` must be `local` or `remote`"));
        }
        name(fm).ifPresent(problems::add);
        Object description = fm.get("description");
        if (!(description instanceof String text) || text.isEmpty()) {
            problems.add(new Problem("description", description == null && !fm.containsKey("description")
                    ? "`description` is required" : "`description` must be non-empty text"));
        }
        text(fm, "display_name").ifPresent(problems::add);
        text(fm, "model").ifPresent(problems::add);
        tools(fm).ifPresent(problems::add);
        servers(fm).ifPresent(problems::add);
        if (fm.containsKey("temperature") && !isNumber(fm.get("temperature"))) {
            problems.add(new Problem("temperature", "`temperature` must be a number"));
        }
        positiveWhole(fm, "max_turns").ifPresent(problems::add);
        positiveWhole(fm, "timeout_mins").ifPresent(problems::add);
        return problems.stream().findFirst();
    }

    private static Optional<Problem> remote(Object value) {
        if (!(value instanceof Map<?, ?>)) {
            return Optional.of(new Problem(null, "each remote agent must be a set of `key: value` fields"));
        }
        Map<String, Object> fm = mapping(value);
        List<Problem> problems = new ArrayList<>();
        unknownKeys(fm, REMOTE_KEYS).ifPresent(problems::add);
        if (fm.containsKey("kind") && !"remote".equals(fm.get("kind"))) {
            problems.add(new Problem("kind", "`kind` must be `local` or `remote`"));
        }
        name(fm).ifPresent(problems::add);
        text(fm, "description").ifPresent(problems::add);
        text(fm, "display_name").ifPresent(problems::add);
        if (fm.containsKey("auth") && !(fm.get("auth") instanceof Map<?, ?> auth && Set.of("apiKey", "http", "google-credentials",
                "oauth").contains(String.valueOf(auth.get("type"))))) {
            problems.add(new Problem("auth", "`auth` must be a map with a `type` of apiKey, http, google-credentials or oauth"));
        }
        boolean url = fm.get("agent_card_url") instanceof String u && u.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.+");
        boolean json = fm.get("agent_card_json") instanceof String;
        if (url == json) {
            problems.add(new Problem(fm.containsKey("agent_card_url") ? "agent_card_url" : null,
                    "a remote agent needs exactly one of `agent_card_url` (a URL) and `agent_card_json`"));
        }
        return problems.stream().findFirst();
    }

    private static Optional<Problem> unknownKeys(Map<String, Object> fm, Set<String> known) {
        List<String> unknown = fm.keySet().stream().filter(k -> !known.contains(k)).toList();
        return unknown.isEmpty() ? Optional.empty()
                : Optional.of(new Problem(unknown.get(0), "it does not know the key" + (unknown.size() > 1 ? "s " : " ")
                + String.join(", ", unknown.stream().map(k -> "`" + k + "`").toList())));
    }

    private static Optional<Problem> name(Map<String, Object> fm) {
        Object name = fm.get("name");
        if (!(name instanceof String text)) {
            return Optional.of(new Problem("name", fm.containsKey("name") ? "`name` must be text, not " + ClaudeCodeLoader.jsType(
                    name == null ? "" : name).replace("a String", "nothing") : "`name` is required"));
        }
        return CatalogPatterns.matches(Catalogs.load().of(Dialect.GEMINI).namePattern(), text) ? Optional.empty()
                : Optional.of(new Problem("name", "`name` must be lowercase letters, digits, `-` and `_`"));
    }

    private static Optional<Problem> text(Map<String, Object> fm, String key) {
        return fm.containsKey(key) && !(fm.get(key) instanceof String)
                ? Optional.of(new Problem(key, "`" + key + "` must be text")) : Optional.empty();
    }

    private static Optional<Problem> tools(Map<String, Object> fm) {
        if (!fm.containsKey("tools")) {
            return Optional.empty();
        }
        if (!(fm.get("tools") instanceof List<?> tools)) {
            return Optional.of(new Problem("tools", "`tools` must be a YAML list"));
        }
        DialectCatalog catalog = Catalogs.load().of(Dialect.GEMINI);
        for (Object tool : tools) {
            if (!(tool instanceof String name)) {
                return Optional.of(new Problem("tools", "every tool must be a name"));
            }
            if (!catalog.knowsTool(name)) {
                return Optional.of(new Problem("tools", "it has no tool `" + name + "`"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> servers(Map<String, Object> fm) {
        if (!fm.containsKey("mcp_servers")) {
            return Optional.empty();
        }
        if (!(fm.get("mcp_servers") instanceof Map<?, ?> servers)) {
            return Optional.of(new Problem("mcp_servers", "`mcp_servers` must be a map of server names"));
        }
        for (Object server : servers.values()) {
            if (!(server instanceof Map<?, ?> config)) {
                return Optional.of(new Problem("mcp_servers", "each MCP server must be a map"));
            }
            for (String key : List.of("command", "cwd", "url", "http_url", "tcp", "description")) {
                if (config.containsKey(key) && !(config.get(key) instanceof String)) {
                    return Optional.of(new Problem("mcp_servers", "an MCP server's `" + key + "` must be text"));
                }
            }
            for (String key : List.of("args", "include_tools", "exclude_tools")) {
                if (config.containsKey(key) && !(config.get(key) instanceof List<?> list && list.stream().allMatch(String.class::isInstance))) {
                    return Optional.of(new Problem("mcp_servers", "an MCP server's `" + key + "` must be a list of text"));
                }
            }
            if (config.containsKey("type") && !List.of("sse", "http").contains(config.get("type"))) {
                return Optional.of(new Problem("mcp_servers", "an MCP server's `type` must be sse or http"));
            }
            if (config.containsKey("timeout") && !isNumber(config.get("timeout"))) {
                return Optional.of(new Problem("mcp_servers", "an MCP server's `timeout` must be a number"));
            }
            if (config.containsKey("trust") && !(config.get("trust") instanceof Boolean)) {
                return Optional.of(new Problem("mcp_servers", "an MCP server's `trust` must be true or false"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> positiveWhole(Map<String, Object> fm, String key) {
        if (!fm.containsKey(key)) {
            return Optional.empty();
        }
        Object value = fm.get(key);
        boolean whole = value instanceof Integer || value instanceof Long || value instanceof BigInteger
                || value instanceof Double d && d == Math.rint(d) && !d.isInfinite();
        return whole && ((Number) value).doubleValue() > 0 ? Optional.empty()
                : Optional.of(new Problem(key, "`" + key + "` must be a whole number above 0"));
    }

    private static boolean isNumber(Object value) {
        return value instanceof Number n && !Double.isNaN(n.doubleValue());
    }

    private static Map<String, Object> mapping(Object value) {
        Map<String, Object> keyed = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> keyed.put(String.valueOf(k), v));
        }
        return keyed;
    }
}
