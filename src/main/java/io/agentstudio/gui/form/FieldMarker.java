package io.agentstudio.gui.form;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.common.ProblemIcons;
import io.agentstudio.gui.common.QuickFixMenu;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Severity;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.controlsfx.control.decoration.GraphicDecoration;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Marks a form control whose field has problems: a ControlsFX decoration in its corner with the severity's icon,
 * the messages as its tooltip and the fixes on a click, and the control's border in the severity's colour.
 */
final class FieldMarker {
    private final Node target;
    private final String field;
    private final EditorProblems problems;
    private Decoration shown;

    FieldMarker(Node target, String field, EditorProblems problems) {
        this.target = target;
        this.field = field;
        this.problems = problems;
    }

    void show(List<Finding> findings) {
        if (shown != null) {
            Decorator.removeDecoration(target, shown);
            shown = null;
        }
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
        Tooltip tooltip = new Tooltip(findings.stream().map(f -> f.problem().message()).collect(Collectors.joining("\n"))
                + (findings.stream().anyMatch(f -> !f.fixes().isEmpty()) ? "\n\nClick or press Ctrl+1 for a quick fix." : ""));
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        marker.setTooltip(tooltip);
        marker.setOnMouseClicked(event -> QuickFixMenu.show(problems.fixes(findings), marker));
        shown = new GraphicDecoration(marker, Pos.TOP_RIGHT, -10, 10);
        Decorator.addDecoration(target, shown);
        if (worst == Severity.ERROR) {
            target.pseudoClassStateChanged(Styles.STATE_DANGER, true);
        } else if (worst == Severity.WARNING) {
            target.pseudoClassStateChanged(Styles.STATE_WARNING, true);
        }
    }
}
