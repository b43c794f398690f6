package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.logic.workspace.Workspace;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Renames an agent through the graph's rename, so its name, its file and every reference in other agents follow, as
 * one step of the workspace history (Edit > Undo puts every file back). Tabs of the files it changes must be clean
 * (their text is replaced by the renamed one); a dirty tab refuses the rename rather than mixing the user's unsaved
 * edits with the rewrite.
 */
final class AgentRenamer {
    private final DialogService dialogs;
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> notice;

    /** @param notice hears which files a finished rename changed */
    AgentRenamer(DialogService dialogs, EditorTabsViewModel tabs, AgentListViewModel list, Executor background, Executor ui,
                 Consumer<String> notice) {
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.list = list;
        this.background = background;
        this.ui = ui;
        this.notice = notice;
    }

    void rename(Path root, AgentRow row, String newName) {
        // The list holds every agent as last read from disk: the baselines the writer checks the disk against.
        Workspace workspace = new Workspace(root, list.agents(), list.skills(), List.of());
        GraphEdit edit;
        try {
            // By its file: the name may also be another agent's (a user agent it shadows, a package's namesake).
            edit = new GraphEditor(workspace).rename(row.agent().path().toString(), newName);
        } catch (RuntimeException e) {
            dialogs.showError("The agent was not renamed", e.getMessage());
            return;
        }
        CommandStack commands = tabs.commands();
        commands.perform(new WrittenEdit("Rename " + row.name() + " → " + newName, root, edit, new FileChangeContext(tabs, list, background, ui),
                (was, now) -> { })).thenAccept(done -> {
            if (!done) {
                dialogs.showError("The agent was not renamed", commands.messageProperty().get());
                return;
            }
            notice.accept(changedFiles(row.name(), newName, edit));
            if (!edit.handEdits().isEmpty()) {
                dialogs.inform("References to edit by hand", edit.summary() + "\n\n" + edit.handEdits().stream()
                        .map(hand -> hand.location() + ": " + hand.why()).collect(Collectors.joining("\n")));
            }
        });
    }

    /** "Renamed a → b in 2 files: b.md (was a.md), lead.md": the agent's own file first, paths relative to the workspace. */
    static String changedFiles(String oldName, String newName, GraphEdit edit) {
        List<String> files = edit.changes().stream().sorted(Comparator.comparing(change -> !change.moves())).map(change -> change.moves()
                ? slashes(change.newRelativePath()) + " (was " + slashes(change.baseline().relativePath()) + ")"
                : slashes(change.baseline().relativePath())).toList();
        return "Renamed " + oldName + " → " + newName + " in " + files.size() + (files.size() == 1 ? " file: " : " files: ")
                + String.join(", ", files);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
