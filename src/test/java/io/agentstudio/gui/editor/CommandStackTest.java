package io.agentstudio.gui.editor;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** The workspace history on its own: documents held in a map stand in for the tabs. */
class CommandStackTest {
    static final Path A = Path.of("/ws/a.md");
    static final Path B = Path.of("/ws/b.md");

    long now = 1_000_000;
    final CommandStack stack = new CommandStack(() -> now);
    final Map<Path, AgentDocument> texts = new HashMap<>(Map.of(A, doc("a"), B, doc("b")));
    final OpenDocuments documents = new OpenDocuments() {
        @Override
        public Optional<AgentDocument> current(Path path) {
            return Optional.ofNullable(texts.get(path));
        }

        @Override
        public Optional<AgentEditorViewModel> editorFor(Path path) {
            throw new AssertionError("the test documents have no editors");
        }
    };

    static AgentDocument doc(String body) {
        return AgentFileParser.parse("---\nname: x\n---\n" + body + "\n");
    }

    /** Types {@code to} into {@code file}: the document changes, then the history records it, as a tab does. */
    void type(Path file, String to, String key) {
        AgentDocument before = texts.get(file);
        AgentDocument after = doc(to);
        texts.put(file, after);
        stack.record(new MapEdit("Typing", List.of(new DocumentEdit.Change(file, before, after))), key);
    }

    /** A document edit whose undo writes into the map instead of a tab. */
    class MapEdit implements WorkspaceCommand {
        final String description;
        final List<DocumentEdit.Change> changes;

        MapEdit(String description, List<DocumentEdit.Change> changes) {
            this.description = description;
            this.changes = changes;
        }

        @Override
        public String description() {
            return description;
        }

        @Override
        public Set<Path> files() {
            return Set.copyOf(changes.stream().map(DocumentEdit.Change::file).toList());
        }

        @Override
        public CompletableFuture<Optional<String>> redo() {
            return replace(false);
        }

        @Override
        public CompletableFuture<Optional<String>> undo() {
            return replace(true);
        }

        private CompletableFuture<Optional<String>> replace(boolean back) {
            for (DocumentEdit.Change change : changes) {
                if (!texts.get(change.file()).text().equals((back ? change.after() : change.before()).text())) {
                    return CompletableFuture.completedFuture(Optional.of(change.file().getFileName() + " was changed since."));
                }
            }
            changes.forEach(change -> texts.put(change.file(), back ? change.before() : change.after()));
            return CompletableFuture.completedFuture(Optional.empty());
        }

        @Override
        public Optional<WorkspaceCommand> followedBy(WorkspaceCommand next) {
            if (next instanceof MapEdit later && later.changes.get(0).file().equals(changes.get(0).file())) {
                return Optional.of(new MapEdit(description, List.of(new DocumentEdit.Change(changes.get(0).file(),
                        changes.get(0).before(), later.changes.get(0).after()))));
            }
            return Optional.empty();
        }
    }

    @Test
    void keystrokesWithinTheWindowUndoAsOneStepAndAPauseStartsAnother() {
        type(A, "a1", "body");
        now += CommandStack.MERGE_WINDOW_MILLIS;
        type(A, "a12", "body");
        now += CommandStack.MERGE_WINDOW_MILLIS + 1;
        type(A, "a123", "body");

        stack.undo(A);
        assertThat(texts.get(A).body()).isEqualTo("a12\n");
        stack.undo(A);
        assertThat(texts.get(A).body()).isEqualTo("a\n");
        assertThat(stack.toUndo(null)).isEmpty();
    }

    @Test
    void aSaveBreaksTheRunOfTyping() {
        type(A, "a1", "body");
        stack.breakMerge();
        type(A, "a12", "body");

        stack.undo(A);
        assertThat(texts.get(A).body()).isEqualTo("a1\n");
    }

    @Test
    void undoInAFileTakesThatFilesNewestChangeAndUndoAnywhereTheWorkspacesNewest() {
        type(A, "a1", null);
        type(B, "b1", null);

        stack.undo(A);
        assertThat(texts.get(A).body()).isEqualTo("a\n");
        assertThat(texts.get(B).body()).isEqualTo("b1\n");

        stack.redo(null);
        assertThat(texts.get(A).body()).isEqualTo("a1\n");
        stack.undo(null);
        assertThat(texts.get(A).body()).as("the change redone last is the newest").isEqualTo("a\n");
        stack.undo(null);
        assertThat(texts.get(B).body()).isEqualTo("b\n");
    }

    @Test
    void aChangeAcrossFilesGoesBackWholeAndOnlyAfterTheLaterChangesOfItsOtherFiles() {
        AgentDocument a = texts.get(A);
        AgentDocument b = texts.get(B);
        texts.put(A, doc("a-linked"));
        texts.put(B, doc("b-linked"));
        stack.record(new MapEdit("Unlink a → b", List.of(new DocumentEdit.Change(A, a, texts.get(A)),
                new DocumentEdit.Change(B, b, texts.get(B)))), null);
        type(B, "b-typed", null);

        assertThat(stack.undo(A).join()).isFalse();
        assertThat(stack.messageProperty().get()).isEqualTo("Unlink a → b changed other files too: undo Typing first.");
        assertThat(texts.get(A).body()).isEqualTo("a-linked\n");

        stack.undo(B);
        stack.undo(A);
        assertThat(texts.get(A).body()).isEqualTo("a\n");
        assertThat(texts.get(B).body()).isEqualTo("b\n");
    }

    @Test
    void aChangeWhoseFileWasChangedOutsideTheHistoryIsRefusedAndDropped() {
        type(A, "a1", null);
        texts.put(A, doc("from another program"));

        assertThat(stack.undo(A).join()).isFalse();
        assertThat(stack.messageProperty().get()).isEqualTo("Typing was not undone: a.md was changed since.");
        assertThat(texts.get(A).body()).isEqualTo("from another program\n");
        assertThat(stack.toUndo(A)).isEmpty();
    }

    @Test
    void theHistoryKeepsTheNewestChangesUpToItsLimit() {
        for (int i = 0; i < CommandStack.LIMIT + 5; i++) {
            type(A, "a" + i, null);
        }
        int undone = 0;
        while (stack.undo(null).join()) {
            undone++;
        }
        assertThat(undone).isEqualTo(CommandStack.LIMIT);
        assertThat(texts.get(A).body()).isEqualTo("a4\n");
    }

    @Test
    void whatAnUndoSetsIsNotRecordedAsANewChange() {
        type(A, "a1", null);
        WorkspaceCommand echoing = new MapEdit("Echo", List.of()) {
            @Override
            public Set<Path> files() {
                return Set.of(A);
            }

            @Override
            public CompletableFuture<Optional<String>> undo() {
                // A pane hearing the document change and handing it back, as the body editor's text listener would.
                type(A, "echo", null);
                return CompletableFuture.completedFuture(Optional.empty());
            }
        };
        stack.record(echoing, null);

        stack.undo(A);

        assertThat(stack.toUndo(A).map(WorkspaceCommand::description)).contains("Typing");
        assertThat(stack.toRedo(A).map(WorkspaceCommand::description)).contains("Echo");
    }

    @Test
    void noUndoStartsWhileAnotherIsStillBeingWritten() {
        CompletableFuture<Optional<String>> writing = new CompletableFuture<>();
        stack.record(new MapEdit("Rename a → c", List.of()) {
            @Override
            public Set<Path> files() {
                return Set.of(A);
            }

            @Override
            public CompletableFuture<Optional<String>> undo() {
                return writing;
            }
        }, null);
        type(B, "b1", null);

        CompletableFuture<Boolean> rename = stack.undo(A);
        assertThat(stack.busyProperty().get()).isTrue();
        assertThat(stack.undo(B).join()).isFalse();
        assertThat(texts.get(B).body()).isEqualTo("b1\n");

        writing.complete(Optional.empty());
        assertThat(rename.join()).isTrue();
        assertThat(stack.undo(B).join()).isTrue();
    }

    @Test
    void everyChangeMovesTheRevisionOnAndANewChangeDropsTheRedoOfItsFiles() {
        long start = stack.revisionProperty().get();
        type(A, "a1", null);
        type(B, "b1", null);
        stack.undo(A);
        stack.undo(B);
        assertThat(stack.revisionProperty().get()).isEqualTo(start + 4);

        type(A, "a2", null);

        assertThat(stack.toRedo(A)).isEmpty();
        assertThat(stack.toRedo(B).map(WorkspaceCommand::description)).contains("Typing");
    }
}
