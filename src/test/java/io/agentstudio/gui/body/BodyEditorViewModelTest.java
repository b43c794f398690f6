package io.agentstudio.gui.body;


import io.agentstudio.gui.common.TextReplacement;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.markdown.Heading;
import io.agentstudio.model.FieldValue;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The body editor's rules without a JavaFX runtime: a string stands in for the code area. */
class BodyEditorViewModelTest {
    private static final String FRONTMATTER = "---\nname: reviewer\ndescription: Reviews code\n---\n";

    private final FakeAgentEditing editing = new FakeAgentEditing(FRONTMATTER + "# Role\nYou review code.\n");
    private final BodyEditorViewModel viewModel = new BodyEditorViewModel(editing);
    /** What the area would show: the view applies each update from the view model to it. */
    private final StringBuilder area = new StringBuilder(viewModel.areaText());
    private final List<TextReplacement> updates = new ArrayList<>();

    BodyEditorViewModelTest() {
        viewModel.setAreaUpdater(change -> {
            updates.add(change);
            area.replace(change.offset(), change.offset() + change.removedLength(), change.inserted());
            // The real area reports its own change back, as the user's typing would be; it must not become an edit.
            viewModel.areaEdited(change.offset(), change.removedLength(), change.inserted());
        });
    }

    private void type(int position, int removed, String inserted) {
        area.replace(position, position + removed, inserted);
        viewModel.areaEdited(position, removed, inserted);
    }

    @Test
    void typingBecomesATypingEditOfTheBodyAndIsNotEchoed() {
        type(11, 0, "carefully ");
        type(0, 0, "#");

        assertThat(editing.text()).isEqualTo(FRONTMATTER + "## Role\nYou carefully review code.\n");
        assertThat(editing.history()).singleElement().satisfies(step -> {
            assertThat(step.description()).isEqualTo("Typing");
            assertThat(step.mergeKey()).isEqualTo("typing");
        });
        assertThat(editing.appliedCount()).isEqualTo(2);
        assertThat(updates).as("the model's answer to our own typing is not sent back to the area").isEmpty();
        assertThat(viewModel.bodyProperty().get()).isEqualTo(area.toString());
    }

    @Test
    void undoUpdatesTheAreaWithTheSmallestReplacementWithoutANewEdit() {
        type(11, 0, "carefully ");

        editing.undo();

        assertThat(updates).containsExactly(new TextReplacement(11, 10, ""));
        assertThat(area.toString()).isEqualTo("# Role\nYou review code.\n");
        assertThat(editing.appliedCount()).isEqualTo(1);
        assertThat(editing.history()).isEmpty();
    }

    @Test
    void aChangeFromElsewhereReachesTheArea() {
        editing.replaceDocument("---\nname: reviewer\ndescription: Changed in the form\n---\n# Role\nYou review code.\n");
        assertThat(updates).as("a frontmatter edit leaves the body alone").isEmpty();

        editing.replaceDocument(FRONTMATTER + "# Role\nYou review tests.\n");
        assertThat(area.toString()).isEqualTo("# Role\nYou review tests.\n");
        assertThat(updates).containsExactly(new TextReplacement(18, 4, "tests"));
    }

    @Test
    void crlfBodiesAreEditedInTheFilesLineEndings() {
        FakeAgentEditing crlf = new FakeAgentEditing("---\r\nname: a\r\n---\r\nOne\r\nTwo\r\n");
        BodyEditorViewModel model = new BodyEditorViewModel(crlf);
        assertThat(model.areaText()).isEqualTo("One\nTwo\n");

        model.areaEdited(4, 0, "New\n");
        model.areaEdited(3, 1, "");

        assertThat(crlf.text()).isEqualTo("---\r\nname: a\r\n---\r\nOneNew\r\nTwo\r\n");
    }

    @Test
    void findsNextAndPreviousWrappingAroundWithOrWithoutCase() {
        type(area.length(), 0, "Review often.\n");
        viewModel.find().queryProperty().set("review");

        assertThat(viewModel.findNext(0)).contains(new TextMatch(11, 17));
        assertThat(viewModel.findNext(17)).contains(new TextMatch(24, 30));
        assertThat(viewModel.findNext(30)).as("wraps").contains(new TextMatch(11, 17));
        assertThat(viewModel.findPrevious(11)).as("wraps back").contains(new TextMatch(24, 30));
        assertThat(viewModel.findStatusProperty().get()).isEqualTo("2 matches");

        viewModel.find().matchCaseProperty().set(true);
        assertThat(viewModel.findNext(0)).contains(new TextMatch(11, 17));
        assertThat(viewModel.findStatusProperty().get()).isEqualTo("1 match");
        viewModel.find().queryProperty().set("absent");
        assertThat(viewModel.findNext(0)).isEmpty();
        assertThat(viewModel.findStatusProperty().get()).isEqualTo("No matches");
    }

    @Test
    void replacesTheSelectedMatchOnly() {
        viewModel.find().queryProperty().set("code");
        viewModel.find().replacementProperty().set("tests");

        viewModel.replace(new TextMatch(0, 4));
        assertThat(editing.history()).as("the selection is not a match").isEmpty();

        viewModel.replace(new TextMatch(18, 22));
        assertThat(area.toString()).isEqualTo("# Role\nYou review tests.\n");
        assertThat(editing.history()).extracting(FakeAgentEditing.Step::description).containsExactly("Replace");
    }

    @Test
    void replaceAllIsOneUndoableEdit() {
        type(area.length(), 0, "Code, CODE and code.\n");
        viewModel.find().queryProperty().set("code");
        viewModel.find().replacementProperty().set("text");

        assertThat(viewModel.replaceAll()).isEqualTo(4);

        assertThat(area.toString()).isEqualTo("# Role\nYou review text.\ntext, text and text.\n");
        assertThat(editing.history()).extracting(FakeAgentEditing.Step::description).containsExactly("Typing", "Replace all");
        editing.undo();
        assertThat(area.toString()).isEqualTo("# Role\nYou review code.\nCode, CODE and code.\n");
    }

    @Test
    void theOutlineFollowsTheHeadingsAndOnlyChangesWhenTheyDo() {
        List<List<Heading>> seen = new ArrayList<>();
        viewModel.outline().addListener((javafx.collections.ListChangeListener<Heading>) change -> seen.add(List.copyOf(viewModel.outline())));

        type(area.length(), 0, "plain text\n");
        assertThat(seen).isEmpty();

        type(area.length(), 0, "## Output\n");
        assertThat(viewModel.outline()).containsExactly(new Heading(0, 1, "Role"), new Heading(3, 2, "Output"));
        assertThat(seen).hasSize(1);
    }

    /** The body starts on the file's line 5, under the four lines of frontmatter; line numbers are the file's. */
    @Test
    void goToLineTakesLinesOfTheFileClampedToTheBodyAndIgnoresWhatIsNotANumber() {
        assertThat(viewModel.firstLineProperty().get()).isEqualTo(5);
        assertThat(viewModel.lastLine()).isEqualTo(7);
        assertThat(viewModel.paragraphOfLine(" 6 ")).hasValue(1);
        assertThat(viewModel.paragraphOfLine("99")).hasValue(2);
        assertThat(viewModel.paragraphOfLine("2")).as("a line of the frontmatter").hasValue(0);
        assertThat(viewModel.paragraphOfLine("two")).isEmpty();
    }

    @Test
    void theCaretIsReportedAsALineOfTheFile() {
        viewModel.caretMoved(2, 0);

        assertThat(viewModel.caretLineProperty().get()).isEqualTo(7);
        assertThat(viewModel.caretColumnProperty().get()).isEqualTo(1);
    }

    @Test
    void aLineAddedToTheFrontmatterMovesTheBodysNumbersAndTheCaretsLine() {
        viewModel.caretMoved(1, 3);

        editing.apply("Change model", null, document -> FrontmatterEditor.set(document, "model",
                new FieldValue.Text("opus")));

        assertThat(viewModel.firstLineProperty().get()).isEqualTo(6);
        assertThat(viewModel.caretLineProperty().get()).isEqualTo(7);
    }

    @Test
    void aRefusedEditPutsTheAreaBackToTheModel() {
        FakeAgentEditing refusingEditing = new FakeAgentEditing(FRONTMATTER + "text\n");
        refusingEditing.refuseEdits();
        BodyEditorViewModel refusing = new BodyEditorViewModel(refusingEditing);
        List<TextReplacement> back = new ArrayList<>();
        refusing.setAreaUpdater(back::add);

        refusing.areaEdited(0, 0, "more ");

        assertThat(back).containsExactly(new TextReplacement(0, 5, ""));
        assertThat(refusing.bodyProperty().get()).isEqualTo("text\n");
    }
}
