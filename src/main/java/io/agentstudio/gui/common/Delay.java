package io.agentstudio.gui.common;

import java.time.Duration;

/**
 * Runs a task once after a pause; injected so the debounces (the preview, checking while typing) are tested without a
 * clock or a toolkit.
 */
@FunctionalInterface
public interface Delay {

    /** Schedules {@code task} after {@code wait} and returns what cancels it if it has not run yet. */
    Runnable schedule(Duration wait, Runnable task);
}
