package io.agentstudio.gui.shell;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.QueuedExecutor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

class UncaughtErrorsTest {
    final List<String> logged = new ArrayList<>();
    final QueuedExecutor ui = new QueuedExecutor();
    final FakeDialogs dialogs = new FakeDialogs();
    final UncaughtErrors handler = new UncaughtErrors(new System.Logger() {
        @Override
        public String getName() {
            return "test";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            logged.add(level + " " + message + " " + thrown);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            logged.add(level + " " + format);
        }
    }, dialogs, ui);

    @Test
    void everyErrorIsLoggedWithItsTraceAndTheUserIsToldOncePerKind() {
        Thread loader = new Thread("workspace-loader");
        handler.uncaughtException(loader, new NullPointerException("layout was null"));
        handler.uncaughtException(loader, new NullPointerException("layout was null"));
        handler.uncaughtException(loader, new IllegalStateException("no scene"));
        assertThat(dialogs.errors).as("told on the UI thread, not the failing one").isEmpty();

        ui.runAll();

        assertThat(logged).hasSize(3);
        assertThat(logged.get(0)).startsWith("ERROR Uncaught on thread workspace-loader").contains("layout was null");
        assertThat(dialogs.errors).hasSize(2);
        assertThat(dialogs.errors.get(0)).contains("layout was null").contains("Help > Show Log");
        assertThat(dialogs.errors.get(1)).contains("no scene");
    }
}
