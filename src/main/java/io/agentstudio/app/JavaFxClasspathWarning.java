package io.agentstudio.app;

import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Keeps JavaFX's "Unsupported JavaFX configuration: classes were loaded from 'unnamed module …'" off the terminal.
 * JavaFX logs it on every start from the class path, which is how the studio runs on purpose (ADR 1: ControlsFX,
 * RichTextFX and Monocle would need a dozen opens on the module path); to a user it reads as a fault. Formatting and
 * printing it was also about 50 ms on the thread that starts JavaFX, before its toolkit starts (ADR 17). Every other
 * record of the {@code javafx} logger, and of the loggers below it (CSS, layout), still goes out as before.
 */
final class JavaFxClasspathWarning {
    private static final String MESSAGE_START = "Unsupported JavaFX configuration: classes were loaded from 'unnamed module";
    /** Held here: java.util.logging forgets a logger nobody holds, and its filter with it. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private JavaFxClasspathWarning() {
    }

    /** Call before JavaFX starts; it logs the warning while it starts. */
    static void leaveOut() {
        JAVAFX.setFilter(record -> !isTheWarning(record));
    }

    static boolean isTheWarning(LogRecord record) {
        return record.getMessage() != null && record.getMessage().startsWith(MESSAGE_START);
    }
}
