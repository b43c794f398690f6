package io.agentstudio.cli;

import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.validation.ReportedFinding;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compiler-style lines, {@code path:line:col: severity rule-id: message}, then a one-line summary. */
final class TextReport {

    private static final int PIECE = 1 << 16;

    private TextReport() {
    }

    /**
     * Printed in pieces of {@value #PIECE} characters or more: the command line's writer flushes on every line, which
     * thousands of findings feel, and the whole report held at once (85 MB of text for 20,000 agents, before
     * {@code name-duplicate} named at most three others) ran a 512 MB heap out of memory.
     */
    static void print(List<ValidatedRoot> roots, PrintWriter out) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        StringBuilder lines = new StringBuilder();
        int files = 0;
        int skills = 0;
        for (ValidatedRoot root : roots) {
            files += root.agentCount();
            skills += root.skillCount();
            Path shownFile = null;
            String shown = null;
            for (ReportedFinding finding : root.findings()) {
                Problem p = finding.problem();
                if (shown == null || !Objects.equals(p.file(), shownFile)) {
                    // A file's findings come together: its name is made printable once, not once per finding.
                    shownFile = p.file();
                    shown = VisibleText.of(root.display(shownFile));
                }
                lines.append(shown).append(':').append(Math.max(p.line(), 1)).append(':')
                        .append(Math.max(p.column(), 1)).append(": ").append(p.severity().label()).append(' ').append(p.ruleId())
                        .append(": ").append(VisibleText.of(p.message())).append(System.lineSeparator());
                counts.merge(p.severity(), 1, Integer::sum);
                if (lines.length() >= PIECE) {
                    out.append(lines);
                    lines.setLength(0);
                }
            }
        }
        out.append(lines);
        out.println(summary(files, skills, counts));
    }

    /** {@code skills} are named only where there are some, so a report on agents alone reads as it always has. */
    static String summary(int files, int skills, Map<Severity, Integer> counts) {
        String checked = files + (files == 1 ? " agent file" : " agent files")
                + (skills == 0 ? "" : " and " + skills + (skills == 1 ? " skill" : " skills")) + " checked: ";
        if (counts.isEmpty()) {
            return checked + "no problems.";
        }
        return checked + count(counts, Severity.ERROR, "error") + ", " + count(counts, Severity.WARNING, "warning") + ", "
                + count(counts, Severity.INFO, "info") + ".";
    }

    private static String count(Map<Severity, Integer> counts, Severity severity, String word) {
        int n = counts.getOrDefault(severity, 0);
        return n + " " + word + (n == 1 || severity == Severity.INFO ? "" : "s");
    }
}
