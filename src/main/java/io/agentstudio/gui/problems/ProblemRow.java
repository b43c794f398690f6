package io.agentstudio.gui.problems;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.nio.file.Path;
import java.util.Comparator;

/**
 * One finding as a row of the problems pane: severity, message, rule id and {@code file:line}. Two rows are equal
 * when their problems are (the fixes of a finding are computed anew by each check), so a row that survives a
 * re-check keeps its place, and its selection, in the pane.
 */
public final class ProblemRow {
    /** File, position, rule, then message: the pane's order within a group. */
    static final Comparator<ProblemRow> ORDER = Comparator.comparing(ProblemRow::finding, Finding.ORDER)
            .thenComparing(ProblemRow::message).thenComparing(ProblemRow::severity);

    private final Finding finding;
    private final String fileName;

    ProblemRow(Finding finding, String fileName) {
        this.finding = finding;
        this.fileName = fileName;
    }

    public Finding finding() {
        return finding;
    }

    public Problem problem() {
        return finding.problem();
    }

    public Severity severity() {
        return finding.severity();
    }

    public String message() {
        return problem().message();
    }

    public String ruleId() {
        return finding.ruleId();
    }

    public Path file() {
        return finding.file();
    }

    /** {@code reviewer.md:12}; the line is left out for whole-file problems. */
    public String location() {
        String name = file() == null || file().getFileName() == null ? fileName : file().getFileName().toString();
        return problem().line() > 0 ? name + ":" + problem().line() : name;
    }

    /** The file relative to the workspace, as the row's tooltip and the agent groups name it. */
    public String fileName() {
        return fileName;
    }

    public boolean hasFix() {
        return !finding.fixes().isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProblemRow row && row.problem().equals(problem());
    }

    @Override
    public int hashCode() {
        return problem().hashCode();
    }

    @Override
    public String toString() {
        return severity().label() + " " + ruleId() + " " + location() + ": " + message();
    }
}
