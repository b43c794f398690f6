package io.agentstudio.gui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.util.Subscription;

/**
 * Ties a menu check or a toggle button to a {@link FittedPane}: it shows whether the pane shows (not merely whether
 * it is wanted, which would leave a ticked item for a pane the small window gave up), and a click is the user's
 * choice.
 */
final class FittedToggles {
    private FittedToggles() {
    }

    /** A View menu item, which lives as long as the window. */
    static CheckMenuItem bind(CheckMenuItem item, FittedPane pane) {
        follow(item.selectedProperty(), pane);
        item.setOnAction(event -> pane.set(item.isSelected()));
        return item;
    }

    /** A tab's toggle; the returned subscription ends with the tab. */
    static Subscription bind(ToggleButton button, FittedPane pane) {
        button.setOnAction(event -> pane.set(button.isSelected()));
        return follow(button.selectedProperty(), pane);
    }

    private static Subscription follow(BooleanProperty selected, FittedPane pane) {
        return pane.shownProperty().subscribe(selected::set);
    }
}
