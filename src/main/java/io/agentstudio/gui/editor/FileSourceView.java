package io.agentstudio.gui.editor;

import io.agentstudio.gui.common.GutterMarker;
import io.agentstudio.gui.common.MarkdownArea;
import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import io.agentstudio.gui.common.ProblemPlace;
import io.agentstudio.gui.common.QuickFixMenu;
import io.agentstudio.gui.common.TextReplacement;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Problem;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;

/**
 * The whole file exactly as Save will write it, editable: the place to repair a frontmatter the form cannot read,
 * or to edit YAML by hand. YAML and Markdown are highlighted, each problem is underlined with an icon in the gutter
 * (a click or Ctrl+1 offers its fixes), and while the fields cannot be read a bar above the text says what to
 * repair. Typing is an edit of the agent like any other: Ctrl+Z passes through to the agent's one history.
 * Highlighting is refreshed only while the view is shown, so typing in the body does not restyle a hidden copy.
 */
public final class FileSourceView extends BorderPane {
    private static final String STYLESHEET = "/io/agentstudio/gui/editor/source-editor.css";

    private final CodeArea area = new CodeArea();
    private final SourceEditorViewModel viewModel;
    private final AgentEditing editing;
    private final EditorProblems problems;
    private final IntFunction<Node> lineNumbers = LineNumberFactory.get(area);
    private Map<Integer, List<Finding>> byLine = Map.of();
    private final ReadOnlyIntegerWrapper caretLine = new ReadOnlyIntegerWrapper(this, "caretLine", 1);
    private final ReadOnlyIntegerWrapper caretColumn = new ReadOnlyIntegerWrapper(this, "caretColumn", 1);

    public FileSourceView(AgentEditing editing, EditorProblems problems) {
        this.editing = editing;
        this.problems = problems;
        this.viewModel = new SourceEditorViewModel(editing);
        getStyleClass().add("file-source");
        getStylesheets().add(FileSourceView.class.getResource(STYLESHEET).toExternalForm());
        area.setId("source-text");
        MarkdownArea.style(area, this);
        area.setWrapText(true);
        area.replaceText(viewModel.areaText());
        area.moveTo(0);
        // The agent's history is the only one: an area-local undo would undo keystrokes the model never saw undone.
        area.setUndoManager(UndoUtils.noOpUndoManager());
        Nodes.addInputMap(area, InputMap.sequence(
                InputMap.ignore(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN)),
                InputMap.ignore(keyPressed(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)),
                InputMap.ignore(keyPressed(KeyCode.Y, KeyCombination.SHORTCUT_DOWN))));
        area.plainTextChanges().subscribe(change ->
                viewModel.areaEdited(change.getPosition(), change.getRemoved().length(), change.getInserted()));
        viewModel.setAreaUpdater(this::follow);
        area.plainTextChanges().successionEnds(Duration.ofMillis(60)).subscribe(change -> restyle());
        area.caretPositionProperty().addListener((observable, before, position) -> {
            caretLine.set(area.getCurrentParagraph() + 1);
            caretColumn.set(area.getCaretColumn() + 1);
        });
        problems.findings().addListener((ListChangeListener<Finding>) change -> restyle());
        visibleProperty().addListener((observable, was, visible) -> restyle());

        setTop(repairBar());
        setCenter(new VirtualizedScrollPane<>(area));
        restyle();
        problems.revealProperty().addListener((observable, before, problem) -> {
            if (problem != null && ProblemPlace.of(problem, editing.documentProperty().get()) == ProblemPlace.FILE) {
                // After the pulse that shows this view (the tab may have just opened, or switched to Source).
                Platform.runLater(() -> reveal(problem));
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (QuickFixMenu.SHORTCUT.match(event)) {
                problems.whenCurrent(() -> QuickFixMenu.offer(problems.fixes(findingsOn(area.getCurrentParagraph())), area,
                        area.getCaretBounds().orElse(null)));
                event.consume();
            }
        });
    }

    /** The caret's 1-based line of the file (the Source shows every line, so its lines are the file's). */
    public ReadOnlyIntegerProperty caretLineProperty() {
        return caretLine.getReadOnlyProperty();
    }

    /** The caret's 1-based column. */
    public ReadOnlyIntegerProperty caretColumnProperty() {
        return caretColumn.getReadOnlyProperty();
    }

    /** Puts the caret at the start of a 1-based line and scrolls to it; call while shown. */
    public void showLine(int line) {
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        showInView(paragraph);
    }

    private Message repairBar() {
        Message bar = new Message("The fields cannot be read", "", new FontIcon(Feather.TOOL));
        bar.setId("source-repair");
        bar.getStyleClass().add(Styles.DANGER);
        bar.descriptionProperty().bind(viewModel.repairHintProperty());
        bar.visibleProperty().bind(viewModel.repairHintProperty().isNotEmpty());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** Applies a change of the document made elsewhere, keeping the caret and selection on the same text. */
    private void follow(TextReplacement change) {
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        area.replaceText(change.offset(), change.offset() + change.removedLength(), change.inserted());
        area.selectRange(change.map(anchor), change.map(caret));
    }

    private void restyle() {
        if (!isVisible()) {
            return;
        }
        byLine = problems.findings().stream()
                .collect(Collectors.groupingBy(finding -> Math.max(0, finding.problem().line() - 1)));
        List<String> lines = area.getParagraphs().stream().map(paragraph -> paragraph.getText()).toList();
        area.setStyleSpans(0, SourceHighlighting.of(lines, yamlLines(editing.documentProperty().get(), lines), byLine));
        // A new factory makes the area draw the visible gutters again with the new icons.
        area.setParagraphGraphicFactory(paragraph -> new HBox(lineNumbers.apply(paragraph), GutterMarker.of(findingsOn(paragraph), problems::fixes)));
    }

    /**
     * How many lines from the top are frontmatter: up to the closing fence, or, while it is missing, up to the first
     * blank line, which is where the user most likely meant it to be.
     */
    private static int yamlLines(AgentDocument document, List<String> lines) {
        if (document.state() == FrontmatterState.CLOSED) {
            return Math.min(lines.size(), document.bodyFirstLine());
        }
        if (document.state() == FrontmatterState.UNCLOSED) {
            for (int i = 1; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    return i;
                }
            }
            return lines.size();
        }
        return 0;
    }

    private List<Finding> findingsOn(int paragraph) {
        return byLine.getOrDefault(paragraph, List.of());
    }

    private void reveal(Problem problem) {
        int paragraph = Math.max(0, Math.min(problem.line() - 1, area.getParagraphs().size() - 1));
        int[] range = SourceHighlighting.range(area.getParagraph(paragraph).getText(), problem.column());
        // The caret at the start of the range, so following it shows the line's beginning.
        area.selectRange(paragraph, range[1], paragraph, range[0]);
        showInView(paragraph);
        area.requestFocus();
    }

    /**
     * Scrolls so the paragraph stands a few lines below the top. Following the caret alone, right after the view was
     * shown, scrolled before the area had its height and left the line out of view.
     */
    private void showInView(int paragraph) {
        applyCss();
        layout();
        area.showParagraphAtTop(Math.max(0, paragraph - 3));
        area.requestFollowCaret();
    }
}
