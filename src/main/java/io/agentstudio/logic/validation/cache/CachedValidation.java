package io.agentstudio.logic.validation.cache;

import io.agentstudio.logic.validation.ReportedFinding;

import java.util.List;

/** A workspace's validation as a report needs it: how many agent files and skills were checked, and what was found. */
public record CachedValidation(int agentCount, int skillCount, List<ReportedFinding> findings) {

    public CachedValidation {
        findings = List.copyOf(findings);
    }

    /** A validation of agents only. */
    public CachedValidation(int agentCount, List<ReportedFinding> findings) {
        this(agentCount, 0, findings);
    }
}
