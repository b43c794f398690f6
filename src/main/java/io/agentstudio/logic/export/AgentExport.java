package io.agentstudio.logic.export;

import java.util.List;

/**
 * What the export did with one agent of the workspace.
 *
 * @param name     the agent's name
 * @param source   its file, relative to the workspace, with {@code /} separators
 * @param output   the file written for it, relative to the destination, or empty when it was not exported
 * @param skipped  why it was not exported, or empty
 * @param fields   per field, what became of it
 */
public record AgentExport(String name, String source, String output, String skipped, List<FieldOutcome> fields) {

    public AgentExport {
        output = output == null ? "" : output;
        skipped = skipped == null ? "" : skipped;
        fields = List.copyOf(fields);
    }

    public static AgentExport skipped(String name, String source, String why) {
        return new AgentExport(name, source, "", why, List.of());
    }

    public boolean exported() {
        return skipped.isEmpty();
    }
}
