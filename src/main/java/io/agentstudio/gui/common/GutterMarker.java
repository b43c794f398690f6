package io.agentstudio.gui.common;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.model.Severity;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The problem marker in a code area's gutter (the body editor, Source): the worst severity's icon, the messages as
 * tooltip, the fixes on a click; an empty line gets a blank of the same width, so every line's text starts at the
 * same place.
 */
public final class GutterMarker {
    private static final double WIDTH = 20;

    private GutterMarker() {
    }

    /** The marker of a line's {@code findings}, or a blank when there are none. */
    public static Node of(List<Finding> findings, Function<List<Finding>, List<FixAction>> fixes) {
        if (findings.isEmpty()) {
            Region space = new Region();
            space.setMinWidth(WIDTH);
            space.setPrefWidth(WIDTH);
            return space;
        }
        Severity worst = findings.stream().map(Finding::severity).min(Comparator.naturalOrder()).orElseThrow();
        Label icon = new Label(null, ProblemIcons.of(worst));
        icon.getStyleClass().add("gutter-marker");
        icon.setMinWidth(WIDTH);
        icon.setPrefWidth(WIDTH);
        icon.setMaxWidth(WIDTH);
        icon.setAlignment(Pos.CENTER);
        icon.setCursor(Cursor.HAND);
        icon.setTooltip(MessageTooltip.of(findings.stream().map(f -> f.problem().message()).collect(Collectors.joining("\n"))));
        icon.setOnMouseClicked(event -> QuickFixMenu.show(fixes.apply(findings), icon));
        return icon;
    }
}
