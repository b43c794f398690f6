package io.agentstudio.logic.validation;

import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Checks an agent against the other agents of its workspace (duplicate names, references to other agents).
 *
 * <p>The engine indexes every agent under the {@link #keys keys} this rule gives it, and re-checks only the agents
 * that share a key with an agent that changed. So a rule must give, for each agent, every key whose other holders
 * can change its findings: for duplicate names the dialect and name; for references, the agent's own name and each
 * name it refers to (then adding, renaming or removing the referenced agent re-checks the referrer). Implementations
 * are stateless and thread-safe.
 */
public interface WorkspaceRule {

    /** The rules this class reports; it reports no other ids. */
    List<RuleInfo> rules();

    /** The keys that tie this agent to the others for this rule; empty when it has none. */
    Set<String> keys(WorkspaceAgent agent);

    /**
     * The keys under which a change to this agent can change OTHER agents' findings; by default all its keys. A rule
     * whose keys also record what an agent refers to returns only what the agent provides (its own names), so that
     * editing one referrer does not re-check every other agent that refers to the same name.
     */
    default Set<String> affects(WorkspaceAgent agent) {
        return keys(agent);
    }

    /**
     * A validation made once (the command line's) keeps of each agent only its frontmatter once the agent's keys are
     * taken, and then checks {@code kept} instead of {@code read}: a rule that remembers what it read of the body
     * files it under {@code kept}. Nothing to do for a rule that keeps nothing.
     */
    default void keptWithoutBody(WorkspaceAgent read, WorkspaceAgent kept) {
    }

    /** Reports the findings of {@code agent}; {@code index} gives the agents that hold a key. */
    void check(FileCheck agent, AgentIndex index);

    /** The agents of the workspace by key. */
    interface AgentIndex {
        /** Every agent that holds the key, the checked agent included when it does; in path order. */
        List<WorkspaceAgent> withKey(String key);

        /** The root of the workspace checked: an agent outside it is one of the user's own (see AgentScope). */
        Path workspaceRoot();

        /** True when some agent holds the key; cheaper than {@link #withKey} when the agents do not matter. */
        default boolean anyWithKey(String key) {
            return !withKey(key).isEmpty();
        }

        /**
         * What {@code compute} makes, made once for all the agents of this pass of checks (the whole workspace, or the
         * agents one change re-checks) and filed under {@code name}: work that does not depend on the agent checked.
         * Checks run in parallel, so the value must be thread-safe; {@code compute} must not ask for another shared value.
         */
        <T> T shared(String name, Supplier<T> compute);
    }
}
