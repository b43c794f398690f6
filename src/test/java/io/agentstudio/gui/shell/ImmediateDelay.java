package io.agentstudio.gui.shell;

import io.agentstudio.gui.common.Delay;

import java.time.Duration;

/** No typing debounce: the edited agent is checked at once, so tests of the window need not wait for a clock. */
final class ImmediateDelay implements Delay {
    @Override
    public Runnable schedule(Duration wait, Runnable task) {
        task.run();
        return () -> { };
    }
}
