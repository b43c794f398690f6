package io.agentstudio.gui.shell;

import io.agentstudio.gui.DialogService;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * The last resort for an exception nobody expected, on any thread: it goes to the log with its stack trace, and the
 * user is told where the details are, once per kind of error (a failure in a listener can repeat on every pulse) and
 * never in a second dialog over an open one. The studio keeps running; what was unsaved is still there to save.
 */
public final class UncaughtErrors implements Thread.UncaughtExceptionHandler {
    private final System.Logger log;
    private final DialogService dialogs;
    private final Executor ui;
    /** True while a dialog is open; what fails meanwhile is only logged. */
    private boolean telling;
    /** The errors already told, by type and message. */
    private final Set<String> told = new HashSet<>();

    public UncaughtErrors(System.Logger log, DialogService dialogs, Executor ui) {
        this.log = log;
        this.dialogs = dialogs;
        this.ui = ui;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        log.log(System.Logger.Level.ERROR, "Uncaught on thread " + thread.getName(), error);
        ui.execute(() -> tell(error));
    }

    private void tell(Throwable error) {
        String what = error.getMessage() == null || error.getMessage().isBlank() ? error.getClass().getSimpleName() : error.getMessage();
        if (telling || !told.add(error.getClass().getName() + ": " + what)) {
            return;
        }
        telling = true;
        try {
            dialogs.showError("Something went wrong", "The studio hit an error it did not expect: " + what + "\n\nYour agent"
                    + " files are as you last saved them, and unsaved tabs are still open. The details are in the log"
                    + " (Help > Show Log).");
        } finally {
            telling = false;
        }
    }
}
