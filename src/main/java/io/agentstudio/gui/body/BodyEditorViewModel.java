package io.agentstudio.gui.body;

import io.agentstudio.gui.common.AreaText;
import io.agentstudio.gui.common.TextReplacement;
import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.logic.markdown.Heading;
import io.agentstudio.logic.markdown.MarkdownOutline;
import io.agentstudio.model.AgentDocument;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * The body editor's logic: keeps the code area and the agent's document in step without echoes, finds and replaces,
 * lists the headings and resolves "go to line".
 * <p>
 * The area and the model meet in {@link #areaEdited} (the user typed: one "Typing" edit through {@link AgentEditing})
 * and in the area updater (the document changed elsewhere: undo, the form, a reload; the area gets the smallest
 * replacement). {@link #bodyProperty()} always equals the area's text in the file's own line endings, so an edit
 * coming back from the model is recognised as ours and not applied twice. Offsets of the area count every line
 * break as one character ({@link AreaText}); offsets given to {@link BodyEditor} are the file's.
 */
public final class BodyEditorViewModel {
    private final AgentEditing editing;
    private final FindReplaceModel find = new FindReplaceModel();
    private Consumer<TextReplacement> areaUpdater = replacement -> { };
    /** True while the area is being changed to follow the model, so that change is not sent back as typing. */
    private boolean updatingArea;
    /** The caret's 0-based paragraph of the area; its file line moves when the frontmatter gains or loses lines. */
    private int caretParagraph;

    // Properties
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");
    private final ReadOnlyIntegerWrapper caretLine = new ReadOnlyIntegerWrapper(this, "caretLine", 1);
    private final ReadOnlyIntegerWrapper firstLine = new ReadOnlyIntegerWrapper(this, "firstLine", 1);
    private final ReadOnlyIntegerWrapper caretColumn = new ReadOnlyIntegerWrapper(this, "caretColumn", 1);
    private final ReadOnlyStringWrapper findStatus = new ReadOnlyStringWrapper(this, "findStatus", "");
    private final ObservableList<Heading> outline = FXCollections.observableArrayList();
    private final ObservableList<Heading> readOnlyOutline = FXCollections.unmodifiableObservableList(outline);

    public BodyEditorViewModel(AgentEditing editing) {
        this.editing = editing;
        body.set(bodyOf(editing.documentProperty().get()));
        showLines(editing.documentProperty().get());
        outline.setAll(MarkdownOutline.headings(body.get()));
        editing.documentProperty().addListener((observable, before, document) -> documentChanged(document));
        find.queryProperty().addListener((observable, before, query) -> refreshFindStatus());
        find.matchCaseProperty().addListener((observable, before, matchCase) -> refreshFindStatus());
        body.addListener((observable, before, text) -> refreshFindStatus());
    }

    /** The agent's whole document, as every pane edits it. */
    public ReadOnlyObjectProperty<AgentDocument> documentProperty() {
        return editing.documentProperty();
    }

    /** The body as in the file (its own line endings); follows every keystroke. The preview renders this. */
    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    /**
     * 1-based line of the caret in the whole file: the number the gutter, the status bar, go to line and the
     * problems pane all use.
     */
    public ReadOnlyIntegerProperty caretLineProperty() {
        return caretLine.getReadOnlyProperty();
    }

    /** The file's 1-based line number of the body's first line; the gutter numbers the body's lines from it. */
    public ReadOnlyIntegerProperty firstLineProperty() {
        return firstLine.getReadOnlyProperty();
    }

    /** 1-based column of the caret. */
    public ReadOnlyIntegerProperty caretColumnProperty() {
        return caretColumn.getReadOnlyProperty();
    }

    /** The body's headings, in order; replaced only when they change, not on every keystroke. */
    public ObservableList<Heading> outline() {
        return readOnlyOutline;
    }

    /** "3 matches", "No matches", or empty while there is nothing to find. */
    public ReadOnlyStringProperty findStatusProperty() {
        return findStatus.getReadOnlyProperty();
    }

    public FindReplaceModel find() {
        return find;
    }

    /** The text the area shows. */
    public String areaText() {
        return AreaText.of(body.get());
    }

    // Commands

    /** Registers how the view applies a change of the document to the area (offsets of the area). */
    public void setAreaUpdater(Consumer<TextReplacement> updater) {
        this.areaUpdater = updater;
    }

    /** The user changed the area: {@code removedLength} characters at {@code position} became {@code inserted}. */
    public void areaEdited(int position, int removedLength, String inserted) {
        AgentDocument document = editing.documentProperty().get();
        if (updatingArea || document == null) {
            return;
        }
        String before = body.get();
        int start = AreaText.toBody(before, position);
        int end = AreaText.toBody(before, position + removedLength);
        String text = AreaText.toFile(inserted, document.lineEnding().chars());
        body.set(before.substring(0, start) + text + before.substring(end));
        refreshOutline();
        try {
            editing.apply("Typing", "typing", edited -> BodyEditor.replaceInBody(edited, start, end - start, text));
        } catch (RuntimeException refused) {
            // The model kept its text; put the area back to it rather than show text that will not be saved.
            documentChanged(editing.documentProperty().get());
        }
    }

    public void caretMoved(int paragraph, int column) {
        caretParagraph = paragraph;
        caretLine.set(firstLine.get() + paragraph);
        caretColumn.set(column + 1);
    }

    /** Replaces the match the user selected with the replacement, as one undo step. */
    public void replace(TextMatch match) {
        String area = areaText();
        if (!find.matchesAt(area, match.start(), match.end())) {
            return;
        }
        String before = body.get();
        int start = AreaText.toBody(before, match.start());
        int end = AreaText.toBody(before, match.end());
        String text = find.replacementProperty().get();
        editing.apply("Replace", null, document -> BodyEditor.replaceInBody(document, start, end - start, text));
    }

    /** Replaces every match as one undo step; returns how many were replaced. */
    public int replaceAll() {
        int count = find.count(body.get());
        if (count > 0) {
            editing.apply("Replace all", null, document -> BodyEditor.replaceBody(document, find.replaceAll(document.body())));
        }
        return count;
    }

    // Queries

    public Optional<TextMatch> findNext(int from) {
        return find.next(areaText(), from);
    }

    public Optional<TextMatch> findPrevious(int before) {
        return find.previous(areaText(), before);
    }

    /**
     * The 0-based paragraph of a line number the user typed (a line of the file, clamped to the body's lines);
     * empty if not a number.
     */
    public OptionalInt paragraphOfLine(String typed) {
        try {
            int line = Integer.parseInt(typed.strip());
            return OptionalInt.of(Math.max(firstLine.get(), Math.min(line, lastLine())) - firstLine.get());
        } catch (NumberFormatException notANumber) {
            return OptionalInt.empty();
        }
    }

    /** The file's 1-based line number of the body's last line. */
    public int lastLine() {
        String area = areaText();
        int lines = 1;
        for (int i = 0; i < area.length(); i++) {
            if (area.charAt(i) == '\n') {
                lines++;
            }
        }
        return firstLine.get() + lines - 1;
    }

    private void documentChanged(AgentDocument document) {
        showLines(document);
        String next = bodyOf(document);
        String current = body.get();
        if (next.equals(current)) {
            return;
        }
        TextReplacement change = TextReplacement.between(AreaText.of(current), AreaText.of(next));
        body.set(next);
        refreshOutline();
        if (change.removedLength() == 0 && change.inserted().isEmpty()) {
            return;
        }
        updatingArea = true;
        try {
            areaUpdater.accept(change);
        } finally {
            updatingArea = false;
        }
    }

    private void showLines(AgentDocument document) {
        firstLine.set(document == null ? 1 : document.bodyFirstLine() + 1);
        caretLine.set(firstLine.get() + caretParagraph);
    }

    private void refreshFindStatus() {
        if (find.queryProperty().get().isEmpty()) {
            findStatus.set("");
            return;
        }
        int count = find.count(areaText());
        findStatus.set(count == 0 ? "No matches" : count == 1 ? "1 match" : count + " matches");
    }

    private void refreshOutline() {
        List<Heading> headings = MarkdownOutline.headings(body.get());
        if (!headings.equals(outline)) {
            outline.setAll(headings);
        }
    }

    private static String bodyOf(AgentDocument document) {
        return document == null ? "" : document.body();
    }
}
