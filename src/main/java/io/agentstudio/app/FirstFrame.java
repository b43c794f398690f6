package io.agentstudio.app;

import javafx.scene.Scene;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The main window's first frame, and the work that waits for it. On a small machine, background threads that start
 * while the window is being built (loading the workspace, the catalogs, the Markdown parser, the icon) compete with it
 * for the processor and delay the first frame by seconds; none of that work is needed to draw it.
 */
final class FirstFrame {
    /** Nothing waits longer than this, so that a window that is never shown cannot hold the studio's work back. */
    private static final long LONGEST_WAIT_SECONDS = 15;

    private final CountDownLatch drawn = new CountDownLatch(1);

    /**
     * Runs {@code action} on the UI thread in the first pulse of {@code scene} from now, once its CSS and layout are
     * done and the frame goes to the renderer. Call it right after showing the window.
     */
    static void then(Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            action.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    /** Releases the threads waiting in {@link #await()} at the first frame of {@code scene}. */
    void watch(Scene scene) {
        then(scene, drawn::countDown);
    }

    /** Blocks a background thread until the first frame is drawn. */
    void await() {
        try {
            drawn.await(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
