package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.DocumentEdit;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deletes an agent's file: to the system trash where there is one (so no question unless a tab holds unsaved edits),
 * else permanently after a confirmation. When other agents delegate to it, the user chooses whether those items go
 * too. Either way it is one step of the workspace history, which Undo takes back (the file is written back as it was).
 */
final class AgentDeleter {
    static final String WITH_REFERENCES = "Delete it and take it out of the agents that delegate to it";
    static final String FILE_ONLY = "Delete only the file (the references stay and point at nothing)";

    private final DialogService dialogs;
    private final FileChangeContext services;
    private final Trash trash;
    private final AgentFileStore store;

    AgentDeleter(DialogService dialogs, FileChangeContext services, Trash trash, AgentFileStore store) {
        this.dialogs = dialogs;
        this.services = services;
        this.trash = trash;
        this.store = store;
    }

    void delete(Path root, AgentRow row) {
        Path file = row.agent().path();
        Optional<AgentEditorViewModel> editor = services.tabs().editorOf(file);
        boolean dirty = editor.map(AgentEditorViewModel::isDirty).orElse(false);
        boolean toTrash = trash.isAvailable();
        String unsaved = dirty ? " Its unsaved changes will be lost." : "";
        if (!toTrash && !dialogs.confirmDestructive("Delete agent", "Delete " + row.file() + "? This system has no trash;"
                + " Edit > Undo can bring it back while the studio is open." + unsaved, "Delete")) {
            return;
        }
        if (toTrash && dirty && !dialogs.confirmDestructive("Delete agent", row.name() + " has unsaved changes. Move it to"
                + " the trash and lose them?", "Move to Trash")) {
            return;
        }
        // The others as their tabs hold them: the references are taken out of what the user sees, unsaved like any edit.
        List<WorkspaceAgent> live = services.list().agents().stream().map(this::asShown).toList();
        Workspace workspace = new Workspace(root, live, List.of(), List.of());
        services.background().execute(() -> {
            Map<Path, AgentDocument> withoutReferences = withoutReferencesTo(workspace, row.agent());
            services.ui().execute(() -> delete(root, row, withoutReferences));
        });
    }

    private void delete(Path root, AgentRow row, Map<Path, AgentDocument> withoutReferences) {
        Optional<DocumentEdit> references = Optional.empty();
        if (!withoutReferences.isEmpty()) {
            String names = withoutReferences.keySet().stream()
                    .map(path -> services.list().agent(path).map(WorkspaceAgent::name).orElse(path.getFileName().toString()))
                    .sorted().reduce((a, b) -> a + ", " + b).orElse("");
            Optional<String> choice = dialogs.choose("Delete agent", row.name() + " is delegated to by " + names
                    + ". Take it out of them too?", List.of(WITH_REFERENCES, FILE_ONLY));
            if (choice.isEmpty()) {
                return;
            }
            if (choice.get().equals(WITH_REFERENCES)) {
                references = edit(row, withoutReferences);
                if (references.isEmpty()) {
                    return;
                }
            }
        }
        CommandStack commands = services.tabs().commands();
        commands.perform(new DeletedAgent(row.agent(), root, references, services, trash, store)).thenAccept(done -> {
            if (!done) {
                dialogs.showError("The agent was not deleted", commands.messageProperty().get());
            }
        });
    }

    /** The edit of the other agents, if they still hold what the references were taken out of. */
    private Optional<DocumentEdit> edit(AgentRow row, Map<Path, AgentDocument> withoutReferences) {
        List<DocumentEdit.Change> changes = new ArrayList<>();
        for (Map.Entry<Path, AgentDocument> file : withoutReferences.entrySet()) {
            Optional<AgentDocument> now = services.tabs().current(file.getKey());
            if (now.isEmpty()) {
                dialogs.showError("The agent was not deleted", file.getKey().getFileName() + " is no longer an agent of this workspace.");
                return Optional.empty();
            }
            changes.add(new DocumentEdit.Change(file.getKey(), now.get(), file.getValue()));
        }
        return Optional.of(new DocumentEdit("Take " + row.name() + " out of its delegators", changes, services.tabs()));
    }

    private WorkspaceAgent asShown(WorkspaceAgent agent) {
        return services.tabs().current(agent.path())
                .map(document -> new WorkspaceAgent(agent.path(), agent.relativePath(), agent.dialect(), document, agent.stamp()))
                .orElse(agent);
    }

    /** Every other agent's delegations and spawns of {@code deleted} taken out; mentions in prose stay. */
    private static Map<Path, AgentDocument> withoutReferencesTo(Workspace workspace, WorkspaceAgent deleted) {
        Map<Path, AgentDocument> edited = new LinkedHashMap<>();
        Workspace current = workspace;
        for (WorkspaceAgent other : workspace.agents()) {
            if (other.path().equals(deleted.path())) {
                continue;
            }
            GraphEdit edit;
            try {
                edit = new GraphEditor(current).unlink(other.relativePath().toString(), deleted.relativePath().toString());
            } catch (IllegalArgumentException | EditRefusedException noneOrRefused) {
                // No delegation to take out of this one, or one the editor will not touch: it is left as it is.
                continue;
            }
            for (GraphEdit.FileChange change : edit.changes()) {
                if (!change.baseline().path().equals(deleted.path())) {
                    edited.put(change.baseline().path(), change.edited());
                }
            }
            current = withOnly(edit, deleted).applyTo(current);
        }
        return edited;
    }

    /** The edit without its change of the deleted file (a "receives from" item there), which goes anyway. */
    private static GraphEdit withOnly(GraphEdit edit, WorkspaceAgent deleted) {
        return new GraphEdit(edit.summary(), edit.changes().stream().filter(change -> !change.baseline().path().equals(deleted.path()))
                .toList(), edit.handEdits());
    }
}
