package io.agentstudio.gui.editor;

import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.SkillLocator;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.model.FieldSpec;

import java.util.List;
import java.util.Set;

/**
 * A skill's {@code SKILL.md} opens in the agents' editor tab: the same lossless document, form, Markdown editor,
 * preview, save with its conflict check, and undo. The tab machinery is keyed on a {@link WorkspaceAgent}, so a skill
 * goes in as one whose file is its {@code SKILL.md}; {@link #isSkill} tells such a tab apart.
 */
public final class SkillEditing {
    /** Every tool's skills have these, whether or not the studio has the tool's skills catalog. */
    private static final Set<String> BASIC_FIELDS = Set.of("name", "description");

    private SkillEditing() {
    }

    /** The skill as the editor takes it. */
    public static WorkspaceAgent asEditable(WorkspaceSkill skill) {
        return new WorkspaceAgent(skill.path(), skill.relativePath(), skill.tool(), skill.document(), skill.stamp());
    }

    /** True when a tab's file (relative to the workspace root) is a skill's {@code SKILL.md}. */
    public static boolean isSkill(WorkspaceAgent file) {
        return SkillLocator.isSkillFile(file.relativePath());
    }

    /**
     * The fields the form of a skill's tab offers: the tool's skills catalog, with each field's help. A tool with no
     * skills catalog yet gets the name and description as its agent catalog describes them; its other keys show as
     * other fields, as any key a catalog does not know does.
     */
    public static DialectCatalog catalog(Catalogs catalogs, Dialect tool) {
        return catalogs.skillsOf(tool).orElseGet(() -> {
            DialectCatalog agents = catalogs.of(tool);
            List<FieldSpec> fields = agents.fields().stream().filter(spec -> BASIC_FIELDS.contains(spec.name())).toList();
            return new DialectCatalog(tool, fields, List.of());
        });
    }
}
