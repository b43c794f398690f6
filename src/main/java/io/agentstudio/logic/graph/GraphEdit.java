package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of a graph edit, computed in memory and not yet written: the new text of every file it touches, the
 * files it renames, and the places it could not change by itself. {@link GraphEditWriter} writes it; the studio
 * can also apply it to its open documents.
 *
 * @param summary   one line for the user
 * @param changes   the files whose text (and perhaps name) changes
 * @param handEdits references the edit leaves alone, with why
 */
public record GraphEdit(String summary, List<FileChange> changes, List<HandEdit> handEdits) {

    public GraphEdit {
        Objects.requireNonNull(summary, "summary");
        changes = List.copyOf(changes);
        handEdits = List.copyOf(handEdits);
    }

    /**
     * One file's new content.
     *
     * @param baseline        the agent as loaded (its document is what the disk must still hold when writing)
     * @param edited          the new document
     * @param newRelativePath where the file moves to, relative to the workspace root; null when it stays
     */
    public record FileChange(WorkspaceAgent baseline, AgentDocument edited, Path newRelativePath) {
        public FileChange {
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(edited, "edited");
        }

        public boolean moves() {
            return newRelativePath != null;
        }
    }

    /**
     * A reference that needs a person: a mention in a sentence, an item that names several agents, a name in a
     * code block.
     *
     * @param file the file, relative to the workspace root
     * @param line 1-based
     * @param text the line as written
     * @param why  what the user has to do
     */
    public record HandEdit(Path file, int line, String text, String why) {
        public String location() {
            return file.toString().replace('\\', '/') + ":" + line;
        }
    }

    public boolean changesFiles() {
        return !changes.isEmpty();
    }

    /** The workspace as it is after this edit, without touching the disk (file stamps are the old ones). */
    public Workspace applyTo(Workspace workspace) {
        List<WorkspaceAgent> agents = new ArrayList<>(workspace.agents());
        for (FileChange change : changes) {
            WorkspaceAgent old = change.baseline();
            Path relative = change.moves() ? change.newRelativePath() : old.relativePath();
            WorkspaceAgent updated = new WorkspaceAgent(workspace.root().resolve(relative), relative, old.dialect(),
                    change.edited(), old.stamp());
            for (int i = 0; i < agents.size(); i++) {
                if (agents.get(i).path().equals(old.path())) {
                    agents.set(i, updated);
                }
            }
        }
        return new Workspace(workspace.root(), agents, workspace.skills(), workspace.problems());
    }
}
