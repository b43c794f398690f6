package io.agentstudio.logic.export;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything an export did or would do: per agent and field what was copied, translated, kept in prose or dropped;
 * what blocked it (or was overridden with force); and per destination file what changed. The user reads it before
 * writing (the studio's dry run) or in the command's output.
 *
 * @param destination the destination folder, or null for a zip only
 * @param dryRun      true when nothing was meant to be written
 * @param forced      true when problems were overridden with force
 * @param agents      per agent of the workspace, in path order
 * @param problems    what blocks the export (or was forced past)
 * @param warnings    findings below the blocking level, in the workspace and in the exported files
 * @param files       per destination file, what changes
 * @param notes       what the report wants the reader to know about the target as a whole
 * @param skills      per skill the exported agents use (or name without the workspace having it) and per skill of
 *                    the workspace they do not use: where it was shipped, or why not; by name
 */
public record ExportReport(ExportTarget target, Path destination, Path zip, String studioVersion, Outcome outcome,
                           boolean dryRun, boolean forced, List<AgentExport> agents, List<ExportProblem> problems, List<String> warnings,
                           List<FileChange> files, List<String> notes, List<SkillExport> skills) {

    public enum Outcome {
        /** Files were written (or removed). */
        WRITTEN("exported"),
        /** The destination already held exactly this export; nothing was touched. */
        UNCHANGED("nothing to change"),
        /** A dry run: nothing was touched. */
        DRY_RUN("dry run"),
        /** Problems stopped the export; nothing was touched. */
        BLOCKED("blocked");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ExportReport {
        agents = List.copyOf(agents);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        files = List.copyOf(files);
        notes = List.copyOf(notes);
        skills = List.copyOf(skills);
    }

    public boolean blocked() {
        return outcome == Outcome.BLOCKED;
    }

    /** True when a dry run found nothing that would block the export. */
    public boolean wouldExport() {
        return problems.isEmpty() || forced && problems.stream().allMatch(ExportProblem::forceable);
    }

    public long exportedAgents() {
        return agents.stream().filter(AgentExport::exported).count();
    }

    public long shippedSkills() {
        return skills.stream().filter(SkillExport::shipped).count();
    }

    public long changedFiles() {
        return files.stream().filter(FileChange::writes).count();
    }
}
