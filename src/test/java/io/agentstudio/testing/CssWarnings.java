package io.agentstudio.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * The warnings JavaFX's CSS engine logs while it is open (a lookup such as {@code -color-fg-default} it could not
 * resolve, a value it could not convert): each is a node styled without its theme, and each lands in the user's log.
 */
public final class CssWarnings implements AutoCloseable {
    private final Logger logger = Logger.getLogger("javafx.css");
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                seen.add(record.getMessage());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private CssWarnings() {
        logger.addHandler(handler);
    }

    public static CssWarnings listen() {
        return new CssWarnings();
    }

    public List<String> seen() {
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
