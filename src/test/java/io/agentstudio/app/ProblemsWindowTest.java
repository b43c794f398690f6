package io.agentstudio.app;

import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.common.MessageTooltip;
import io.agentstudio.gui.common.ProblemPlace;
import io.agentstudio.gui.problems.ProblemRow;
import io.agentstudio.gui.problems.ProblemsViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Severity;
import io.agentstudio.testing.OnUiThread;
import javafx.collections.ListChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The problems acceptance, headless: a problem typed into the form shows in the pane and on the field soon after the
 * last keystroke, with no further input, and goes when corrected; double-clicking a body problem puts the caret on its
 * line; Ctrl+1 applies a problem's fix and Ctrl+Z takes it back.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class ProblemsWindowTest {
    /**
     * The 500 ms target from keystroke to pane is measured by {@code problems-benchmark} (README, Performance), not
     * here: on a loaded CI machine a headless window misses it by scheduling alone. This bound fails when the check
     * waits for something other than the typing pause (a later keystroke, a save, a whole-workspace pass).
     */
    private static final long ACCEPTED_MILLIS = 2_000;

    @TempDir
    static Path home;
    private CompositionRoot studio;
    private Stage stage;
    private final AtomicLong lastKeyNanos = new AtomicLong();
    /** When the open agent's findings last changed, on the UI thread. */
    private final AtomicLong findingsChangedNanos = new AtomicLong();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        studio = HeadlessStudio.start(stage, home);
    }

    @BeforeEach
    void openCodeReviewer(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.problems().checkingProperty().get());
        AgentRow row = window.agentList().visibleRows().stream().filter(r -> r.name().equals("code-reviewer")).findFirst().orElseThrow();
        robot.interact(() -> {
            window.agentList().open(row);
            window.preferences().problemsShownProperty().set(true);
            stage.getScene().addEventFilter(KeyEvent.ANY, event -> lastKeyNanos.set(System.nanoTime()));
            problems().problemsOf(editor()).findings().addListener((ListChangeListener<Finding>) change ->
                    findingsChangedNanos.set(System.nanoTime()));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void tearDown() throws Exception {
        // Nothing here is saved: the next test starts from the sample's file again.
        HeadlessStudio.stop(studio);
    }

    private ProblemsViewModel problems() {
        return studio.mainWindow().problems();
    }

    private AgentEditorViewModel editor() {
        return studio.mainWindow().tabs().selectedProperty().get();
    }

    private boolean hasFinding(String ruleId) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> problems().problemsOf(editor()).findings().stream()
                .anyMatch(f -> f.ruleId().equals(ruleId))).get();
    }

    private void typeName(FxRobot robot, String name) {
        TextField field = robot.lookup("#field-name").queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.write(name);
    }

    /** Waits until the findings have been quiet for a second, then returns how long after the last key they changed. */
    private long millisFromLastKeyToLastUpdate() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> findingsChangedNanos.get() > lastKeyNanos.get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> System.nanoTime() - findingsChangedNanos.get() > TimeUnit.SECONDS.toNanos(1));
        WaitForAsyncUtils.waitForFxEvents();
        return (findingsChangedNanos.get() - lastKeyNanos.get()) / 1_000_000;
    }

    @Test
    void anInvalidNameShowsInThePaneAndOnTheFieldSoonAfterTypingStopsAndGoesWhenCorrected(FxRobot robot) throws Exception {
        typeName(robot, "code:reviewer");

        assertThat(millisFromLastKeyToLastUpdate()).isLessThan(ACCEPTED_MILLIS);
        assertThat(hasFinding("name-invalid")).isTrue();
        assertThat(problems().rows()).anySatisfy(row -> {
            assertThat(row.ruleId()).isEqualTo("name-invalid");
            assertThat(row.file()).isEqualTo(editor().path());
        });
        Label marker = robot.lookup("#field-marker-name").queryAs(Label.class);
        assertThat(marker.isVisible()).isTrue();
        assertThat(marker.getTooltip().getText()).contains("code:reviewer");
        TreeTableCell<?, ?> paneCell = robot.lookup(".tree-table-cell")
                .match((TreeTableCell<?, ?> cell) -> cell.getText() != null && cell.getText().contains("code:reviewer")).query();
        for (Tooltip tooltip : List.of(paneCell.getTooltip(), marker.getTooltip())) {
            assertThat(tooltip.getText()).contains("code:reviewer");
            assertThat(tooltip.isWrapText()).as("a long message wraps rather than runs off the screen").isTrue();
            assertThat(tooltip.getMaxWidth()).isEqualTo(MessageTooltip.MAX_WIDTH);
        }

        typeName(robot, "code-reviewer");

        assertThat(millisFromLastKeyToLastUpdate()).isLessThan(ACCEPTED_MILLIS);
        assertThat(hasFinding("name-invalid")).isFalse();
        assertThat(problems().rows()).noneMatch(row -> row.ruleId().equals("name-invalid"));
        assertThat(robot.lookup("#field-marker-name").tryQuery()).isEmpty();
    }

    @Test
    void aLongMessagesTooltipShownNearTheFootOfTheScreenStaysOnIt(FxRobot robot) {
        Tooltip tooltip = MessageTooltip.of("A message that names many files, ".repeat(30));
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();

        robot.interact(() -> tooltip.show(stage, screen.getMinX() + 20, screen.getMaxY() - 30));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(tooltip.getHeight()).as("wrapped into several lines").isGreaterThan(60);
        assertThat(tooltip.getY() + tooltip.getHeight()).as("its last line on the screen").isLessThanOrEqualTo(screen.getMaxY());
        robot.interact(tooltip::hide);
    }

    /** The sample has warnings and an info: clicking "warnings" shows the warnings, pressed, and "all" brings the rest back. */
    @Test
    void clickingASeverityShowsItsProblemsAndAllShowsEveryProblem(FxRobot robot) throws Exception {
        OnUiThread.waitFor(20, () -> problems().rows().stream().anyMatch(row -> row.severity() == Severity.INFO));
        ToggleButton warnings = robot.lookup("#problems-show-warning").queryAs(ToggleButton.class);
        assertThat(warnings.isSelected()).isFalse();

        robot.clickOn(warnings);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problems().rows()).isNotEmpty().allSatisfy(row -> assertThat(row.severity()).isEqualTo(Severity.WARNING));
        assertThat(warnings.isSelected()).as("pressed means shown").isTrue();
        ToggleButton all = robot.lookup("#problems-show-all").queryAs(ToggleButton.class);
        assertThat(all.isSelected()).isFalse();
        assertThat(warnings.getText()).endsWith(" warnings");
        assertThat(warnings.getTooltip().getText()).startsWith("Show warnings");

        robot.clickOn(all);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(problems().rows()).anySatisfy(row -> assertThat(row.severity()).isEqualTo(Severity.INFO));
        assertThat(warnings.isSelected()).isFalse();
        assertThat(all.isSelected()).as("nothing picked: all shown").isTrue();
    }

    @Test
    void enterOnAFieldsProblemFocusesTheField(FxRobot robot) throws Exception {
        typeName(robot, "code:reviewer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasFinding("name-invalid"));
        robot.interact(() -> problems().currentAgentOnlyProperty().set(true));
        ProblemRow invalid = problems().rows().stream().filter(r -> r.ruleId().equals("name-invalid")).findFirst().orElseThrow();
        robot.clickOn(robot.lookup("#problems-tree .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> invalid.equals(r.getItem())).queryAs(TreeTableRow.class));
        assertThat(robot.lookup("#field-name").queryAs(TextField.class).isFocused()).isFalse();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#field-name").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(robot.lookup("#rule-id").queryAs(Label.class).getText()).startsWith("name-invalid");
    }

    @Test
    void doubleClickingABodyProblemPutsTheCaretOnItsLine(FxRobot robot) throws Exception {
        CodeArea body = robot.lookup("#body-text").queryAs(CodeArea.class);
        robot.clickOn(body);
        robot.interact(() -> body.moveTo(body.getLength()));
        robot.write("\nSee [the notes](no-such-notes.md) first.\n");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasFinding("link-target-missing"));
        robot.interact(() -> {
            problems().currentAgentOnlyProperty().set(true);
            body.moveTo(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        ProblemRow link = problems().rows().stream().filter(r -> r.ruleId().equals("link-target-missing")).findFirst().orElseThrow();

        TreeTableRow<?> row = robot.lookup("#problems-tree .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> link.equals(r.getItem())).queryAs(TreeTableRow.class);
        robot.doubleClickOn(row);
        WaitForAsyncUtils.waitForFxEvents();

        int paragraph = ProblemPlace.bodyParagraph(link.problem(), editor().document());
        assertThat(body.getCurrentParagraph()).isEqualTo(paragraph);
        assertThat(body.getParagraph(paragraph).getText()).contains("no-such-notes.md");
        assertThat(body.getSelectedText()).isNotEmpty();
        assertThat(body.isFocused()).isTrue();
    }

    @Test
    void ctrl1AppliesTheFixOfTheProblemAtTheFocusedFieldAndCtrlZTakesItBack(FxRobot robot) throws Exception {
        typeName(robot, "Code_Reviewer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasFinding("name-not-slug"));

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor().document().string("name")).contains("code-reviewer");
        assertThat(robot.lookup("#field-name").queryAs(TextField.class).getText()).isEqualTo("code-reviewer");
        assertThat(editor().undoTextProperty().get()).isEqualTo("Undo Rename the agent to `code-reviewer`");

        robot.press(KeyCode.SHORTCUT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor().document().string("name")).contains("Code_Reviewer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasFinding("name-not-slug"));
    }

    @Test
    void ctrl1OnASelectedRowOfThePaneAppliesItsFix(FxRobot robot) throws Exception {
        typeName(robot, "Code_Reviewer");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hasFinding("name-not-slug"));
        robot.interact(() -> problems().currentAgentOnlyProperty().set(true));
        ProblemRow slug = problems().rows().stream().filter(r -> r.ruleId().equals("name-not-slug")).findFirst().orElseThrow();
        robot.clickOn(robot.lookup("#problems-tree .tree-table-row-cell")
                .match((TreeTableRow<?> r) -> slug.equals(r.getItem())).queryAs(TreeTableRow.class));

        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor().document().string("name")).isEqualTo(Optional.of("code-reviewer"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hasFinding("name-not-slug"));
    }
}
