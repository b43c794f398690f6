package io.agentstudio.app;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * One of the studio's background threads (workspace loading, preview rendering, validation). Once the studio has
 * stopped it, work still handed to it is dropped: a preview's or a check's debounce timer may fire after the window
 * closed, and there is nothing left to update.
 */
final class StudioThread implements Executor {
    private final ExecutorService executor;

    StudioThread(String name) {
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            // Never keep the JVM alive after the window closed just because a load or a render is still running.
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void execute(Runnable task) {
        try {
            executor.execute(task);
        } catch (RejectedExecutionException e) {
            if (!executor.isShutdown()) {
                throw e;
            }
        }
    }

    /** Interrupts the running task and drops the queued ones and any that come later. */
    void stop() {
        executor.shutdownNow();
    }
}
