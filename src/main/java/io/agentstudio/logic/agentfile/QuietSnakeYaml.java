package io.agentstudio.logic.agentfile;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * SnakeYAML logs a warning for each repeated key it lets through, under the name of the constructor class in use. The
 * studio lets them through on purpose (Claude Code reads the last one) and reports them as findings, so the log line
 * would only clutter the command line's error output. The loggers are held so that they and their levels are not
 * collected.
 */
public final class QuietSnakeYaml {
    private static final Map<String, Logger> QUIETED = new ConcurrentHashMap<>();

    private QuietSnakeYaml() {
    }

    /** Silences the warnings SnakeYAML logs for a constructor of this class (and for its own constructors). */
    public static void forConstructor(Class<?> constructor) {
        for (String name : new String[] {"org.yaml.snakeyaml", constructor.getName()}) {
            QUIETED.computeIfAbsent(name, n -> {
                Logger logger = Logger.getLogger(n);
                logger.setLevel(Level.SEVERE);
                return logger;
            });
        }
    }
}
