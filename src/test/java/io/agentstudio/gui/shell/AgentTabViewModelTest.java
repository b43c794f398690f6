package io.agentstudio.gui.shell;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorFixture;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Which view an open agent's tab shows, without a JavaFX toolkit. */
class AgentTabViewModelTest {
    @TempDir
    Path root;
    EditorFixture fixture;
    AgentEditorViewModel editor;
    AgentTabViewModel tab;

    @BeforeEach
    void open() throws IOException {
        fixture = new EditorFixture(root);
        editor = fixture.editor();
        tab = new AgentTabViewModel(editor, EditorProblems.none());
    }

    @Test
    void aFrontmatterLineShowsInSourceAndABodyLineInTheEditor() {
        editor.revealLine(3);
        assertThat(tab.modeProperty().get()).isEqualTo(AgentTabViewModel.Mode.SOURCE);
        assertThat(tab.sourceLineProperty().get().line()).isEqualTo(3);

        editor.revealLine(9);
        assertThat(tab.modeProperty().get()).isEqualTo(AgentTabViewModel.Mode.EDIT);
    }

    @Test
    void theComparisonIsOfferedOnlyWhileAnotherProgramsVersionWaitsAndClosesWhenItGoes() throws IOException {
        tab.show(AgentTabViewModel.Mode.COMPARE);
        assertThat(tab.modeProperty().get()).as("nothing to compare with").isEqualTo(AgentTabViewModel.Mode.EDIT);

        editor.apply("Typing", null, document -> BodyEditor.replaceBody(document, "Mine.\n"));
        Files.writeString(fixture.file, EditorFixture.TEXT.replace("You review code.", "Theirs."));
        WorkspaceAgent theirs = fixture.load();
        editor.diskChanged(theirs);
        assertThat(tab.compareOfferedProperty().get()).isTrue();
        tab.show(AgentTabViewModel.Mode.COMPARE);
        assertThat(tab.modeProperty().get()).isEqualTo(AgentTabViewModel.Mode.COMPARE);
        assertThat(tab.comparison()).anySatisfy(line -> assertThat(line).isEqualTo("-Theirs."));

        editor.reloadFromDisk();
        assertThat(tab.compareOfferedProperty().get()).isFalse();
        assertThat(tab.modeProperty().get()).isEqualTo(AgentTabViewModel.Mode.EDIT);
    }
}
