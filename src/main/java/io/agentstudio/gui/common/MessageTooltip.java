package io.agentstudio.gui.common;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tooltip;
import javafx.stage.Screen;

import java.util.List;

/**
 * The tooltip of a problem's message, wherever one shows (the problems pane, a field's marker, the editor's gutter):
 * wrapped at a reading width, since a message may name files and run long; unwrapped, a tooltip is one line that runs
 * off the screen.
 */
public final class MessageTooltip {
    /** About 70 characters of the theme's text. */
    public static final double MAX_WIDTH = 480;

    private MessageTooltip() {
    }

    public static Tooltip of(String text) {
        Tooltip tooltip = new Tooltip(text);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(MAX_WIDTH);
        // JavaFX keeps a tooltip on the screen by the size it had before its text was styled and wrapped, so a long
        // message near the screen's foot (the problems pane's last rows) had its last lines cut off.
        tooltip.setOnShown(event -> keepOnScreen(tooltip));
        return tooltip;
    }

    private static void keepOnScreen(Tooltip tooltip) {
        List<Screen> screens = Screen.getScreensForRectangle(tooltip.getX(), tooltip.getY(), 1, 1);
        if (screens.isEmpty()) {
            return;
        }
        Rectangle2D bounds = screens.get(0).getVisualBounds();
        double below = tooltip.getY() + tooltip.getHeight() - bounds.getMaxY();
        if (below > 0) {
            tooltip.setAnchorY(tooltip.getAnchorY() - below);
        }
    }
}
