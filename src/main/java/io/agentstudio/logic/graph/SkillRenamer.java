package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.agentfile.SkillsField;
import io.agentstudio.logic.workspace.PortableFileNames;
import io.agentstudio.logic.workspace.SkillNames;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceBounds;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Renames a skill: its folder (with every supporting file), its {@code name} field, and every {@code skills:} entry of
 * the agents of its tool that preload it, written as each was. The folder moves first, in one rename; then the files
 * are written all or nothing ({@link GraphEditWriter}); when that fails the folder moves back.
 */
public final class SkillRenamer {

    /**
     * A rename worked out, not yet written.
     *
     * @param skill     the skill as loaded
     * @param newFolder its folder after the rename, relative to the workspace root
     * @param edit      the {@code SKILL.md} (at its new place) and the agents to write once the folder has moved
     */
    public record Plan(WorkspaceSkill skill, Path newFolder, GraphEdit edit) {
    }

    private SkillRenamer() {
    }

    /**
     * @throws IllegalArgumentException when no skill or several have the name, the new name is not a skill name, or a
     *                                  folder of that name exists
     */
    public static Plan plan(Workspace workspace, String oldName, String newName) {
        List<WorkspaceSkill> named = workspace.skills().stream().filter(s -> s.name().equals(oldName) || s.folderName().equals(oldName)).toList();
        if (named.isEmpty()) {
            throw new IllegalArgumentException("No skill named `" + oldName + "` in " + workspace.root());
        }
        if (named.size() > 1) {
            throw new IllegalArgumentException("Several skills are named `" + oldName + "`: " + String.join(", ",
                    named.stream().map(s -> s.relativePath().toString()).toList()) + "; rename the folder of the one meant by hand.");
        }
        if (!SkillNames.valid(newName) || PortableFileNames.problem(newName).isPresent()) {
            throw new IllegalArgumentException("`" + newName + "` cannot be a skill name: use 1-" + SkillNames.LONGEST
                    + " lowercase letters, digits and single hyphens.");
        }
        WorkspaceSkill skill = named.get(0);
        Path folder = skill.relativePath().getParent();
        Path newFolder = folder.resolveSibling(newName);
        if (Files.exists(workspace.root().resolve(newFolder), LinkOption.NOFOLLOW_LINKS)) {
            throw new IllegalArgumentException(newFolder + " exists already; nothing was renamed.");
        }
        String oldSkillName = skill.name();
        List<GraphEdit.FileChange> changes = new ArrayList<>();
        Path newRelative = newFolder.resolve(skill.relativePath().getFileName());
        WorkspaceAgent movedSkill = new WorkspaceAgent(workspace.root().resolve(newRelative), newRelative, skill.tool(),
                skill.document(), skill.stamp());
        changes.add(new GraphEdit.FileChange(movedSkill, skill.document().field("name").isPresent()
                ? FrontmatterEditor.set(skill.document(), "name", new FieldValue.Text(newName)) : skill.document(), null));
        int agents = 0;
        for (WorkspaceAgent agent : workspace.agents()) {
            if (agent.dialect() == skill.tool() && SkillsField.entries(agent.document()).contains(oldSkillName)) {
                changes.add(new GraphEdit.FileChange(agent, SkillsField.replace(agent.document(), oldSkillName, newName), null));
                agents++;
            }
        }
        String summary = "Renamed skill " + oldSkillName + " to " + newName + " (" + folder.toString().replace('\\', '/') + " -> "
                + newFolder.toString().replace('\\', '/') + "); " + agents + (agents == 1 ? " agent preloads" : " agents preload")
                + " it.";
        return new Plan(skill, newFolder, new GraphEdit(summary, changes, List.of()));
    }

    /**
     * Moves the folder and writes the files.
     *
     * @return the files written, relative to the workspace root, the moved folder first
     */
    public static List<Path> apply(Workspace workspace, Plan plan) throws IOException {
        Path root = workspace.root();
        Path from = plan.skill().folder();
        Path to = root.resolve(plan.newFolder());
        if (WorkspaceBounds.outside(root, from).isPresent() || WorkspaceBounds.outside(root, to.getParent()).isPresent()) {
            throw new GraphEditWriter.OutsideWorkspaceException("Nothing was renamed: the skill's folder is reached through a"
                    + " symbolic link that leads out of the workspace, and the studio never writes outside it.");
        }
        if (Files.exists(to, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(plan.newFolder().toString(), null, "exists; nothing was renamed");
        }
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        try {
            List<Path> written = new ArrayList<>();
            written.add(plan.newFolder());
            written.addAll(new GraphEditWriter().write(workspace, plan.edit()));
            return written;
        } catch (IOException | RuntimeException e) {
            Files.move(to, from, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
    }
}
