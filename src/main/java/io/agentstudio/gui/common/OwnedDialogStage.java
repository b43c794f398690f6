package io.agentstudio.gui.common;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * A dialog window of the studio's own (export, import): modal over the studio, in its theme, no larger than fits inside
 * it, and opened over it.
 */
public abstract class OwnedDialogStage extends Stage {
    private final Window owner;

    protected OwnedDialogStage(Window owner, String title) {
        this.owner = owner;
        setTitle(title);
        if (owner != null) {
            initOwner(owner);
            initModality(Modality.WINDOW_MODAL);
        }
    }

    /** Shows {@code root} at {@code width} x {@code height}, or less to fit inside a smaller studio window. */
    protected final void setContent(Parent root, double width, double height) {
        Scene scene = new Scene(root, fitted(width, owner == null ? Double.NaN : owner.getWidth()),
                fitted(height, owner == null ? Double.NaN : owner.getHeight()));
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        setScene(scene);
        if (owner != null) {
            // A Stage, unlike a Dialog, opens centred on the screen, which left it hanging off a studio window that
            // does not fill the screen; it opens over the studio instead.
            setOnShown(event -> {
                setX(owner.getX() + (owner.getWidth() - getWidth()) / 2);
                setY(owner.getY() + (owner.getHeight() - getHeight()) / 2);
            });
        }
    }

    private static double fitted(double size, double ownerSize) {
        return Double.isFinite(ownerSize) && ownerSize > 0 ? Math.min(size, Math.max(480, ownerSize - 40)) : size;
    }
}
