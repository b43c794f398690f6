package io.agentstudio.gui.problems;

import io.agentstudio.model.Severity;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

import java.util.EnumMap;
import java.util.Map;

/**
 * The problems pane's severity buttons, as a filter that selects: a picked severity is shown, and with none picked
 * every problem is. Clicking "errors" shows the errors; it never hides what was clicked.
 */
public final class SeverityFilter {
    private final Map<Severity, BooleanProperty> picked = new EnumMap<>(Severity.class);
    private final BooleanBinding all;

    SeverityFilter() {
        for (Severity severity : Severity.values()) {
            picked.put(severity, new SimpleBooleanProperty(this, "show" + severity.label(), false));
        }
        all = Bindings.createBooleanBinding(() -> picked.values().stream().noneMatch(BooleanProperty::get),
                picked.values().toArray(Observable[]::new));
    }

    /** True when the user picked {@code severity}: its problems are shown (with those of any other picked one). */
    public BooleanProperty pickedProperty(Severity severity) {
        return picked.get(severity);
    }

    /** True while nothing is picked: every problem is shown. */
    public BooleanBinding allProperty() {
        return all;
    }

    public void showAll() {
        picked.values().forEach(property -> property.set(false));
    }

    public boolean shows(Severity severity) {
        return all.get() || picked.get(severity).get();
    }

    /** What the severity's button says it does when clicked. */
    public static String tooltip(Severity severity) {
        String plural = severity == Severity.INFO ? "info" : severity.label() + "s";
        return "Show " + plural + ". The pressed buttons are the severities shown; with none pressed, all are.";
    }

    Observable[] observables() {
        return picked.values().toArray(Observable[]::new);
    }
}
