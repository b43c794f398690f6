package io.agentstudio.app;

import io.agentstudio.logic.settings.SettingsStore;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/** Remembers the window's size and position in the settings store and puts it back where a screen still shows it. */
final class WindowPlacement {
    private static final String KEY = "window.bounds";

    private final SettingsStore settings;
    private final Executor background;
    /** Read where the placement is made, off the UI thread (the store reads its file at every get). */
    private final Optional<String> saved;

    WindowPlacement(SettingsStore settings, Executor background) {
        this.settings = settings;
        this.background = background;
        this.saved = settings.get(KEY);
    }

    void restore(Stage stage) {
        saved.map(WindowPlacement::parse).filter(WindowPlacement::onSomeScreen).ifPresent(bounds -> {
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
        });
    }

    void remember(Stage stage) {
        String value = (int) stage.getX() + "," + (int) stage.getY() + "," + (int) stage.getWidth() + "," + (int) stage.getHeight();
        background.execute(() -> {
            try {
                settings.put(Map.of(KEY, value));
            } catch (IOException e) {
                // The window simply opens at the default place next time.
            }
        });
    }

    private static Rectangle2D parse(String value) {
        try {
            String[] parts = value.split(",");
            return new Rectangle2D(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]),
                    Double.parseDouble(parts[2]), Double.parseDouble(parts[3]));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** A window saved on a monitor that is gone must not reopen off every screen. */
    private static boolean onSomeScreen(Rectangle2D bounds) {
        return bounds != null && bounds.getWidth() >= 400 && bounds.getHeight() >= 300
                && !Screen.getScreensForRectangle(bounds.getMinX(), bounds.getMinY(), 100, 100).isEmpty();
    }
}
