package io.agentstudio.gui.editor;

import io.agentstudio.gui.common.QuickFixMenu;
import io.agentstudio.gui.common.ProblemPlace;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Problem;
import javafx.application.Platform;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;

import java.util.List;

/**
 * The whole file exactly as Save will write it, read-only, following every edit of the tab. It refreshes only
 * while shown, so typing in a long body does not re-lay-out a hidden copy on every keystroke. Problems of the file
 * as a whole (a frontmatter that does not parse, a byte order mark) are shown here: the caret moves to their line,
 * and Ctrl+1 offers the fixes of the caret's line.
 */
public final class FileSourceView extends StackPane {
    private final CodeArea area = new CodeArea();
    private final AgentEditing editing;

    public FileSourceView(AgentEditing editing, EditorProblems problems) {
        this.editing = editing;
        getStyleClass().add("file-source");
        area.setId("source-text");
        area.setEditable(false);
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        editing.documentProperty().addListener((observable, before, after) -> refresh());
        visibleProperty().addListener((observable, was, visible) -> refresh());
        getChildren().add(new VirtualizedScrollPane<>(area));
        refresh();
        problems.revealProperty().addListener((observable, before, problem) -> {
            if (problem != null && ProblemPlace.of(problem, editing.documentProperty().get()) == ProblemPlace.FILE) {
                // After the pulse that shows this view (the tab may have just opened, or switched to Source).
                Platform.runLater(() -> reveal(problem));
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (QuickFixMenu.SHORTCUT.match(event)) {
                problems.whenCurrent(() -> {
                    int line = area.getCurrentParagraph() + 1;
                    List<Finding> here = problems.findings().stream().filter(f -> Math.max(1, f.problem().line()) == line).toList();
                    QuickFixMenu.offer(problems.fixes(here), area, area.getCaretBounds().orElse(null));
                });
                event.consume();
            }
        });
    }

    /** Puts the caret at the start of a 1-based line and scrolls to it; call while shown. */
    public void showLine(int line) {
        refresh();
        int paragraph = Math.max(0, Math.min(line - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        area.showParagraphAtTop(Math.max(0, paragraph - 2));
        area.requestFollowCaret();
    }

    private void refresh() {
        String text = editing.documentProperty().get().text();
        if (isVisible() && !text.equals(area.getText())) {
            int caret = Math.min(area.getCaretPosition(), text.length());
            area.replaceText(text);
            area.moveTo(caret);
        }
    }

    private void reveal(Problem problem) {
        refresh();
        int paragraph = Math.max(0, Math.min(problem.line() - 1, area.getParagraphs().size() - 1));
        area.moveTo(paragraph, 0);
        // The caret at the start of the line, so following it shows the line's beginning.
        area.selectRange(paragraph, area.getParagraphLength(paragraph), paragraph, 0);
        area.requestFollowCaret();
        area.requestFocus();
    }
}
