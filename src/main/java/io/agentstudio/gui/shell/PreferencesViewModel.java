package io.agentstudio.gui.shell;

import io.agentstudio.logic.settings.SettingsStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.Property;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The user's preferences: theme, editor font size and wrap, the tab layout, whether the preview, the problems pane,
 * the agent list and the graph canvas show. Read once at start; every change is written to the settings store in the
 * background (never into an agent file).
 */
public final class PreferencesViewModel {
    static final String DARK = "theme.dark";
    static final String FONT_SIZE = "editor.fontSize";
    static final String WRAP = "editor.wrap";
    static final String SIDE_BY_SIDE = "layout.sideBySide";
    static final String PREVIEW = "layout.preview";
    static final String PROBLEMS = "layout.problems";
    static final String GRAPH = "layout.graph";
    static final String LIST = "layout.list";

    private final SettingsStore settings;
    private final Executor background;
    /** Every preference by its settings key, in the order they are written. */
    private final Map<String, Property<?>> byKey = new LinkedHashMap<>();

    // Properties
    private final BooleanProperty darkTheme = remembered(DARK, new SimpleBooleanProperty(this, "darkTheme"));
    private final IntegerProperty fontSize = remembered(FONT_SIZE, new SimpleIntegerProperty(this, "fontSize"));
    private final BooleanProperty wrapText = remembered(WRAP, new SimpleBooleanProperty(this, "wrapText"));
    private final BooleanProperty sideBySide = remembered(SIDE_BY_SIDE, new SimpleBooleanProperty(this, "sideBySide"));
    private final BooleanProperty previewShown = remembered(PREVIEW, new SimpleBooleanProperty(this, "previewShown"));
    private final BooleanProperty problemsShown = remembered(PROBLEMS, new SimpleBooleanProperty(this, "problemsShown"));
    private final BooleanProperty graphShown = remembered(GRAPH, new SimpleBooleanProperty(this, "graphShown"));
    private final BooleanProperty listShown = remembered(LIST, new SimpleBooleanProperty(this, "listShown"));

    public PreferencesViewModel(SettingsStore settings, Executor background) {
        this.settings = settings;
        this.background = background;
        darkTheme.set(flag(DARK, false));
        fontSize.set(settings.get(FONT_SIZE).map(PreferencesViewModel::size).orElse(13));
        wrapText.set(flag(WRAP, true));
        sideBySide.set(flag(SIDE_BY_SIDE, true));
        // Off until asked for: at a laptop's width the form and the body need the room; the tab's Preview button shows it.
        previewShown.set(flag(PREVIEW, false));
        problemsShown.set(flag(PROBLEMS, true));
        graphShown.set(flag(GRAPH, false));
        listShown.set(flag(LIST, true));
        byKey.values().forEach(property -> property.addListener((observable, before, after) -> store()));
    }

    private <P extends Property<?>> P remembered(String key, P property) {
        byKey.put(key, property);
        return property;
    }

    private boolean flag(String key, boolean otherwise) {
        return settings.get(key).map(Boolean::parseBoolean).orElse(otherwise);
    }

    public BooleanProperty darkThemeProperty() {
        return darkTheme;
    }

    public IntegerProperty fontSizeProperty() {
        return fontSize;
    }

    public BooleanProperty wrapTextProperty() {
        return wrapText;
    }

    /** Form beside the body (true) or above it. */
    public BooleanProperty sideBySideProperty() {
        return sideBySide;
    }

    public BooleanProperty previewShownProperty() {
        return previewShown;
    }

    /** The problems pane docked under the list and the tabs. */
    public BooleanProperty problemsShownProperty() {
        return problemsShown;
    }

    /** The graph canvas under the tabs; off until the user first asks for it, since it lays out the whole workspace. */
    public BooleanProperty graphShownProperty() {
        return graphShown;
    }

    /** The agent list beside the tabs and the graph. */
    public BooleanProperty listShownProperty() {
        return listShown;
    }

    private static int size(String text) {
        try {
            return Math.max(8, Math.min(32, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 13;
        }
    }

    private void store() {
        Map<String, String> values = new LinkedHashMap<>();
        byKey.forEach((key, property) -> values.put(key, String.valueOf(property.getValue())));
        background.execute(() -> {
            try {
                settings.put(values);
            } catch (IOException e) {
                // A preference that is not remembered is not worth interrupting the user; the next change retries.
            }
        });
    }
}
