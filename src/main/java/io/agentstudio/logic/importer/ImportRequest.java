package io.agentstudio.logic.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One import as asked for.
 *
 * @param source      the folder of the other tool's agents: a project holding the tool's agents folder, or that folder
 * @param from        the tool they were written for
 * @param destination the folder the Claude Code agent files go into (created when missing), e.g. a project's
 *                    {@code .claude/agents}
 * @param dryRun      only report what would be written
 * @param overwrite   replace files of the same name in the destination; without it such an agent is not imported
 */
public record ImportRequest(Path source, ImportSource from, Path destination, boolean dryRun, boolean overwrite) {

    public ImportRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(destination, "destination");
    }
}
