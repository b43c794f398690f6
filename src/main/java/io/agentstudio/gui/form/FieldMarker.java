package io.agentstudio.gui.form;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.common.MessageTooltip;
import io.agentstudio.gui.common.ProblemIcons;
import io.agentstudio.gui.common.QuickFixMenu;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Severity;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Marks a form control whose field has problems: the severity's icon beside the field's name, with the messages as
 * its tooltip and the fixes on a click, and the control's border in the severity's colour. The icon sits in a slot
 * of the form's own layout: ControlsFX's decorations wrapped the window's root in a pane of theirs, which restyled
 * the whole window without its theme for a moment (a hundred CSS warnings in the log) and cleared its background.
 */
final class FieldMarker {
    private final Node target;
    private final Pane slot;
    private final String field;
    private final EditorProblems problems;

    /**
     * @param target the control whose border shows the worst severity
     * @param slot   where the icon goes, beside the field's name
     */
    FieldMarker(Node target, Pane slot, String field, EditorProblems problems) {
        this.target = target;
        this.slot = slot;
        this.field = field;
        this.problems = problems;
    }

    void show(List<Finding> findings) {
        slot.getChildren().clear();
        target.pseudoClassStateChanged(Styles.STATE_DANGER, false);
        target.pseudoClassStateChanged(Styles.STATE_WARNING, false);
        if (findings.isEmpty()) {
            return;
        }
        Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        Label marker = new Label(null, ProblemIcons.of(worst));
        marker.setId("field-marker-" + field);
        marker.getStyleClass().add("field-marker");
        marker.setCursor(Cursor.HAND);
        marker.setTooltip(MessageTooltip.of(findings.stream().map(f -> f.problem().message()).collect(Collectors.joining("\n"))
                + (findings.stream().anyMatch(f -> !f.fixes().isEmpty()) ? "\n\nClick or press Ctrl+1 for a quick fix." : "")));
        marker.setOnMouseClicked(event -> QuickFixMenu.show(problems.fixes(findings), marker));
        slot.getChildren().setAll(marker);
        if (worst == Severity.ERROR) {
            target.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        } else if (worst == Severity.WARNING) {
            target.pseudoClassStateChanged(Styles.STATE_WARNING, true);
        }
    }
}
