package io.agentstudio.gui.graph;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bottom-right corner of the canvas: the minimap, faint until the mouse is over it, and a small button that hides
 * or shows it. Nothing of it shows while the whole graph fits in the view, so it never covers a drawing that is all
 * there; the rest of the corner lets clicks through to the canvas.
 */
final class MinimapCorner extends HBox {
    /** Whether the user wants the minimap when it is needed; the button's state. */
    private final BooleanProperty wanted = new SimpleBooleanProperty(this, "wanted", true);

    MinimapCorner(GraphMinimap minimap, ObservableBooleanValue needed) {
        super(4);
        setId("graph-minimap-corner");
        setAlignment(Pos.BOTTOM_RIGHT);
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        ToggleButton toggle = new ToggleButton(null, new FontIcon(Feather.MAP));
        toggle.setId("graph-minimap-toggle");
        toggle.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL, "graph-minimap-toggle");
        toggle.selectedProperty().bindBidirectional(wanted);
        toggle.tooltipProperty().bind(Bindings.when(wanted)
                .then(new Tooltip("Hide the minimap")).otherwise(new Tooltip("Show the minimap: the whole graph in small")));
        minimap.visibleProperty().bind(wanted.and(needed));
        minimap.managedProperty().bind(minimap.visibleProperty());
        visibleProperty().bind(needed);
        getChildren().addAll(minimap, toggle);
    }
}
