package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.NameList;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tools entry that lets an agent start others: {@code Agent(a, b)}, or {@code Task(...)}, Claude Code's old name
 * for the same tool. The one place that knows how such an entry is written: read, built, and changed name by name.
 *
 * @param tool   {@code Agent} or {@code Task}, as written
 * @param agents the agents it may start, as written
 */
public record SpawnTool(String tool, List<String> agents) {
    private static final Pattern ENTRY = Pattern.compile("^(Agent|Task)\\s*\\((.*)\\)$");
    /** An entry inside the raw text of a tools field (a flow list, a comma list), for finding where names are. */
    static final Pattern IN_TEXT = Pattern.compile("\\b(?:Agent|Task)\\s*\\(([^)]*)\\)");

    public SpawnTool {
        agents = List.copyOf(agents);
    }

    /** The entry as a spawn tool with its list; empty for any other entry, {@code Agent} alone included. */
    public static Optional<SpawnTool> parse(String entry) {
        Matcher spawn = ENTRY.matcher(entry.strip());
        return spawn.matches() ? Optional.of(new SpawnTool(spawn.group(1), NameList.splitCommas(spawn.group(2)))) : Optional.empty();
    }

    /** True for the tool's own name without a list: {@code Agent} or {@code Task}. */
    public static boolean isToolName(String name) {
        return name.equals("Agent") || name.equals("Task");
    }

    /** The entry with each agent name passed through {@code rename}. */
    public SpawnTool renamed(UnaryOperator<String> rename) {
        return new SpawnTool(tool, agents.stream().map(rename).toList());
    }

    /** The entry without the names {@code leaving} says go; empty when no name is left (the entry goes too). */
    public Optional<SpawnTool> without(Predicate<String> leaving) {
        List<String> kept = agents.stream().filter(leaving.negate()).toList();
        return kept.isEmpty() ? Optional.empty() : Optional.of(new SpawnTool(tool, kept));
    }

    /** As written in a tools list: {@code Agent(a, b)}. */
    public String entry() {
        return tool + "(" + String.join(", ", agents) + ")";
    }
}
