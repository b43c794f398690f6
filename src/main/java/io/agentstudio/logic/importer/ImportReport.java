package io.agentstudio.logic.importer;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did or would do: per source agent the Claude Code file it became (and per field what became of it)
 * or why it was not imported; warnings of the studio's Claude Code rules about the files written.
 *
 * @param agentsFolder the folder the agent files were looked for in
 * @param written      true when the files were written (false for a dry run)
 */
public record ImportReport(ImportSource from, Path agentsFolder, Path destination, boolean written, List<ImportedAgent> agents,
                           List<String> warnings, List<String> notes) {

    public ImportReport {
        agents = List.copyOf(agents);
        warnings = List.copyOf(warnings);
        notes = List.copyOf(notes);
    }

    public long importedCount() {
        return agents.stream().filter(ImportedAgent::imported).count();
    }

    public long refusedCount() {
        return agents.size() - importedCount();
    }

    /** True when every agent found was imported and at least one was found. */
    public boolean complete() {
        return !agents.isEmpty() && refusedCount() == 0;
    }
}
