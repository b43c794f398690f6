package io.agentstudio.logic.validation;

import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.Dialect;

import java.util.List;
import java.util.function.Supplier;

/**
 * Checks the references between agents and skills: an agent's {@code skills:} entries, a skill's {@code agent:}.
 * Runs on every agent and every skill ({@link FileCheck#skill()} tells which); the engine checks again every file
 * that holds such a reference whenever an agent or a skill comes, goes or changes, which is cheap because only these
 * few fields are read. Implementations are stateless and thread-safe.
 */
public interface TeamRule {

    /** The rules this class reports; it reports no other ids. */
    List<RuleInfo> rules();

    void check(FileCheck file, Team team);

    /** The names a reference can reach in the workspace. */
    interface Team {
        /** The skills of the workspace called {@code name} (by their name, or their folder's where they have none). */
        List<WorkspaceSkill> skillsNamed(String name);

        /** Every skill name of the workspace, for suggestions. */
        List<String> skillNames();

        /** True when an agent of the tool is called {@code name} (its {@code name} or its file's). */
        boolean hasAgent(Dialect tool, String name);

        /** The names of the tool's agents, for suggestions. */
        List<String> agentNames(Dialect tool);

        /**
         * What {@code compute} makes, made once for all the files of this pass of checks and filed under {@code name}:
         * work that does not depend on the file checked (as {@link WorkspaceRule.AgentIndex#shared}).
         */
        <T> T shared(String name, Supplier<T> compute);
    }
}
