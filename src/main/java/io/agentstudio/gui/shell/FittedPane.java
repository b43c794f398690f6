package io.agentstudio.gui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A pane (or an arrangement, such as the form beside the body) the user turns on and off, which the window gives up
 * while it has no room for it. What the user wants is the remembered preference; what shows is that preference while
 * it fits. Turning it on again while the window is too small is obeyed: the user asked for it in that window, and it
 * stays until the window's size crosses the limit again.
 */
public final class FittedPane {
    private final BooleanProperty wanted;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private boolean fits = true;
    private boolean insisted;

    FittedPane(BooleanProperty wanted) {
        this.wanted = wanted;
        wanted.addListener((observable, before, now) -> update());
        update();
    }

    /** Whether the pane shows now. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The user's choice from a menu or a toggle: remembered, and obeyed even when the window is small. */
    public void set(boolean on) {
        insisted = on && !fits;
        wanted.set(on);
        update();
    }

    /** Whether the window has room for the pane; a change forgets an earlier insistence. */
    void fit(boolean room) {
        if (room != fits) {
            fits = room;
            insisted = false;
            update();
        }
    }

    private void update() {
        shown.set(wanted.get() && (fits || insisted));
    }
}
