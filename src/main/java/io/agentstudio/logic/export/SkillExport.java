package io.agentstudio.logic.export;

import java.util.List;

/**
 * What the export did with one skill: one the exported agents use, one they name but the workspace lacks, or one of
 * the workspace that no exported agent uses.
 *
 * @param name    the skill's name (as the agents name it)
 * @param source  its folder relative to the workspace, with {@code /} separators; empty when the workspace has none
 * @param output  the folder it was shipped to, relative to the destination, ending in {@code /}; empty when not shipped
 * @param files   how many files were shipped ({@code SKILL.md} and its supporting files)
 * @param usedBy  how the exported agents use it: "preloaded by a, b", "runs as c"
 * @param notes   what the reader should know about it in the target (an agent that cannot preload it)
 * @param dropped why it was not shipped, or empty
 */
public record SkillExport(String name, String source, String output, int files, List<String> usedBy, List<String> notes,
                          String dropped) {

    public SkillExport {
        source = source == null ? "" : source;
        output = output == null ? "" : output;
        dropped = dropped == null ? "" : dropped;
        usedBy = List.copyOf(usedBy);
        notes = List.copyOf(notes);
    }

    static SkillExport dropped(String name, String source, List<String> usedBy, String why) {
        return new SkillExport(name, source, "", 0, usedBy, List.of(), why);
    }

    public boolean shipped() {
        return dropped.isEmpty();
    }
}
