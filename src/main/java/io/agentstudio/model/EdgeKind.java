package io.agentstudio.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Why one agent points at another in the delegation graph, or an agent at a skill and a skill at an agent. */
public enum EdgeKind {
    /** A hands work to B: an item of a delegation-like section, or "delegate to B" in prose. */
    DELEGATES("delegates"),
    /** B's name appears in A's body without a handoff around it. */
    MENTIONS("mentions"),
    /** A may start B as a subagent: {@code Agent(B)} or {@code Task(B)} in tools, Copilot {@code agents:}, OpenCode {@code permission.task}. */
    SPAWNS("spawns"),
    /** Agent A loads skill B into its context when it starts: B is in A's {@code skills:} list. */
    PRELOADS("preloads"),
    /** Skill A runs in a forked context as agent B: {@code context: fork} and {@code agent: B} in A's frontmatter. */
    RUNS_AS("runs-as");

    private final String id;

    EdgeKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<EdgeKind> fromId(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.id.equals(wanted)).findFirst();
    }
}
