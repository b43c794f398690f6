package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.enablement.AgentSwitch;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.WorkspaceRule;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Agents turned off ({@link AgentSwitch}: a Claude Code {@code permissions.deny} entry, OpenCode {@code disable}):
 * each says so, and a delegation to one is a warning, for the work handed to it is never done.
 *
 * <p>It reads the references {@link UnknownAgentRule} reads, from the same scans (one Markdown parse per file), and
 * keys agents the same way, so an agent turned off in its own file (OpenCode) re-checks those that hand work to it.
 * A Claude Code agent is turned off in a settings file, which is no agent: the studio checks the workspace again
 * when one changes, and each check reads a settings file again only when its size or time changed.
 */
public final class DisabledAgentRule implements WorkspaceRule {
    public static final RuleInfo OFF = new RuleInfo("agent-disabled", Severity.INFO,
            "The agent is turned off: `Agent(name)` in `permissions.deny` of Claude Code's project settings, or OpenCode's"
                    + " `disable: true`.",
            "The tool still has the file but will not run the agent; this says where it was turned off, so that it is"
                    + " not taken for a broken file.",
            null);
    static final RuleInfo DELEGATES_TO_OFF = new RuleInfo("agent-delegates-to-disabled", Severity.WARNING,
            "A delegation names an agent that is turned off.",
            "The tool will not launch a turned-off agent: the work handed to it stays undone, or with the wrong agent.",
            null);

    private final UnknownAgentRule references;
    private final AgentSwitch agentSwitch = new AgentSwitch();

    /** {@code references} is the catalog's unknown-agent rule, whose scans of each file this rule reads. */
    public DisabledAgentRule(UnknownAgentRule references) {
        this.references = references;
    }

    @Override
    public List<RuleInfo> rules() {
        return List.of(OFF, DELEGATES_TO_OFF);
    }

    @Override
    public Set<String> keys(WorkspaceAgent agent) {
        return references.keys(agent);
    }

    @Override
    public Set<String> affects(WorkspaceAgent agent) {
        return references.affects(agent);
    }

    @Override
    public void check(FileCheck file, AgentIndex index) {
        WorkspaceAgent agent = file.agent();
        // Each settings file is looked at once for the pass, not once for every agent checked.
        Function<WorkspaceAgent, AgentSwitch.Status> states = index.shared("states", agentSwitch::reading);
        AgentSwitch.Status own = states.apply(agent);
        if (own.off()) {
            Optional<FrontmatterField> field = file.field("disable").or(() -> file.field("disabled")).or(() -> file.field("name"));
            if (field.isPresent()) {
                file.reportOn(OFF, field.get(), own.reason());
            } else {
                file.reportAt(OFF, 0, 0, null, own.reason());
            }
        }
        for (UnknownAgentRule.Candidate reference : references.candidatesOf(agent)) {
            if (reference.kind() == EdgeKind.MENTIONS) {
                continue;
            }
            offReason(agent, index.withKey(UnknownAgentRule.PROVIDES + reference.name()), states).ifPresent(reason ->
                    file.reportAt(DELEGATES_TO_OFF, reference.line(), reference.column(), null,
                            "`" + reference.name() + "` is turned off, but this file "
                                    + (reference.kind() == EdgeKind.SPAWNS ? "lets the agent spawn it" : "hands work to it")
                                    + ". " + reason + " Turn it on again, or hand the work to another agent."));
        }
    }

    /**
     * Why the agents named so are off, when every one of them (other than the referring agent) is: where two agents
     * have the name, the delegation still reaches the one that is on. Stops at the first one on, the usual case.
     */
    private static Optional<String> offReason(WorkspaceAgent referring, List<WorkspaceAgent> named,
                                              Function<WorkspaceAgent, AgentSwitch.Status> states) {
        String first = null;
        for (WorkspaceAgent other : named) {
            if (other.path().equals(referring.path())) {
                continue;
            }
            AgentSwitch.Status state = states.apply(other);
            if (!state.off()) {
                return Optional.empty();
            }
            first = first == null ? state.reason() : first;
        }
        return Optional.ofNullable(first);
    }
}
