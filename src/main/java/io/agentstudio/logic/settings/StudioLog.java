package io.agentstudio.logic.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;

/**
 * The studio's log: {@code System.Logger} (java.util.logging underneath, no library) written to a rotating file in
 * the user's configuration folder, {@value #FILE_NAME} the newest of {@value #FILES} files of at most
 * {@value #LIMIT_BYTES} bytes. Only the studio writes it; the command line reports on its own streams.
 */
public final class StudioLog implements AutoCloseable {
    public static final String FILE_NAME = "agent-studio-0.log";
    static final int LIMIT_BYTES = 1_000_000;
    static final int FILES = 3;
    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";
    /** java.util.logging holds loggers weakly: without this, the configured one could be collected with its file. */
    private static final Logger STUDIO = Logger.getLogger("io.agentstudio");

    private final FileHandler handler;
    private final Path file;

    private StudioLog(FileHandler handler, Path file) {
        this.handler = handler;
        this.file = file;
    }

    /** Sends the studio's log records to the rotating file in {@code folder} until {@link #close()}. */
    public static StudioLog into(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            // One line per record, then the stack trace if any: readable in Help > Show Log and in a bug report.
            System.setProperty(FORMAT_PROPERTY, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        FileHandler handler = new FileHandler(folder.resolve("agent-studio-%g.log").toString(), LIMIT_BYTES, FILES, true);
        handler.setEncoding(StandardCharsets.UTF_8.name());
        handler.setFormatter(new SimpleFormatter());
        STUDIO.setLevel(Level.INFO);
        STUDIO.addHandler(handler);
        return new StudioLog(handler, folder.resolve(FILE_NAME));
    }

    /** The newest log file, the one written now. */
    public Path file() {
        return file;
    }

    @Override
    public void close() {
        STUDIO.removeHandler(handler);
        handler.close();
    }

    /** The last {@code count} lines of the log (none when nothing was logged yet). */
    public static List<String> tail(Path file, int count) throws IOException {
        Deque<String> last = new ArrayDeque<>(count);
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            lines.forEach(line -> {
                if (last.size() == count) {
                    last.removeFirst();
                }
                last.addLast(line);
            });
        } catch (NoSuchFileException e) {
            return List.of();
        }
        return List.copyOf(last);
    }
}
