package io.agentstudio.gui.editor;

import io.agentstudio.gui.common.AreaText;
import io.agentstudio.gui.common.TextReplacement;
import io.agentstudio.logic.validation.TextEdits;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Severity;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.function.Consumer;

/**
 * The Source view's logic: the whole file as one editable text, kept in step with the agent's document both ways.
 * This is where a file whose frontmatter does not parse is repaired, so every keystroke is an ordinary edit of the
 * agent (one undo history with the form and the body, the same save) and is never refused for the YAML it breaks.
 * <p>
 * As in the body editor, the area counts each line break as one character ({@link AreaText}); {@link #textProperty()}
 * holds the file's text so a change coming back from the model is recognised as the area's own.
 */
public final class SourceEditorViewModel {
    private final AgentEditing editing;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper repairHint = new ReadOnlyStringWrapper(this, "repairHint", "");
    private Consumer<TextReplacement> areaUpdater = replacement -> { };
    /** True while the area follows the model, so that change is not sent back as typing. */
    private boolean updatingArea;

    public SourceEditorViewModel(AgentEditing editing) {
        this.editing = editing;
        AgentDocument document = editing.documentProperty().get();
        text.set(document.text());
        repairHint.set(hintFor(document));
        editing.documentProperty().addListener((observable, before, after) -> documentChanged(after));
    }

    /** The file's text as the area shows it. */
    public String areaText() {
        return AreaText.of(text.get());
    }

    /** The whole file as edited so far, in its own line endings. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /**
     * What to repair, while the fields cannot be read (the frontmatter does not parse, is not closed or is missing);
     * empty otherwise. The Source view shows it above the text, so a user sent here knows what to look for.
     */
    public ReadOnlyStringProperty repairHintProperty() {
        return repairHint.getReadOnlyProperty();
    }

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
        String before = text.get();
        int start = AreaText.toBody(before, position);
        int end = AreaText.toBody(before, position + removedLength);
        String typed = AreaText.toFile(inserted, document.lineEnding().chars());
        text.set(before.substring(0, start) + typed + before.substring(end));
        try {
            editing.apply("Typing in Source", "source-typing", edited -> TextEdits.replace(edited, start, end, typed));
        } catch (RuntimeException refused) {
            // The model kept its text; put the area back to it rather than show text that will not be saved.
            documentChanged(editing.documentProperty().get());
        }
    }

    private void documentChanged(AgentDocument document) {
        repairHint.set(hintFor(document));
        String next = document.text();
        String current = text.get();
        if (next.equals(current)) {
            return;
        }
        TextReplacement change = TextReplacement.between(AreaText.of(current), AreaText.of(next));
        text.set(next);
        updatingArea = true;
        try {
            areaUpdater.accept(change);
        } finally {
            updatingArea = false;
        }
    }

    private static String hintFor(AgentDocument document) {
        if (document.isEditable() && document.state() != FrontmatterState.NONE) {
            return "";
        }
        return document.problems().stream().filter(problem -> problem.severity() == Severity.ERROR)
                .findFirst()
                .map(problem -> "Line " + Math.max(1, problem.line()) + ": " + problem.message()
                        + " Fix it here; Ctrl+1 on the line offers repairs.")
                .orElse("");
    }
}
