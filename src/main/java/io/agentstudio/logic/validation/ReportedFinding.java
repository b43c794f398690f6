package io.agentstudio.logic.validation;

import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.util.List;

/**
 * A finding as a report shows it: the located problem and the titles of its quick fixes. It is what a cached
 * validation keeps, since a fix's edit is code and only its title is ever printed.
 */
public record ReportedFinding(Problem problem, List<String> fixes) {

    public ReportedFinding {
        fixes = List.copyOf(fixes);
    }

    public String ruleId() {
        return problem.ruleId();
    }

    public Severity severity() {
        return problem.severity();
    }

    public static ReportedFinding of(Finding finding) {
        return new ReportedFinding(finding.problem(), finding.fixes().stream().map(QuickFix::title).toList());
    }
}
