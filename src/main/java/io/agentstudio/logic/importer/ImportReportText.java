package io.agentstudio.logic.importer;

import io.agentstudio.logic.export.FieldOutcome;
import io.agentstudio.logic.validation.rules.Secrets;

import java.util.List;

/**
 * The import report as plain text, for the command line and the studio's dialog: the outcome, per agent the file it
 * became or why not, per field what became of it (copied, translated, added, kept in prose only, dropped, and why),
 * then notes and the rules' warnings. A field's value can hold a secret, so the text goes through {@link Secrets#mask}.
 */
public final class ImportReportText {

    private ImportReportText() {
    }

    public static String render(ImportReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Import of ").append(report.from().displayName()).append(" agents (").append(report.from().id()).append(") from ")
                .append(report.agentsFolder()).append(" into ").append(report.destination()).append(": ").append(summary(report)).append('\n');
        for (ImportedAgent agent : report.agents()) {
            out.append('\n').append("  ").append(agent.source());
            if (agent.imported()) {
                out.append(" -> ").append(agent.file()).append(" (name ").append(agent.name()).append(")\n");
            } else {
                out.append(": not imported: ").append(agent.refused()).append('\n');
            }
            for (FieldOutcome field : agent.fields()) {
                out.append("      ").append(field.field()).append(": ").append(field.fate().label());
                if (!field.detail().isEmpty()) {
                    out.append(" - ").append(field.detail());
                }
                out.append('\n');
            }
        }
        list("Notes", report.notes(), out);
        list("Warnings of the studio's Claude Code rules", report.warnings(), out);
        return Secrets.mask(out.toString());
    }

    /** One line: how many agents were (or would be) imported, and how many were not. */
    public static String summary(ImportReport report) {
        long imported = report.importedCount();
        String agents = imported + " agent" + (imported == 1 ? "" : "s");
        String refused = report.refusedCount() == 0 ? "" : ", " + report.refusedCount() + " not imported";
        return (report.written() ? agents + " imported" : "dry run, " + agents + " would be imported") + refused;
    }

    private static void list(String title, List<String> lines, StringBuilder out) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
    }
}
