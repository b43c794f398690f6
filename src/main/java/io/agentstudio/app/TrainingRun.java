package io.agentstudio.app;

import io.agentstudio.gui.shell.MainWindowViewModel;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;

import java.util.concurrent.TimeUnit;

/**
 * The studio's part of training the class-data archives ({@code packaging/Package.java}): with
 * {@link StartupProbe#PROPERTY} set to {@value StartupProbe#TRAINING}, once its workspace is listed the studio opens
 * the first agent listed with the preview shown, as a user's first minute does, and exits when the tab shows both.
 * The start alone left out the classes an open agent needs: opening the first one loaded about 1,300 classes the
 * archive did not hold (RichTextFX, ReactFX and their lambdas, the form, WebKit's Java side), read from the jars and
 * made at that click.
 */
final class TrainingRun {
    private static final long GIVE_UP_NANOS = TimeUnit.SECONDS.toNanos(30);

    private TrainingRun() {
    }

    /** Opens the first listed agent and its preview, then runs {@code done} once both are in {@code scene}. */
    static void openFirstAgent(MainWindowViewModel window, Scene scene, Runnable done) {
        if (window.agentList().visibleRows().isEmpty()) {
            done.run();
            return;
        }
        window.preferences().previewShownProperty().set(true);
        window.agentList().open(window.agentList().visibleRows().get(0));
        new AnimationTimer() {
            private long started;

            @Override
            public void handle(long now) {
                if (started == 0) {
                    started = now;
                }
                boolean shown = scene.lookup("#body-text") != null && scene.lookup(".preview-pane") != null;
                if (shown || now - started > GIVE_UP_NANOS) {
                    stop();
                    done.run();
                }
            }
        }.start();
    }
}
