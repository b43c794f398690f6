package io.agentstudio.logic.importer;

import io.agentstudio.logic.export.FieldOutcome;

import java.util.List;

/**
 * One agent of an import: where it came from, the Claude Code file it became (or why it could not), and per field of
 * the source what became of it.
 *
 * @param source  the source file, relative to the folder imported
 * @param name    the Claude Code name (empty when the agent was refused before it had one)
 * @param file    the file name written in the destination ({@code <name>.md}; empty when refused before)
 * @param bytes   the file's bytes, empty when refused
 * @param fields  per source field, in the order handled
 * @param refused why the agent is not imported; empty when it is
 */
public record ImportedAgent(String source, String name, String file, byte[] bytes, List<FieldOutcome> fields, String refused) {

    public ImportedAgent {
        fields = List.copyOf(fields);
        refused = refused == null ? "" : refused;
    }

    static ImportedAgent refused(String source, String why) {
        return new ImportedAgent(source, "", "", new byte[0], List.of(), why);
    }

    ImportedAgent refusing(String why) {
        return new ImportedAgent(source, name, file, new byte[0], fields, why);
    }

    public boolean imported() {
        return refused.isEmpty();
    }
}
