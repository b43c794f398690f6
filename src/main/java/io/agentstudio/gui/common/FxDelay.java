package io.agentstudio.gui.common;

import javafx.animation.PauseTransition;

import java.time.Duration;

/** {@link Delay} on the JavaFX timeline: the task runs on the UI thread. */
public final class FxDelay implements Delay {

    @Override
    public Runnable schedule(Duration wait, Runnable task) {
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(wait.toMillis()));
        pause.setOnFinished(event -> task.run());
        pause.play();
        return pause::stop;
    }
}
