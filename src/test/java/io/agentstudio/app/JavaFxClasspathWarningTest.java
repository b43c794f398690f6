package io.agentstudio.app;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class JavaFxClasspathWarningTest {
    private final Logger javafx = Logger.getLogger("javafx");
    private final List<String> published = new ArrayList<>();
    private final Handler collector = new Handler() {
        @Override
        public void publish(LogRecord record) {
            published.add(record.getLoggerName() + ": " + record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void collect() {
        javafx.addHandler(collector);
        javafx.setUseParentHandlers(false);
    }

    @AfterEach
    void restore() {
        javafx.removeHandler(collector);
        javafx.setUseParentHandlers(true);
        javafx.setFilter(null);
    }

    @Test
    void theClassPathWarningIsLeftOutAndEveryOtherJavaFxRecordStays() {
        JavaFxClasspathWarning.leaveOut();

        // As JavaFX logs them: through System.Logger, the start-up warning on "javafx", CSS warnings on "javafx.css".
        System.getLogger("javafx").log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d4'");
        System.getLogger("javafx").log(System.Logger.Level.WARNING, "Toolkit not initialized");
        System.getLogger("javafx.css").log(System.Logger.Level.WARNING,
                "Could not resolve '-color-fg-default' while resolving lookups for '-fx-text-fill'");

        assertThat(published).containsExactly(
                "javafx: Toolkit not initialized",
                "javafx.css: Could not resolve '-color-fg-default' while resolving lookups for '-fx-text-fill'");
    }

    @Test
    void withoutItTheWarningGoesOut() {
        System.getLogger("javafx").log(System.Logger.Level.WARNING,
                "Unsupported JavaFX configuration: classes were loaded from 'unnamed module @1b2c3d4'");

        assertThat(published).hasSize(1);
    }
}
