package io.agentstudio.gui.preview;

import java.time.Duration;

/** Runs a task once after a pause; injected so the preview's debounce is tested without a clock or a toolkit. */
@FunctionalInterface
public interface Delay {

    /** Schedules {@code task} after {@code wait} and returns what cancels it if it has not run yet. */
    Runnable schedule(Duration wait, Runnable task);
}
