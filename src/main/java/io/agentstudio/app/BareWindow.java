package io.agentstudio.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for the studio's start-up: a JavaFX window with one label, started by the same launcher, runtime and
 * options as the studio when {@link StartupProbe#PROPERTY} is {@code bare}. Never shown otherwise.
 */
public final class BareWindow extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Agent Studio start-up yardstick"), CompositionRoot.WIDTH, CompositionRoot.HEIGHT));
        stage.setTitle("Bare JavaFX window");
        stage.show();
        StartupProbe.afterShown(stage.getScene(), "bare", Runnable::run);
    }
}
