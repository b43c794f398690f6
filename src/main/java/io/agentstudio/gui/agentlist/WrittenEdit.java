package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.editor.WorkspaceCommand;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditWriter;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.AgentDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * A graph edit written to disk at once, across files: a rename changes the agent's name, moves its file and rewrites
 * every reference. Undo writes every file back as it was and moves the file back, redo writes the edit again, each
 * through {@link GraphEditWriter} (journaled, all files or none, and refused when a file was changed by anyone since).
 * The agent list and the tabs follow the files; a tab with unsaved edits of a file it touches stops it first.
 */
public final class WrittenEdit implements WorkspaceCommand {

    /** One file as one side of the edit leaves it. */
    private record Version(Path relativePath, AgentDocument document) {
    }

    private final String description;
    private final Path root;
    private final List<Version> before = new ArrayList<>();
    private final List<Version> after = new ArrayList<>();
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final Executor background;
    private final Executor ui;
    private final BiConsumer<Path, Optional<WorkspaceAgent>> followed;
    /** The side on disk now, file by file as the writer must find them. */
    private List<WorkspaceAgent> onDisk;

    /** {@code followed} hears of each file once the list and its tab follow it: where it was, and what is there now. */
    public WrittenEdit(String description, Path root, GraphEdit edit, FileChangeContext context,
                       BiConsumer<Path, Optional<WorkspaceAgent>> followed) {
        this.description = description;
        this.root = root;
        this.tabs = context.tabs();
        this.list = context.list();
        this.background = context.background();
        this.ui = context.ui();
        this.followed = followed;
        this.onDisk = edit.changes().stream().map(GraphEdit.FileChange::baseline).toList();
        for (GraphEdit.FileChange change : edit.changes()) {
            WorkspaceAgent baseline = change.baseline();
            before.add(new Version(baseline.relativePath(), baseline.document()));
            after.add(new Version(change.moves() ? change.newRelativePath() : baseline.relativePath(), change.edited()));
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public Set<Path> files() {
        Set<Path> files = new LinkedHashSet<>();
        before.forEach(version -> files.add(root.resolve(version.relativePath())));
        after.forEach(version -> files.add(root.resolve(version.relativePath())));
        return files;
    }

    @Override
    public CompletableFuture<Optional<String>> redo() {
        return write(after);
    }

    @Override
    public CompletableFuture<Optional<String>> undo() {
        return write(before);
    }

    private CompletableFuture<Optional<String>> write(List<Version> target) {
        String unsaved = onDisk.stream().map(WorkspaceAgent::path)
                .filter(path -> tabs.editorOf(path).map(AgentEditorViewModel::isDirty).orElse(false))
                .map(path -> path.getFileName().toString()).collect(Collectors.joining(", "));
        if (!unsaved.isEmpty()) {
            return CompletableFuture.completedFuture(Optional.of("it changes files with unsaved edits (" + unsaved
                    + "). Save or revert them first."));
        }
        List<GraphEdit.FileChange> changes = new ArrayList<>();
        List<WorkspaceAgent> written = new ArrayList<>();
        for (int i = 0; i < target.size(); i++) {
            WorkspaceAgent from = onDisk.get(i);
            Version to = target.get(i);
            boolean moves = !to.relativePath().equals(from.relativePath());
            changes.add(new GraphEdit.FileChange(from, to.document(), moves ? to.relativePath() : null));
            written.add(new WorkspaceAgent(root.resolve(to.relativePath()), to.relativePath(), from.dialect(), to.document(), from.stamp()));
        }
        GraphEdit edit = new GraphEdit(description, changes, List.of());
        CompletableFuture<Optional<String>> done = new CompletableFuture<>();
        background.execute(() -> {
            List<Optional<WorkspaceAgent>> reread = new ArrayList<>();
            try {
                new GraphEditWriter().write(new Workspace(root, List.of(), List.of(), List.of()), edit);
                for (WorkspaceAgent agent : written) {
                    reread.add(WorkspaceLoader.reload(root, agent.path()));
                }
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> done.complete(Optional.of(String.valueOf(e.getMessage()))));
                return;
            }
            ui.execute(() -> {
                for (int i = 0; i < written.size(); i++) {
                    follow(onDisk.get(i).path(), reread.get(i));
                    followed.accept(onDisk.get(i).path(), reread.get(i));
                }
                onDisk = written;
                done.complete(Optional.empty());
            });
        });
        return done;
    }

    /** The list and the tab of a file follow it; a moved file's tab reopens at the new path, a tab belongs to one. */
    private void follow(Path was, Optional<WorkspaceAgent> now) {
        Optional<AgentEditorViewModel> editor = tabs.editorOf(was);
        if (now.isEmpty()) {
            list.remove(was);
            editor.ifPresent(open -> open.diskChanged(null));
        } else if (now.get().path().equals(was)) {
            list.put(now.get());
            editor.ifPresent(open -> open.written(now.get()));
        } else {
            boolean wasSelected = list.selectedProperty().get() != null && list.selectedProperty().get().agent().path().equals(was);
            list.remove(was);
            list.put(now.get());
            if (wasSelected) {
                list.select(now.get().path());
            }
            editor.ifPresent(open -> {
                tabs.discard(open);
                tabs.open(now.get());
            });
        }
    }
}
