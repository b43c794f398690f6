package io.agentstudio.gui.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.util.function.Supplier;

/**
 * A pane docked at the end of a split pane (the problems pane, the graph canvas), shown and hidden by a property. It
 * is built the first time it is shown: a pane that starts hidden would otherwise load its controls' classes and skins
 * and have its stylesheet matched before the first frame, for nothing the frame shows. Hiding it remembers where the
 * user left its divider; showing it again puts the divider back there.
 */
final class DockedPane {
    private final SplitPane split;
    private final Supplier<? extends Node> build;
    private Node pane;
    private double divider;

    private DockedPane(SplitPane split, double divider, Supplier<? extends Node> build) {
        this.split = split;
        this.divider = divider;
        this.build = build;
    }

    /**
     * Docks the pane {@code build} makes at the end of {@code split} while {@code shown}; its divider starts at
     * {@code divider}.
     */
    static void dock(SplitPane split, ObservableBooleanValue shown, double divider, Supplier<? extends Node> build) {
        DockedPane docked = new DockedPane(split, divider, build);
        shown.addListener((observable, was, now) -> docked.show(now));
        docked.show(shown.get());
    }

    private void show(boolean shown) {
        boolean docked = pane != null && split.getItems().contains(pane);
        if (shown && !docked) {
            if (pane == null) {
                pane = build.get();
            }
            split.getItems().add(pane);
            split.setDividerPosition(split.getItems().size() - 2, divider);
        } else if (!shown && docked) {
            divider = split.getDividerPositions()[split.getItems().indexOf(pane) - 1];
            split.getItems().remove(pane);
        }
    }
}
