package io.agentstudio.gui.form;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorFixture;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.DialectCatalog;
import io.agentstudio.testing.LineDiff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The form without a JavaFX toolkit: each control's edit is one lossless codec edit of that field. */
class FormViewModelTest {
    @TempDir
    Path root;

    private AgentEditorViewModel editor() throws IOException {
        return new EditorFixture(root).editor();
    }

    private static FieldViewModel field(FormViewModel form, String name) {
        return form.field(name).orElseThrow();
    }

    @Test
    void hasAControlPerCatalogFieldInCatalogOrder() throws IOException {
        FormViewModel form = new FormViewModel(editor(), List.of());

        assertThat(form.fields()).extracting(FieldViewModel::name).startsWith("name", "description", "tools", "disallowedTools", "model");
        assertThat(field(form, "tools").items()).containsExactly("Read", "Grep");
        assertThat(field(form, "disallowedTools").presentProperty().get()).as("absent: inherits").isFalse();
        assertThat(form.otherFields().fields()).containsExactly(new OtherField("x-team", "platform"));
    }

    @Test
    void changingTheDescriptionRewritesOnlyItsLine() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        field(form, "description").edit("Finds bugs. Use after every change.");

        String text = editor.document().text();
        assertThat(text).contains("description: Finds bugs. Use after every change.\n");
        assertThat(LineDiff.between(EditorFixture.TEXT, text)).isEqualTo(new LineDiff(2, 3, 2, 3));
        assertThat(((DescriptionFieldViewModel) field(form, "description")).countProperty().get()).isEqualTo("35 characters");
    }

    /** Each keystroke is an edit; "edits. " on the way needs quotes for its trailing space, the finished text does not. */
    @Test
    void typingAtTheEndOfAPlainDescriptionLeavesItPlain() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());
        String typed = "Reviews code. Use proactively after edits.";

        for (char c : " Then report.".toCharArray()) {
            typed += c;
            field(form, "description").edit(typed);
        }

        assertThat(editor.document().text()).isEqualTo(EditorFixture.TEXT.replace("after edits.\n", "after edits. Then report.\n"));
    }

    @Test
    void typingKeepsTheQuotesTheAuthorChose() throws IOException {
        AgentEditorViewModel editor = new EditorFixture(root, EditorFixture.TEXT.replace("description: Reviews code. Use proactively after edits.",
                "description: 'Reviews code.'")).editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        field(form, "description").edit("Reviews code. ");
        field(form, "description").edit("Reviews code. F");

        assertThat(editor.document().text()).contains("description: 'Reviews code. F'\n");
    }

    @Test
    void aValueThatNeedsQuotesWhenTypingEndsIsQuoted() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        field(form, "description").edit("Reviews code: ");
        field(form, "description").edit("Reviews code: all");

        assertThat(editor.document().text()).contains("description: 'Reviews code: all'\n");
    }

    /** Another pane's edit ends the typing: the quotes written there are the style the next typing keeps. */
    @Test
    void typingAfterAnotherPanesEditKeepsTheStyleWrittenThere() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());
        field(form, "description").edit("Finds bugs");
        editor.apply("Typing", null, document -> AgentFileParser.parse(document.text().replace("description: Finds bugs", "description: 'Finds bugs'")));

        field(form, "description").edit("Finds bugs early");

        assertThat(editor.document().text()).contains("description: 'Finds bugs early'\n");
    }

    @Test
    void addingAToolKeepsTheCommaFormAndTouchesOnlyTheToolsLine() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of("mcp__github"));

        field(form, "tools").addItem("mcp__github");

        assertThat(editor.document().text()).contains("tools: Read, Grep, mcp__github\n");
        assertThat(LineDiff.between(EditorFixture.TEXT, editor.document().text())).isEqualTo(new LineDiff(3, 4, 3, 4));
        assertThat(form.toolChoices()).contains("Read", "Agent", "mcp__github");
    }

    /** The tool chips listen to items(): a listener that stopped hearing after a GC left the chips behind the file. */
    @Test
    void aListenerOnAListFieldKeepsHearingItsChangesAfterGarbageCollection() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());
        List<List<String>> heard = new java.util.ArrayList<>();
        field(form, "tools").items().addListener((javafx.collections.ListChangeListener<String>) change ->
                heard.add(List.copyOf(change.getList())));
        for (int i = 0; i < 5; i++) {
            System.gc();
        }

        field(form, "tools").addItem("WebFetch");
        editor.undo();

        assertThat(heard).containsExactly(List.of("Read", "Grep", "WebFetch"), List.of("Read", "Grep"));
    }

    @Test
    void removingToolsMeansInheritingAll() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        field(form, "tools").remove();

        assertThat(editor.document().text()).doesNotContain("tools:");
        assertThat(field(form, "tools").presentProperty().get()).isFalse();
    }

    @Test
    void typedValuesBecomeTheirYamlTypes() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        field(form, "maxTurns").edit("12");
        field(form, "background").setBoolean(true);
        field(form, "skills").setItems(List.of("release-notes"));
        field(form, "color").edit("blue");

        assertThat(editor.document().value("maxTurns")).contains(12);
        assertThat(editor.document().value("background")).contains(true);
        assertThat(editor.document().text()).contains("skills: [release-notes]\n", "color: blue\n");
    }

    @Test
    void aBadNumberShowsAtTheFieldAndChangesNothing() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        field(form, "maxTurns").edit("many");

        assertThat(field(form, "maxTurns").errorProperty().get()).contains("whole number");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void aRefusedOtherFieldShowsItsMessageAndChangesNothing() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        assertThat(form.otherFields().put("x-team", "[unclosed")).isFalse();

        assertThat(form.otherFields().errorProperty().get()).startsWith("The value is not valid YAML");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void otherFieldsAreAddedEditedAndRemovedAsYaml() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        form.otherFields().put("x-owners", "[ana, bo]");
        form.otherFields().put("x-team", "payments");
        form.otherFields().remove("x-owners");

        assertThat(editor.document().text()).isEqualTo(EditorFixture.TEXT.replace("x-team: platform", "x-team: payments"));
    }

    @Test
    void theFormFollowsUndo() throws IOException {
        AgentEditorViewModel editor = editor();
        FormViewModel form = new FormViewModel(editor, List.of());
        field(form, "name").edit("Bad Name");
        assertThat(((NameFieldViewModel) field(form, "name")).formatProblemProperty().get()).contains("lowercase");

        editor.undo();

        assertThat(field(form, "name").textProperty().get()).isEqualTo("reviewer");
        assertThat(((NameFieldViewModel) field(form, "name")).formatProblemProperty().get()).isEmpty();
    }

    @Test
    void aFrontmatterThatDoesNotParseDisablesTheFormWithTheReason() throws IOException {
        AgentEditorViewModel editor = new EditorFixture(root, "---\nname: [broken\n---\nBody\n").editor();
        FormViewModel form = new FormViewModel(editor, List.of());

        assertThat(form.editableProperty().get()).isFalse();
        assertThat(form.notEditableReasonProperty().get()).contains("does not parse");
    }

    @Test
    void aDialectWithoutCatalogShowsEveryKeyUnderOtherFields() throws IOException {
        EditorFixture fixture = new EditorFixture(root);
        AgentEditorViewModel editor = new AgentEditorViewModel(fixture.load(), new DialectCatalog(Dialect.CURSOR, List.of(), List.of()),
                new AgentFileStore(), Runnable::run, Runnable::run, new CommandStack(fixture.clock::get), fixture.tabs());
        FormViewModel form = new FormViewModel(editor, List.of());

        assertThat(form.fields()).isEmpty();
        assertThat(form.otherFields().fields()).extracting(OtherField::key)
                .containsExactly("name", "description", "tools", "model", "x-team");
    }
}
