package io.agentstudio.logic.workspace;

import io.agentstudio.model.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder of agent files as loaded. {@code problems} are about files that could not be loaded at all (too large,
 * binary, unreadable, a symlink loop); problems inside a loaded file are on its document.
 */
public record Workspace(Path root, List<WorkspaceAgent> agents, List<Problem> problems) {

    public Workspace {
        agents = List.copyOf(agents);
        problems = List.copyOf(problems);
    }

    /** Folder for the studio's own state (layout, rules, export settings); never inside an agent file. */
    public Path stateDirectory() {
        return studioState().path();
    }

    public StudioStateDirectory studioState() {
        return new StudioStateDirectory(root);
    }
}
