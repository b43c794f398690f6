package io.agentstudio.gui.problems;

import io.agentstudio.gui.common.Delay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A debounce timer the test fires by hand: "typing stopped" is when the test says so. */
final class ManualDelay implements Delay {
    private final List<Runnable> waiting = new ArrayList<>();
    private Duration lastWait;

    @Override
    public Runnable schedule(Duration wait, Runnable task) {
        lastWait = wait;
        waiting.add(task);
        return () -> waiting.remove(task);
    }

    /** Runs every task whose pause has not been cancelled. */
    void elapse() {
        List<Runnable> due = List.copyOf(waiting);
        waiting.clear();
        due.forEach(Runnable::run);
    }

    int waiting() {
        return waiting.size();
    }

    Duration lastWait() {
        return lastWait;
    }
}
