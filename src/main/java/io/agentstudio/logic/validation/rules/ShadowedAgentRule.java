package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.scope.ScopePrecedence;
import io.agentstudio.logic.scope.Shadowing;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.WorkspaceRule;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An agent that Claude Code does not use everywhere because another agent of the same name is closer: a
 * {@code .claude/agents} in a folder below this one's, or, for a user agent, any project agent ({@link ScopePrecedence}).
 * The tool reports nothing, so the person editing the shadowed file would not know their edit has no effect there.
 * Keyed by name, so a change re-checks only the agents of that name.
 */
public final class ShadowedAgentRule implements WorkspaceRule {
    static final RuleInfo RULE = new RuleInfo("agent-shadowed", Severity.INFO,
            "A Claude Code agent is not used where a closer agent of the same name exists (a nested project folder, or a"
                    + " project agent over a user agent).",
            "Claude Code reads .claude/agents from where it runs up to the repository root, and ~/.claude/agents, and uses"
                    + " the closest agent of a name without saying so: an edit of the other one has no effect there.",
            null);
    private static final String KEY = "claude-name:";

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public Set<String> keys(WorkspaceAgent agent) {
        return ScopePrecedence.competingName(agent).map(name -> Set.of(KEY + name)).orElse(Set.of());
    }

    @Override
    public void check(FileCheck file, AgentIndex index) {
        WorkspaceAgent agent = file.agent();
        // The agents of one name are as many as dozens of copies in a large workspace: their precedence is worked out
        // once for the pass, not once for each of them.
        Map<String, ScopePrecedence> byKey = index.shared("precedence", ConcurrentHashMap::new);
        for (String key : keys(agent)) {
            List<Shadowing> shadowings = byKey.computeIfAbsent(key, k -> ScopePrecedence.ofOneName(index.withKey(k), index.workspaceRoot()))
                    .shadowings(agent);
            if (shadowings.isEmpty()) {
                continue;
            }
            String message = "Shadowed: " + String.join(" ", shadowings.stream().map(Shadowing::sentence).toList());
            Optional<FrontmatterField> field = file.field("name");
            if (field.isPresent()) {
                file.reportOn(RULE, field.get(), message);
            } else {
                file.reportAt(RULE, 1, 1, null, message);
            }
        }
    }
}
