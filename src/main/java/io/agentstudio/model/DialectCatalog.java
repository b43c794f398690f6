package io.agentstudio.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields and tool names one dialect knows, in the order its documentation lists them, and the facts the
 * validation rules need about the dialect.
 *
 * @param tools               the built-in tool names
 * @param toolPatterns        regular expressions for tool names that are not built in but valid (MCP tools)
 * @param toolNamesIgnoreCase whether the tool matches tool names without regard to case
 * @param toolsMustResolve    whether an allowlist in which no entry is a real tool stops the agent from launching
 * @param identity            what identifies an agent: its {@code name} or its file name
 * @param namePattern         the regular expression a {@code name} must match, or null when names are free text
 * @param bodyLimit           the most characters the tool reads of the body (the system prompt), or 0 for no limit
 * @param severities          rule ids whose severity differs for this tool, because its loader refuses (error) or
 *                            loads (warning) what the rule's default assumes otherwise
 * @param builtInAgents       the agents the tool offers beside the user's (a delegation to them is not to an unknown agent)
 * @param subagentNever       tools the tool never gives a subagent, whatever its allowlist says
 * @param provenance          which version of the tool the catalog reflects, from which source, checked when
 */
public record DialectCatalog(Dialect dialect, List<FieldSpec> fields, List<String> tools, List<String> toolPatterns,
                             boolean toolNamesIgnoreCase, boolean toolsMustResolve, AgentIdentity identity,
                             String namePattern, int bodyLimit, Map<String, Severity> severities, List<String> builtInAgents,
                             List<String> subagentNever, Provenance provenance) {

    public DialectCatalog {
        fields = List.copyOf(fields);
        tools = List.copyOf(tools);
        toolPatterns = toolPatterns == null ? List.of() : List.copyOf(toolPatterns);
        identity = identity == null ? AgentIdentity.NAME : identity;
        severities = severities == null ? Map.of() : Map.copyOf(severities);
        builtInAgents = builtInAgents == null ? List.of() : List.copyOf(builtInAgents);
        subagentNever = subagentNever == null ? List.of() : List.copyOf(subagentNever);
    }

    /** Fields and tools only: identity by name, no name pattern, no body limit. */
    public DialectCatalog(Dialect dialect, List<FieldSpec> fields, List<String> tools) {
        this(dialect, fields, tools, List.of(), false, false, AgentIdentity.NAME, null, 0, Map.of(), List.of(), List.of(), null);
    }

    /** The severity this tool's loader gives a rule's findings, when it differs from the rule's default. */
    public Optional<Severity> severityOf(String ruleId) {
        return Optional.ofNullable(severities.get(ruleId));
    }

    /**
     * Where a catalog's facts come from.
     *
     * @param tool    the tool and version the facts were checked against, e.g. "Claude Code 2.1.332"
     * @param source  how they were checked: the loader run on the edge-case corpus, its code, its documentation
     * @param checked the date they were last checked (ISO 8601)
     */
    public record Provenance(String tool, String source, String checked) {
    }

    public Optional<FieldSpec> field(String name) {
        for (FieldSpec field : fields) { // a loop, not a stream: the rules ask for each field of every file
            if (field.name().equals(name)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /**
     * True when the tool has a tool of this name: a built-in one (without regard to case where the tool matches so) or
     * one its patterns accept (MCP tools, wildcards).
     */
    public boolean knowsTool(String tool) {
        for (String builtIn : tools) { // loops, not streams: the rules ask for every entry of every file's tool lists
            if (toolNamesIgnoreCase ? builtIn.equalsIgnoreCase(tool) : builtIn.equals(tool)) {
                return true;
            }
        }
        for (String pattern : toolPatterns) {
            if (CatalogPatterns.matches(pattern, tool)) {
                return true;
            }
        }
        return false;
    }

    public boolean knows(String name) {
        return field(name).isPresent();
    }
}
