package io.agentstudio.gui.shell;

import io.agentstudio.logic.settings.SettingsStore;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableValue;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * The user's preferences: theme, editor font size and wrap, the tab layout, whether the preview, the problems pane
 * and the graph canvas show. Read once at start; every change is written to the settings store in the background (never into an agent file).
 */
public final class PreferencesViewModel {
    static final String DARK = "theme.dark";
    static final String FONT_SIZE = "editor.fontSize";
    static final String WRAP = "editor.wrap";
    static final String SIDE_BY_SIDE = "layout.sideBySide";
    static final String PREVIEW = "layout.preview";
    static final String PROBLEMS = "layout.problems";
    static final String GRAPH = "layout.graph";

    private final SettingsStore settings;
    private final Executor background;

    // Properties
    private final BooleanProperty darkTheme = new SimpleBooleanProperty(this, "darkTheme");
    private final IntegerProperty fontSize = new SimpleIntegerProperty(this, "fontSize");
    private final BooleanProperty wrapText = new SimpleBooleanProperty(this, "wrapText");
    private final BooleanProperty sideBySide = new SimpleBooleanProperty(this, "sideBySide");
    private final BooleanProperty previewShown = new SimpleBooleanProperty(this, "previewShown");
    private final BooleanProperty problemsShown = new SimpleBooleanProperty(this, "problemsShown");
    private final BooleanProperty graphShown = new SimpleBooleanProperty(this, "graphShown");

    public PreferencesViewModel(SettingsStore settings, Executor background) {
        this.settings = settings;
        this.background = background;
        darkTheme.set(settings.get(DARK).map(Boolean::parseBoolean).orElse(false));
        fontSize.set(settings.get(FONT_SIZE).map(PreferencesViewModel::size).orElse(13));
        wrapText.set(settings.get(WRAP).map(Boolean::parseBoolean).orElse(true));
        sideBySide.set(settings.get(SIDE_BY_SIDE).map(Boolean::parseBoolean).orElse(true));
        previewShown.set(settings.get(PREVIEW).map(Boolean::parseBoolean).orElse(true));
        problemsShown.set(settings.get(PROBLEMS).map(Boolean::parseBoolean).orElse(true));
        graphShown.set(settings.get(GRAPH).map(Boolean::parseBoolean).orElse(false));
        for (ObservableValue<?> value : new ObservableValue<?>[]{darkTheme, fontSize, wrapText, sideBySide, previewShown, problemsShown,
                graphShown}) {
            value.addListener((observable, before, after) -> store());
        }
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

    private static int size(String text) {
        try {
            return Math.max(8, Math.min(32, Integer.parseInt(text.strip())));
        } catch (NumberFormatException e) {
            return 13;
        }
    }

    private void store() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(DARK, String.valueOf(darkTheme.get()));
        values.put(FONT_SIZE, String.valueOf(fontSize.get()));
        values.put(WRAP, String.valueOf(wrapText.get()));
        values.put(SIDE_BY_SIDE, String.valueOf(sideBySide.get()));
        values.put(PREVIEW, String.valueOf(previewShown.get()));
        values.put(PROBLEMS, String.valueOf(problemsShown.get()));
        values.put(GRAPH, String.valueOf(graphShown.get()));
        background.execute(() -> {
            try {
                settings.put(values);
            } catch (IOException e) {
                // A preference that is not remembered is not worth interrupting the user; the next change retries.
            }
        });
    }
}
