package io.agentstudio.logic.export;

import io.agentstudio.logic.workspace.WorkspaceSkill;

import java.util.List;

/**
 * A skill of the workspace on its way into an export, read whole: its {@code SKILL.md} and supporting files as they
 * are on disk, each relative to the skill's folder.
 *
 * @param usedBy what the exported agents do with it, for the report ("preloaded by a, b", "runs as c")
 * @param notes  what the report says about it whatever the target (an agent that cannot preload it)
 */
public record SourceSkill(WorkspaceSkill skill, List<ExportedFile> files, List<String> usedBy, List<String> notes) {

    public SourceSkill {
        files = List.copyOf(files);
        usedBy = List.copyOf(usedBy);
        notes = List.copyOf(notes);
    }

    public String name() {
        return skill.name();
    }

    /** The skill's folder relative to the workspace, with {@code /} separators. */
    public String source() {
        return skill.relativePath().getParent().toString().replace('\\', '/');
    }
}
