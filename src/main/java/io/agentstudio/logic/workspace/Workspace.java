package io.agentstudio.logic.workspace;

import io.agentstudio.model.Problem;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A folder of agent files, and the skills beside them, as loaded; with the user's own agents when they were asked
 * for: those lie outside {@code root} (see {@link io.agentstudio.logic.workspace.WorkspaceLoader#load(Path, java.util.Optional)}). {@code problems} are those met while loading: mostly about files that could not
 * be loaded at all (too large, binary, unreadable, a symlink loop), and notes on how a loaded file is reached (a link
 * out of the workspace); problems inside a loaded file are on its document.
 */
public record Workspace(Path root, List<WorkspaceAgent> agents, List<WorkspaceSkill> skills, List<Problem> problems) {

    public Workspace {
        agents = List.copyOf(agents);
        skills = List.copyOf(skills);
        problems = List.copyOf(problems);
    }

    /** The loading problems of files that are not loaded at all; the others are notes on an agent that is. */
    public List<Problem> notLoaded() {
        Set<Path> loaded = agents.stream().map(WorkspaceAgent::path).collect(Collectors.toSet());
        skills.forEach(skill -> loaded.add(skill.path()));
        return problems.stream().filter(problem -> problem.file() == null || !loaded.contains(problem.file())).toList();
    }

    /** Folder for the studio's own state (layout, rules, export settings); never inside an agent file. */
    public Path stateDirectory() {
        return studioState().path();
    }

    public StudioStateDirectory studioState() {
        return new StudioStateDirectory(root);
    }
}
