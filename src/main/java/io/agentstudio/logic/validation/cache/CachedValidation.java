package io.agentstudio.logic.validation.cache;

import io.agentstudio.logic.validation.ReportedFinding;

import java.util.List;

/** A workspace's validation as a report needs it: how many agent files were checked, and what was found. */
public record CachedValidation(int agentCount, List<ReportedFinding> findings) {

    public CachedValidation {
        findings = List.copyOf(findings);
    }
}
