package io.agentstudio.gui.shell;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;

import java.util.function.Supplier;

/**
 * A pane docked at one end of a split pane (the agent list, the problems pane), shown and hidden by a property. It
 * is built the first time it is shown: a pane that starts hidden would otherwise load its controls' classes and skins
 * and have its stylesheet matched before the first frame, for nothing the frame shows. Hiding it remembers where the
 * user left its divider; showing it again puts the divider back there.
 */
final class DockedPane {
    private final SplitPane split;
    private final boolean first;
    private final Supplier<? extends Node> build;
    private Node pane;
    private double divider;

    private DockedPane(SplitPane split, boolean first, double divider, Supplier<? extends Node> build) {
        this.split = split;
        this.first = first;
        this.divider = divider;
        this.build = build;
    }

    /**
     * Docks the pane {@code build} makes at the end of {@code split} while {@code shown}; its divider starts at
     * {@code divider}.
     */
    static void dock(SplitPane split, ObservableBooleanValue shown, double divider, Supplier<? extends Node> build) {
        new DockedPane(split, false, divider, build).follow(shown);
    }

    /** As {@link #dock}, at the start of {@code split}. */
    static void dockFirst(SplitPane split, ObservableBooleanValue shown, double divider, Supplier<? extends Node> build) {
        new DockedPane(split, true, divider, build).follow(shown);
    }

    private void follow(ObservableBooleanValue shown) {
        shown.addListener((observable, was, now) -> show(now));
        show(shown.get());
    }

    private void show(boolean shown) {
        boolean docked = pane != null && split.getItems().contains(pane);
        if (shown && !docked) {
            if (pane == null) {
                pane = build.get();
            }
            split.getItems().add(first ? 0 : split.getItems().size(), pane);
            split.setDividerPosition(first ? 0 : split.getItems().size() - 2, divider);
        } else if (!shown && docked) {
            int index = split.getItems().indexOf(pane);
            divider = split.getDividerPositions()[first ? index : index - 1];
            split.getItems().remove(pane);
        }
    }
}
