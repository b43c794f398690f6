package io.agentstudio.gui.editor;

import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.FieldValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One open agent without a JavaFX toolkit: history, dirty state, saving, conflicts and disk changes. */
class AgentEditorViewModelTest {
    @TempDir
    Path root;
    EditorFixture fixture;
    AgentEditorViewModel editor;

    @BeforeEach
    void setUp() throws IOException {
        fixture = new EditorFixture(root);
        editor = fixture.editor();
    }

    private void setModel(String model) {
        editor.apply("Change model", "field:model", d -> FrontmatterEditor.set(d, "model", new FieldValue.Text(model)));
    }

    private void type(int offset, String text) {
        editor.apply("Typing", "body", d -> BodyEditor.replaceInBody(d, offset, 0, text));
    }

    @Test
    void anEditMakesTheAgentDirtyAndUndoingItMakesItCleanAgain() {
        setModel("opus");
        assertThat(editor.isDirty()).isTrue();
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo Change model");

        editor.undo();

        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.document().text()).isEqualTo(EditorFixture.TEXT);
        editor.redo();
        assertThat(editor.document().string("model")).contains("opus");
    }

    @Test
    void formAndBodyEditsShareOneHistoryInOrder() {
        setModel("opus");
        fixture.clock.addAndGet(5000);
        type(0, "Carefully: ");

        editor.undo();
        assertThat(editor.document().body()).isEqualTo("You review code.\n");
        assertThat(editor.document().string("model")).contains("opus");
        editor.undo();
        assertThat(editor.document().text()).isEqualTo(EditorFixture.TEXT);
        assertThat(editor.canUndoProperty().get()).isFalse();
        editor.redo();
        editor.redo();
        assertThat(editor.document().body()).isEqualTo("Carefully: You review code.\n");
    }

    @Test
    void typingWithinASecondMergesIntoOneStepButAPauseStartsAnother() {
        type(0, "a");
        fixture.clock.addAndGet(300);
        type(1, "b");
        fixture.clock.addAndGet(300);
        type(2, "c");
        fixture.clock.addAndGet(2000);
        type(3, "d");

        editor.undo();
        assertThat(editor.document().body()).startsWith("abcYou");
        editor.undo();
        assertThat(editor.document().text()).isEqualTo(EditorFixture.TEXT);
    }

    @Test
    void differentMergeKeysNeverMerge() {
        setModel("opus");
        type(0, "x");
        editor.undo();
        assertThat(editor.document().string("model")).contains("opus");
    }

    @Test
    void aRefusedEditChangesNothing() {
        assertThatThrownBy(() -> editor.apply("Set", null, d -> FrontmatterEditor.set(d, "x", new FieldValue.Raw("[unclosed"))))
                .isInstanceOf(EditRefusedException.class);
        assertThat(editor.isDirty()).isFalse();
        assertThat(editor.canUndoProperty().get()).isFalse();
    }

    @Test
    void saveWritesOnlyTheEditedFieldAndMakesTheAgentClean() throws IOException {
        setModel("opus");

        assertThat(editor.save().join()).isTrue();

        assertThat(fixture.disk()).isEqualTo(EditorFixture.TEXT.replace("model: sonnet", "model: opus"));
        assertThat(editor.isDirty()).isFalse();
        editor.undo();
        assertThat(editor.isDirty()).as("undoing past the save differs from the disk again").isTrue();
    }

    @Test
    void revertGoesBackToTheSavedTextAsOneUndoableStep() {
        setModel("opus");
        type(0, "x");

        editor.revert();

        assertThat(editor.document().text()).isEqualTo(EditorFixture.TEXT);
        assertThat(editor.isDirty()).isFalse();
        editor.undo();
        assertThat(editor.document().body()).startsWith("x");
    }

    @Test
    void aFileChangedOnDiskIsNeverOverwrittenBySave() throws IOException {
        setModel("opus");
        String theirs = EditorFixture.TEXT.replace("You review code.", "They changed this.");
        Files.writeString(fixture.file, theirs);

        assertThat(editor.save().join()).isFalse();

        assertThat(fixture.disk()).isEqualTo(theirs);
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.CHANGED_ON_DISK);
        assertThat(editor.diskDocumentProperty().get().text()).isEqualTo(theirs);
        assertThat(editor.messageProperty().get()).contains("changed by another program");
        assertThat(editor.isDirty()).isTrue();
    }

    @Test
    void keepMineThenSaveOverwritesTheOtherProgramsChange() throws IOException {
        setModel("opus");
        Files.writeString(fixture.file, "changed elsewhere\n");
        editor.diskChanged(fixture.load());
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.CHANGED_ON_DISK);
        assertThat(fixture.disk()).as("keeping mine alone writes nothing").isEqualTo("changed elsewhere\n");

        editor.keepMine();
        assertThat(editor.save().join()).isTrue();

        assertThat(fixture.disk()).isEqualTo(editor.document().text()).contains("model: opus");
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.IN_SYNC);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void keepMineNeverOverwritesASecondChangeTheWatcherHasNotReportedYet() throws IOException {
        setModel("opus");
        Files.writeString(fixture.file, "changed elsewhere\n");
        editor.diskChanged(fixture.load());
        editor.keepMine();
        FileTime firstChange = Files.getLastModifiedTime(fixture.file);
        // The second change has the same size and time as the first: only its bytes tell them apart.
        Files.writeString(fixture.file, "CHANGED ELSEWHERE\n");
        Files.setLastModifiedTime(fixture.file, firstChange);

        assertThat(editor.save().join()).isFalse();

        assertThat(fixture.disk()).isEqualTo("CHANGED ELSEWHERE\n");
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.CHANGED_ON_DISK);
        assertThat(editor.diskDocumentProperty().get().text()).isEqualTo("CHANGED ELSEWHERE\n");
        assertThat(editor.messageProperty().get()).contains("changed by another program");
        editor.keepMine();
        assertThat(editor.save().join()).as("keeping mine over the change now seen").isTrue();
        assertThat(fixture.disk()).contains("model: opus");
    }

    @Test
    void reloadTakesTheDiskVersionAndKeepsTheUsersEditsOneUndoAway() throws IOException {
        setModel("opus");
        Files.writeString(fixture.file, EditorFixture.TEXT.replace("You review", "They review"));
        editor.diskChanged(fixture.load());

        editor.reloadFromDisk();

        assertThat(editor.document().body()).startsWith("They review");
        assertThat(editor.isDirty()).isFalse();
        editor.undo();
        assertThat(editor.document().string("model")).contains("opus");
    }

    @Test
    void aCleanTabFollowsTheDiskAtOnce() throws IOException {
        Files.writeString(fixture.file, EditorFixture.TEXT.replace("You review", "They review"));

        editor.diskChanged(fixture.load());

        assertThat(editor.document().body()).startsWith("They review");
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.IN_SYNC);
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void aFileDeletedOnDiskIsWrittenBackBySave() throws IOException {
        Files.delete(fixture.file);
        editor.diskChanged(null);
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.DELETED_ON_DISK);
        assertThat(editor.isDirty()).isTrue();

        assertThat(editor.save().join()).isTrue();

        assertThat(fixture.disk()).isEqualTo(EditorFixture.TEXT);
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.IN_SYNC);
    }

    @Test
    void aSaveThatFindsTheFileDeletedSaysSoAndTheNextSaveRecreatesIt() throws IOException {
        setModel("haiku");
        Files.delete(fixture.file);

        assertThat(editor.save().join()).isFalse();
        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.DELETED_ON_DISK);
        assertThat(editor.save().join()).isTrue();

        assertThat(fixture.disk()).contains("model: haiku");
    }

    @Test
    void ourOwnSaveSeenByTheWatcherChangesNothing() throws IOException {
        setModel("opus");
        editor.save().join();

        editor.diskChanged(fixture.load());

        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.IN_SYNC);
        assertThat(editor.canUndoProperty().get()).isTrue();
    }
}
