package io.agentstudio.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Makes named pipes (FIFOs) for tests about files that are not regular files: opening one for reading blocks until a
 * writer comes. Windows has none, and a machine without {@code mkfifo} cannot make one; there the test is aborted.
 */
public final class Fifos {
    private Fifos() {
    }

    public static Path make(Path fifo) {
        Assumptions.assumeFalse(System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows"), "no FIFOs on Windows");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
            Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed or did not end");
            return fifo;
        } catch (IOException e) {
            return Assumptions.abort("mkfifo cannot be run here (" + e + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Assumptions.abort("interrupted while making a FIFO");
        }
    }
}
