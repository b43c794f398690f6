package io.agentstudio.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundTaskTest {
    private final QueuedExecutor background = new QueuedExecutor();
    private final QueuedExecutor ui = new QueuedExecutor();
    private final List<String> delivered = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    private BackgroundTask<String> task() {
        return new BackgroundTask<>(background, ui, delivered::add, failures::add);
    }

    @Test
    void deliversTheResultOnTheUiExecutor() {
        BackgroundTask<String> task = task();
        task.run(() -> "layout");
        background.runAll();
        assertTrue(delivered.isEmpty(), "nothing reaches the window before the ui executor runs");
        ui.runAll();
        assertEquals(List.of("layout"), delivered);
    }

    @Test
    void aNewerRunSupersedesAnOlderOne() {
        BackgroundTask<String> task = task();
        task.run(() -> "old");
        task.run(() -> "new");
        background.runAll();
        ui.runAll();
        assertEquals(List.of("new"), delivered);
    }

    @Test
    void aCancelledRunDeliversNothing() {
        BackgroundTask<String> task = task();
        task.run(() -> "result");
        task.cancel();
        background.runAll();
        ui.runAll();
        assertTrue(delivered.isEmpty());
        assertTrue(failures.isEmpty());
    }

    @Test
    void anExpectedFailureReachesTheUiInWords() {
        BackgroundTask<String> task = task();
        task.run(() -> {
            throw new UncheckedIOException(new IOException("disk full"));
        });
        background.runAll();
        ui.runAll();
        assertEquals(List.of("disk full"), failures);
        assertTrue(delivered.isEmpty());
    }

    @Test
    void anIoErrorOrARefusedRequestReachesTheUiInWordsToo() {
        BackgroundTask<String> task = task();
        task.run(() -> {
            throw new IOException("read-only file system");
        });
        background.runAll();
        ui.runAll();
        task.run(() -> {
            throw new IllegalArgumentException("x.txt would not be loaded as an agent");
        });
        background.runAll();
        ui.runAll();
        assertEquals(List.of("read-only file system", "x.txt would not be loaded as an agent"), failures);
    }

    @Test
    void anUnexpectedFailureIsReportedBriefly() {
        BackgroundTask<String> task = task();
        task.run(() -> {
            throw new IllegalStateException("bug");
        });
        background.runAll();
        ui.runAll();
        assertEquals(1, failures.size());
        assertTrue(failures.get(0).contains("bug"), failures.get(0));
    }

    @Test
    void aStaleFailureIsDroppedToo() {
        BackgroundTask<String> task = task();
        task.run(() -> {
            throw new IllegalStateException("old");
        });
        task.run(() -> "new");
        background.runAll();
        ui.runAll();
        assertTrue(failures.isEmpty());
        assertEquals(List.of("new"), delivered);
    }
}
