package io.agentstudio.logic.export;

import io.agentstudio.logic.validation.rules.Secrets;

import java.util.List;
import java.util.Locale;

/**
 * The report as plain text, for the command line and the studio's dialog: the outcome, what blocks it, per file what
 * changes (diffs for changed files), per agent and field what became of it, then notes and warnings. Every line can
 * quote a file (a diff, a field's value, a finding), so the whole text goes through {@link Secrets#mask}.
 */
public final class ExportReportText {
    private static final int MAX_WARNINGS = 50;

    private ExportReportText() {
    }

    public static String render(ExportReport report) {
        StringBuilder out = new StringBuilder();
        out.append("Export to ").append(report.target().displayName()).append(" (").append(report.target().id()).append(")");
        if (report.destination() != null) {
            out.append(" in ").append(report.destination());
        }
        if (report.zip() != null) {
            out.append(report.destination() == null ? " as " : " and ").append(report.zip());
        }
        out.append(": ").append(summary(report)).append('\n');
        problems(report, out);
        files(report, out);
        agents(report.agents(), out);
        skills(report.skills(), out);
        list("Notes", report.notes(), out);
        warnings(report.warnings(), out);
        return Secrets.mask(out.toString());
    }

    /** What blocks the export, in one line for an error stream, secrets masked. */
    public static String blockedLine(ExportReport report) {
        return Secrets.mask(report.problems().get(0).describe() + (report.problems().size() > 1 ? " (and "
                + (report.problems().size() - 1) + " more problems, listed above)" : ""));
    }

    /** One line: the outcome and its numbers. */
    public static String summary(ExportReport report) {
        long skipped = report.agents().size() - report.exportedAgents();
        long notShipped = report.skills().size() - report.shippedSkills();
        String agents = report.exportedAgents() + " agent" + (report.exportedAgents() == 1 ? "" : "s")
                + (skipped == 0 ? "" : " (" + skipped + " skipped)")
                + (report.skills().isEmpty() ? "" : " and " + report.shippedSkills() + " skill" + (report.shippedSkills() == 1 ? "" : "s")
                + (notShipped == 0 ? "" : " (" + notShipped + " not shipped)"));
        return switch (report.outcome()) {
            case BLOCKED -> (report.dryRun() ? "the export would be blocked by " : "blocked by ") + report.problems().size()
                    + " problem" + (report.problems().size() == 1 ? "" : "s") + "; nothing was written";
            case DRY_RUN -> "dry run, " + agents + ", " + report.changedFiles() + " file" + (report.changedFiles() == 1 ? "" : "s")
                    + " would change" + (report.wouldExport() ? "" : "; the export would be blocked");
            case UNCHANGED -> agents + "; the destination already holds this export, nothing was written";
            case WRITTEN -> agents + " exported, " + report.changedFiles() + " file" + (report.changedFiles() == 1 ? "" : "s")
                    + " changed" + (report.forced() ? " (forced past " + report.problems().size() + " problem"
                    + (report.problems().size() == 1 ? "" : "s") + ")" : "");
        };
    }

    private static void problems(ExportReport report, StringBuilder out) {
        if (report.problems().isEmpty()) {
            return;
        }
        out.append('\n').append(report.forced() ? "Forced past these problems (--force):" : "Problems:").append('\n');
        for (ExportProblem problem : report.problems()) {
            out.append("  ").append(problem.kind().label()).append(' ').append(problem.describe())
                    .append(problem.forceable() ? "" : " [cannot be forced]").append('\n');
        }
    }

    private static void files(ExportReport report, StringBuilder out) {
        if (report.files().isEmpty()) {
            return;
        }
        out.append('\n').append("Files:").append('\n');
        for (FileChange change : report.files()) {
            out.append("  ").append(String.format(Locale.ROOT, "%-9s", change.kind().label())).append(' ').append(change.path()).append('\n');
            for (String line : change.diff()) {
                out.append("      ").append(line).append('\n');
            }
        }
    }

    private static void agents(List<AgentExport> agents, StringBuilder out) {
        if (agents.isEmpty()) {
            return;
        }
        out.append('\n').append("Agents:").append('\n');
        for (AgentExport agent : agents) {
            out.append("  ").append(agent.name()).append(" (").append(agent.source()).append(")");
            if (agent.exported()) {
                out.append(" -> ").append(agent.output()).append('\n');
                for (FieldOutcome field : agent.fields()) {
                    out.append("      ").append(field.field()).append(": ").append(field.fate().label());
                    if (!field.detail().isEmpty()) {
                        out.append(" - ").append(field.detail());
                    }
                    out.append('\n');
                }
            } else {
                out.append(": skipped, ").append(agent.skipped()).append('\n');
            }
        }
    }

    private static void skills(List<SkillExport> skills, StringBuilder out) {
        if (skills.isEmpty()) {
            return;
        }
        out.append('\n').append("Skills:").append('\n');
        for (SkillExport skill : skills) {
            out.append("  ").append(skill.name());
            if (!skill.source().isEmpty()) {
                out.append(" (").append(skill.source()).append(")");
            }
            if (skill.shipped()) {
                out.append(" -> ").append(skill.output()).append(" (").append(skill.files()).append(skill.files() == 1 ? " file" : " files")
                        .append(")");
            } else {
                out.append(": not shipped, ").append(skill.dropped());
            }
            if (!skill.usedBy().isEmpty() && (skill.shipped() || !skill.source().isEmpty())) {
                out.append("; ").append(String.join("; ", skill.usedBy()));
            }
            out.append('\n');
            skill.notes().forEach(note -> out.append("      ").append(note).append('\n'));
        }
    }

    private static void list(String title, List<String> lines, StringBuilder out) {
        if (lines.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(':').append('\n');
        lines.forEach(line -> out.append("  ").append(line).append('\n'));
    }

    private static void warnings(List<String> warnings, StringBuilder out) {
        if (warnings.isEmpty()) {
            return;
        }
        out.append('\n').append("Warnings (").append(warnings.size()).append("; they do not block the export):").append('\n');
        warnings.stream().limit(MAX_WARNINGS).forEach(line -> out.append("  ").append(line).append('\n'));
        if (warnings.size() > MAX_WARNINGS) {
            out.append("  … and ").append(warnings.size() - MAX_WARNINGS).append(" more (agent-studio validate lists them all)").append('\n');
        }
    }
}
