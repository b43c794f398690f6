package io.agentstudio.gui.body;

import io.agentstudio.gui.common.GutterMarker;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.common.ProblemPlace;
import io.agentstudio.gui.common.QuickFixMenu;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Problem;
import javafx.application.Platform;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import org.fxmisc.richtext.CodeArea;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body editor's view of the agent's problems: an icon in the gutter of each line with problems (its tooltip the
 * messages, a click its fixes), the problem's word underlined, Ctrl+1 for the fixes of the caret's line, and the
 * caret moved to a problem the user asked to see.
 */
final class BodyProblemMarkers {

    private final CodeArea area;
    private final MarkdownHighlighting highlighting;
    private final ObservableValue<AgentDocument> document;
    private final EditorProblems problems;
    private final ObservableIntegerValue firstLine;
    private FileLineNumbers lineNumbers;
    private Map<Integer, List<Finding>> byParagraph = Map.of();

    private BodyProblemMarkers(CodeArea area, MarkdownHighlighting highlighting, ObservableValue<AgentDocument> document,
                               ObservableIntegerValue firstLine, EditorProblems problems) {
        this.area = area;
        this.highlighting = highlighting;
        this.document = document;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    /**
     * Draws the problems of {@code problems} in {@code area}, which shows the body of {@code document}, with the
     * gutter numbering the body's lines as lines of the file from {@code firstLine}.
     */
    static void attach(CodeArea area, MarkdownHighlighting highlighting, ObservableValue<AgentDocument> document,
                       ObservableIntegerValue firstLine, EditorProblems problems) {
        BodyProblemMarkers markers = new BodyProblemMarkers(area, highlighting, document, firstLine, problems);
        problems.findings().addListener((ListChangeListener<Finding>) change -> markers.show());
        firstLine.addListener((observable, before, line) -> markers.renumber());
        area.getParagraphs().addListener((ListChangeListener<Object>) change -> markers.renumber());
        markers.show();
        problems.revealProperty().addListener((observable, before, problem) -> {
            if (problem != null && ProblemPlace.of(problem, document.getValue()) == ProblemPlace.BODY) {
                // After the pulse that lays out a tab just opened for it; following the caret before that upsets the tab header.
                Platform.runLater(() -> markers.reveal(problem));
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (QuickFixMenu.SHORTCUT.match(event)) {
                problems.whenCurrent(() -> {
                    List<Finding> here = markers.byParagraph.getOrDefault(area.getCurrentParagraph(), List.of());
                    QuickFixMenu.offer(problems.fixes(here), area, area.getCaretBounds().orElse(null));
                });
                event.consume();
            }
        });
    }

    private void show() {
        AgentDocument current = document.getValue();
        byParagraph = problems.findings().stream()
                .filter(finding -> ProblemPlace.of(finding.problem(), current) == ProblemPlace.BODY)
                .collect(Collectors.groupingBy(finding -> ProblemPlace.bodyParagraph(finding.problem(), current)));
        Map<Integer, List<MarkdownHighlighting.Mark>> marks = new HashMap<>();
        byParagraph.forEach((paragraph, findings) -> {
            if (paragraph < area.getParagraphs().size()) {
                String text = area.getParagraph(paragraph).getText();
                List<MarkdownHighlighting.Mark> line = new ArrayList<>();
                for (Finding finding : findings) {
                    int[] range = range(text, finding.problem().column());
                    line.add(new MarkdownHighlighting.Mark(range[0], range[1], "problem-" + finding.severity().label()));
                }
                marks.put(paragraph, line);
            }
        });
        highlighting.mark(marks);
        lineNumbers = new FileLineNumbers(firstLine.get(), area.getParagraphs().size());
        redrawGutter();
    }

    /** The frontmatter gained or lost lines, or the body's numbers got wider: the gutter is drawn again. */
    private void renumber() {
        FileLineNumbers now = new FileLineNumbers(firstLine.get(), area.getParagraphs().size());
        if (!now.sameAs(lineNumbers)) {
            lineNumbers = now;
            redrawGutter();
        }
    }

    private void redrawGutter() {
        // A new factory makes the area draw the visible gutters again.
        FileLineNumbers numbers = lineNumbers;
        area.setParagraphGraphicFactory(paragraph -> new HBox(numbers.labelOf(paragraph), GutterMarker.of(byParagraph.getOrDefault(paragraph, List.of()), problems::fixes)));
    }

    private void reveal(Problem problem) {
        int paragraph = Math.min(ProblemPlace.bodyParagraph(problem, document.getValue()), area.getParagraphs().size() - 1);
        int[] range = range(area.getParagraph(paragraph).getText(), problem.column());
        // The caret at the start of the range, so following it shows the line's beginning.
        area.selectRange(paragraph, range[1], paragraph, range[0]);
        area.requestFollowCaret();
        area.requestFocus();
    }

    /**
     * The characters of a line a problem at {@code column} (1-based) is about: the word there (letters, digits and
     * the characters of names and paths), else the run of non-blank characters; the whole line's text for a problem
     * at its start or without a column.
     */
    static int[] range(String line, int column) {
        int start = Math.min(Math.max(column - 1, 0), line.length());
        if (column <= 1) {
            int first = 0;
            while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
                first++;
            }
            return new int[]{first, line.length()};
        }
        int end = start;
        while (end < line.length() && isWordCharacter(line.charAt(end))) {
            end++;
        }
        if (end == start) {
            while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
                end++;
            }
        }
        return new int[]{start, end};
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == '/' || c == ':' || c == '@';
    }
}
