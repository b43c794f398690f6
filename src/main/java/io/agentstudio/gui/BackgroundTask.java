package io.agentstudio.gui;

import io.agentstudio.logic.agentfile.EditRefusedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Work the window hands to a background thread: the work runs on the background executor, its result or failure comes
 * back on the ui executor. Each call to {@link #run} supersedes the previous one, so a slow old run (a layout of the
 * workspace as it was a second ago) never overwrites the result of a newer one; {@link #cancel} drops the current one.
 *
 * <p>Expected failures (I/O, and the logic's refusal of what the user asked for) reach the window as their message;
 * anything else is a bug, so it is logged with its stack trace and the window gets a one-line summary.
 */
public final class BackgroundTask<T> {
    private static final System.Logger LOG = System.getLogger(BackgroundTask.class.getName());

    private final Executor background;
    private final Executor ui;
    private final Consumer<T> onSuccess;
    private final Consumer<String> onFailure;
    private final AtomicLong generation = new AtomicLong();

    public BackgroundTask(Executor background, Executor ui, Consumer<T> onSuccess, Consumer<String> onFailure) {
        this.background = Objects.requireNonNull(background);
        this.ui = Objects.requireNonNull(ui);
        this.onSuccess = Objects.requireNonNull(onSuccess);
        this.onFailure = Objects.requireNonNull(onFailure);
    }

    /** Background work that may fail with an I/O error. */
    @FunctionalInterface
    public interface Work<T> {
        T get() throws IOException;
    }

    /** Starts {@code work} in the background; any run still under way will not deliver. */
    public void run(Work<T> work) {
        long run = generation.incrementAndGet();
        background.execute(() -> {
            if (!isCurrent(run)) {
                return;
            }
            T result;
            try {
                result = work.get();
            } catch (IOException | RuntimeException e) {
                String words = inWords(e);
                ui.execute(() -> {
                    if (isCurrent(run)) {
                        onFailure.accept(words);
                    }
                });
                return;
            }
            ui.execute(() -> {
                if (isCurrent(run)) {
                    onSuccess.accept(result);
                }
            });
        });
    }

    /** Whatever run is under way delivers nothing. */
    public void cancel() {
        generation.incrementAndGet();
    }

    private boolean isCurrent(long run) {
        return generation.get() == run;
    }

    private static String inWords(Exception e) {
        if (e instanceof UncheckedIOException io) {
            return messageOf(io.getCause());
        }
        if (e instanceof IOException || e instanceof IllegalArgumentException || e instanceof EditRefusedException) {
            return messageOf(e);
        }
        LOG.log(Level.ERROR, "Background work failed", e);
        return "Unexpected error: " + messageOf(e);
    }

    private static String messageOf(Throwable e) {
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return message;
    }
}
