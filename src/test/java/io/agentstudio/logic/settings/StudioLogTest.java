package io.agentstudio.logic.settings;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

class StudioLogTest {
    @TempDir
    Path config;

    @Test
    void theStudiosRecordsGoToARotatingFileInTheConfigFolderAndTheTailReadsThem() throws IOException {
        try (StudioLog log = StudioLog.into(config.resolve("logs"))) {
            Path file = log.file();
            System.getLogger("io.agentstudio.gui.Something").log(System.Logger.Level.WARNING, "the workspace did not open",
                    new IllegalStateException("boom"));
            flush();

            assertThat(file).isEqualTo(config.resolve("logs").resolve(StudioLog.FILE_NAME)).exists();
            assertThat(StudioLog.tail(file, 200)).anySatisfy(line -> assertThat(line).contains("WARNING")
                    .contains("the workspace did not open")).anySatisfy(line -> assertThat(line).contains("IllegalStateException: boom"));
            assertThat(StudioLog.tail(file, 1)).hasSize(1);
        }
        assertThat(Logger.getLogger("io.agentstudio").getHandlers()).as("closed, the log takes its handler away").isEmpty();
    }

    @Test
    void aLogNotWrittenYetHasNoTail() throws IOException {
        assertThat(StudioLog.tail(config.resolve(StudioLog.FILE_NAME), 10)).isEmpty();
        assertThat(Files.exists(config.resolve(StudioLog.FILE_NAME))).isFalse();
    }

    private static void flush() {
        for (Handler handler : Logger.getLogger("io.agentstudio").getHandlers()) {
            handler.flush();
        }
    }
}
