package io.agentstudio.logic.validation;

import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/** A located problem with the quick fixes that repair it (none, usually one). */
public record Finding(Problem problem, List<QuickFix> fixes) {

    /** Files first by path, then by position, then by rule: the order of every report. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.file() == null ? "" : f.file().toString())
            .thenComparingInt(f -> f.problem().line())
            .thenComparingInt(f -> f.problem().column())
            .thenComparing(Finding::ruleId);

    public Finding {
        fixes = List.copyOf(fixes);
    }

    public String ruleId() {
        return problem.ruleId();
    }

    public Severity severity() {
        return problem.severity();
    }

    public Path file() {
        return problem.file();
    }
}
