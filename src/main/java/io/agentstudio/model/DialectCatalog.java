package io.agentstudio.model;

import java.util.List;
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
 */
public record DialectCatalog(Dialect dialect, List<FieldSpec> fields, List<String> tools, List<String> toolPatterns,
                             boolean toolNamesIgnoreCase, boolean toolsMustResolve, AgentIdentity identity,
                             String namePattern, int bodyLimit) {

    public DialectCatalog {
        fields = List.copyOf(fields);
        tools = List.copyOf(tools);
        toolPatterns = toolPatterns == null ? List.of() : List.copyOf(toolPatterns);
        identity = identity == null ? AgentIdentity.NAME : identity;
    }

    /** Fields and tools only: identity by name, no name pattern, no body limit. */
    public DialectCatalog(Dialect dialect, List<FieldSpec> fields, List<String> tools) {
        this(dialect, fields, tools, List.of(), false, false, AgentIdentity.NAME, null, 0);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public boolean knows(String name) {
        return field(name).isPresent();
    }
}
