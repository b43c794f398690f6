package io.agentstudio.cli;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Compiler-style lines, {@code path:line:col: severity rule-id: message}, then a one-line summary. */
final class TextReport {

    private TextReport() {
    }

    static void print(List<ValidatedRoot> roots, PrintWriter out) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        int files = 0;
        for (ValidatedRoot root : roots) {
            files += root.validation().agentCount();
            for (Finding finding : root.findings()) {
                Problem p = finding.problem();
                out.println(root.display(p.file()) + ":" + Math.max(p.line(), 1) + ":" + Math.max(p.column(), 1) + ": "
                        + p.severity().label() + " " + p.ruleId() + ": " + p.message());
                counts.merge(p.severity(), 1, Integer::sum);
            }
        }
        out.println(summary(files, counts));
    }

    static String summary(int files, Map<Severity, Integer> counts) {
        String checked = files + (files == 1 ? " agent file" : " agent files") + " checked: ";
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
