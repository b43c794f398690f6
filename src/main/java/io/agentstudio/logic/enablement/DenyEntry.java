package io.agentstudio.logic.enablement;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code permissions.deny} entry of Claude Code that stops its Agent tool from launching one agent:
 * {@code Agent(name)}, or {@code Task(name)}, the old name of the same tool. A bare {@code Agent} denies every
 * subagent, which is not one agent turned off, so it is not read as such.
 */
public final class DenyEntry {
    private static final Pattern AGENT_RULE = Pattern.compile("\\s*(?:Agent|Task)\\s*\\((.*)\\)\\s*", Pattern.DOTALL);

    private DenyEntry() {
    }

    /** The entry the studio writes to turn {@code agentName} off. */
    public static String of(String agentName) {
        return "Agent(" + agentName + ")";
    }

    /** The agent an entry turns off, or empty when it is about something else. */
    public static Optional<String> agentOf(String entry) {
        Matcher matcher = AGENT_RULE.matcher(entry);
        return matcher.matches() ? Optional.of(matcher.group(1).strip()).filter(name -> !name.isEmpty()) : Optional.empty();
    }

    public static boolean turnsOff(String entry, String agentName) {
        return agentOf(entry).filter(agentName::equals).isPresent();
    }
}
