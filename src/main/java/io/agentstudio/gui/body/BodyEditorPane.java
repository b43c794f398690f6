package io.agentstudio.gui.body;

import io.agentstudio.gui.common.MarkdownArea;
import io.agentstudio.gui.common.TextReplacement;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.logic.markdown.Heading;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.IndexRange;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import atlantafx.base.theme.Styles;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.util.UndoUtils;
import org.fxmisc.wellbehaved.event.InputMap;
import org.fxmisc.wellbehaved.event.Nodes;

import java.util.List;
import java.util.Objects;

import static org.fxmisc.wellbehaved.event.EventPattern.keyPressed;

/**
 * The Markdown body editor: a highlighted code area with line numbers, the current line marked and soft wrap, a
 * find and replace bar (Ctrl+F, Ctrl+H), go to line (Ctrl+L, Ctrl+G), an outline of headings, and the agent's
 * problems (gutter icons, underlines, Ctrl+1 for a quick fix). Text goes through
 * the {@link BodyEditorViewModel}; the area has no undo history of its own: Ctrl+Z, Ctrl+Y and Ctrl+Shift+Z pass
 * through it unconsumed, to the window's Undo and Redo, which work on the agent's one history.
 */
public final class BodyEditorPane extends BorderPane {
    private static final String STYLESHEET = "/io/agentstudio/gui/body/body-editor.css";
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REPLACE = new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GO_TO_LINE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination GO_TO_LINE_TOO = new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN);

    private static final List<String> CURRENT_LINE = List.of("current-line");

    private final BodyEditorViewModel viewModel;
    private final CodeArea area = new CodeArea();
    private MarkdownHighlighting highlighting;
    private final FindBar findBar;
    private final GoToLineBar goToLineBar;
    private final ListView<Heading> outline = new ListView<>();
    private int markedLine = -1;
    private final BooleanProperty outlineVisible = new SimpleBooleanProperty(this, "outlineVisible", false);

    public BodyEditorPane(BodyEditorViewModel viewModel) {
        this(viewModel, EditorProblems.none());
    }

    /** @param problems the agent's findings: gutter icons, underlines, Ctrl+1 and going to a problem */
    public BodyEditorPane(BodyEditorViewModel viewModel, EditorProblems problems) {
        this.viewModel = viewModel;
        getStyleClass().add("body-editor");
        getStylesheets().add(Objects.requireNonNull(getClass().getResource(STYLESHEET), STYLESHEET).toExternalForm());

        setUpArea();
        BodyProblemMarkers.attach(area, highlighting, viewModel.documentProperty(), viewModel.firstLineProperty(), problems);
        findBar = new FindBar(viewModel.find(), viewModel.findStatusProperty(), new FindActions());
        goToLineBar = new GoToLineBar(this::goToLine, this::closeBars);
        hideUntilOpened(findBar);
        hideUntilOpened(goToLineBar);
        setUpOutline();

        // The outline starts hidden: the body needs the width more than a list of a few headings.
        SplitPane centre = new SplitPane(new VirtualizedScrollPane<>(area));
        outlineVisible.addListener((observable, before, visible) -> {
            if (visible) {
                centre.getItems().add(0, outline);
                centre.setDividerPositions(0.22);
            } else {
                centre.getItems().remove(0);
            }
        });
        setTop(new VBox(toolbar(), findBar, goToLineBar));
        setCenter(centre);
        addEventFilter(KeyEvent.KEY_PRESSED, this::shortcut);
    }

    // Properties

    /** Soft wrap of long lines; on by default, since prompts are written one paragraph a line. */
    public BooleanProperty wrapTextProperty() {
        return area.wrapTextProperty();
    }

    public BooleanProperty outlineVisibleProperty() {
        return outlineVisible;
    }

    // Commands

    public void showFind() {
        openFind(false);
    }

    public void showReplace() {
        openFind(true);
    }

    public void showGoToLine() {
        findBar.setVisible(false);
        goToLineBar.setVisible(true);
        goToLineBar.open(viewModel.caretLineProperty().get(), viewModel.firstLineProperty().get(), viewModel.lastLine());
    }

    /** Moves the caret to the start of a 0-based line of the body and scrolls it into view. */
    public void showLine(int paragraph) {
        showParagraph(Math.max(0, Math.min(paragraph, area.getParagraphs().size() - 1)));
    }

    public void focusEditor() {
        area.requestFocus();
    }

    private void setUpArea() {
        area.setId("body-text");
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
        highlighting = MarkdownHighlighting.attach(area);
        area.plainTextChanges().subscribe(change ->
                viewModel.areaEdited(change.getPosition(), change.getRemoved().length(), change.getInserted()));
        viewModel.setAreaUpdater(this::follow);
        area.caretPositionProperty().addListener((observable, before, position) ->
                viewModel.caretMoved(area.getCurrentParagraph(), area.getCaretColumn()));
        markCurrentLine();
        area.currentParagraphProperty().addListener((observable, before, paragraph) -> markCurrentLine());
    }

    /**
     * Marks the caret's paragraph with a style class. RichTextFX's own line highlighter redraws on every keystroke
     * (about 40 ms in a 2,000-line body); a paragraph style changes only when the caret moves to another line.
     */
    private void markCurrentLine() {
        if (markedLine >= 0 && markedLine < area.getParagraphs().size()) {
            area.setParagraphStyle(markedLine, List.of());
        }
        markedLine = area.getCurrentParagraph();
        area.setParagraphStyle(markedLine, CURRENT_LINE);
    }

    /** Applies a change of the document made elsewhere, keeping the caret and selection on the same text. */
    private void follow(TextReplacement change) {
        int anchor = area.getAnchor();
        int caret = area.getCaretPosition();
        area.replaceText(change.offset(), change.offset() + change.removedLength(), change.inserted());
        area.selectRange(change.map(anchor), change.map(caret));
    }

    private HBox toolbar() {
        ToggleButton wrap = new ToggleButton("Wrap");
        wrap.setId("body-wrap");
        wrap.selectedProperty().bindBidirectional(area.wrapTextProperty());
        ToggleButton outlineToggle = new ToggleButton("Outline");
        outlineToggle.setId("body-outline-toggle");
        outlineToggle.selectedProperty().bindBidirectional(outlineVisible);
        wrap.getStyleClass().add(Styles.SMALL);
        outlineToggle.getStyleClass().add(Styles.SMALL);
        HBox toolbar = new HBox(wrap, outlineToggle);
        toolbar.getStyleClass().add("body-toolbar");
        return toolbar;
    }

    private void setUpOutline() {
        outline.setItems(viewModel.outline());
        outline.setId("body-outline");
        outline.setCellFactory(list -> new HeadingCell());
        outline.setOnMouseClicked(event -> goToHeading());
        outline.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                goToHeading();
            }
        });
    }

    private static void hideUntilOpened(Node bar) {
        bar.setVisible(false);
        bar.managedProperty().bind(bar.visibleProperty());
    }

    private void goToHeading() {
        Heading heading = outline.getSelectionModel().getSelectedItem();
        if (heading != null) {
            showParagraph(heading.line());
        }
    }

    private void goToLine(String typed) {
        viewModel.paragraphOfLine(typed).ifPresent(paragraph -> {
            closeBars();
            showParagraph(paragraph);
        });
    }

    private void showParagraph(int paragraph) {
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(Math.max(0, paragraph - 2));
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void openFind(boolean withReplace) {
        goToLineBar.setVisible(false);
        findBar.setVisible(true);
        String selected = area.getSelectedText();
        findBar.open(withReplace, selected.contains("\n") ? "" : selected);
    }

    private void closeBars() {
        findBar.setVisible(false);
        goToLineBar.setVisible(false);
        area.requestFocus();
    }

    private void shortcut(KeyEvent event) {
        if (FIND.match(event)) {
            showFind();
        } else if (REPLACE.match(event)) {
            showReplace();
        } else if (GO_TO_LINE.match(event) || GO_TO_LINE_TOO.match(event)) {
            showGoToLine();
        } else {
            return;
        }
        event.consume();
    }

    private void select(TextMatch match) {
        area.selectRange(match.start(), match.end());
        area.requestFollowCaret();
    }

    /** The find bar's buttons, acting on the area's selection. */
    private final class FindActions implements FindBar.Actions {
        @Override
        public void next() {
            viewModel.findNext(area.getSelection().getEnd()).ifPresent(BodyEditorPane.this::select);
        }

        @Override
        public void previous() {
            viewModel.findPrevious(area.getSelection().getStart()).ifPresent(BodyEditorPane.this::select);
        }

        @Override
        public void replace() {
            IndexRange selection = area.getSelection();
            viewModel.replace(new TextMatch(selection.getStart(), selection.getEnd()));
            next();
        }

        @Override
        public void replaceAll() {
            viewModel.replaceAll();
        }

        @Override
        public void close() {
            closeBars();
        }
    }

    /** A heading of the outline, indented by its level. */
    private static final class HeadingCell extends ListCell<Heading> {
        @Override
        protected void updateItem(Heading heading, boolean empty) {
            super.updateItem(heading, empty);
            setText(empty || heading == null ? null : "  ".repeat(heading.level() - 1) + heading.title());
        }
    }
}
