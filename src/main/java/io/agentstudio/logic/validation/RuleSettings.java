package io.agentstudio.logic.validation;

import io.agentstudio.model.Severity;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A workspace's choices about rules: rules turned off and rules given another severity. Rules it does not mention
 * keep their defaults.
 */
public final class RuleSettings {
    public static final RuleSettings DEFAULTS = new RuleSettings(Set.of(), Map.of());

    private final Set<String> off;
    private final Map<String, Severity> severities;

    public RuleSettings(Set<String> off, Map<String, Severity> severities) {
        this.off = Set.copyOf(off);
        this.severities = Map.copyOf(severities);
    }

    /** The severity the rule reports with here, or empty when it is turned off. */
    public Optional<Severity> severityOf(RuleInfo rule) {
        return severityOf(rule, Optional.empty());
    }

    /**
     * The severity the rule reports with for a tool whose loader treats it as {@code forTool}: a severity the workspace
     * chose wins, then the tool's, then the rule's default; empty when it is turned off.
     */
    public Optional<Severity> severityOf(RuleInfo rule, Optional<Severity> forTool) {
        if (off.contains(rule.id())) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(rule.id(), forTool.orElse(rule.severity())));
    }

    /** True when the workspace chose this rule's severity itself. */
    public boolean chose(RuleInfo rule) {
        return severities.containsKey(rule.id());
    }

    public boolean isOn(RuleInfo rule) {
        return !off.contains(rule.id());
    }
}
