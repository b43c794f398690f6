package io.agentstudio.app;

import javafx.application.Platform;
import javafx.scene.Scene;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Start-up measurement on request, for {@code bench.StartupBenchmark}: with the system property {@value #PROPERTY}
 * set to {@code studio} (or {@code bare}, see {@link BareWindow}) the window prints one line when its first frame is
 * drawn and the program exits. With {@value #TRAINING} the studio also opens an agent before it exits
 * ({@link TrainingRun}), for the runs that train the class-data archives. The line is {@value #PREFIX} followed by
 * {@code key=value} pairs:
 * <ul>
 *   <li>{@code first-frame-ms}: from the JVM's start ({@code RuntimeMXBean.getStartTime}) to the first pulse after the
 *       window was shown;</li>
 *   <li>{@code ready-ms}: from the JVM's start until the window is in use (the studio: its workspace loaded and
 *       listed);</li>
 *   <li>{@code cpu-ms} and {@code ui-cpu-ms}: the CPU time all the process's threads, and the JavaFX thread alone, used
 *       until the first frame (steadier than the clock on a busy machine);</li>
 *   <li>{@code first-frame-at}: the first frame's wall-clock time in epoch milliseconds, so that whoever started the
 *       process can count from the moment it did, native launcher included.</li>
 * </ul>
 */
public final class StartupProbe {
    public static final String PROPERTY = "agentstudio.startupProbe";
    public static final String PREFIX = "agent-studio-startup";
    /** The value for a training run of the class-data archives. */
    public static final String TRAINING = "train";

    private final String window;
    private long firstFrameAt;
    private long firstFrameCpuMs;
    private long uiThreadCpuMs;

    private StartupProbe(String window) {
        this.window = window;
    }

    /** The window the property asks to measure ({@code studio} or {@code bare}), or null when nothing is measured. */
    static String requested() {
        String value = System.getProperty(PROPERTY);
        return value == null || value.isBlank() ? null : value.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Call right after the stage was shown, still on the FX thread: the next pulse lays out and draws the first frame.
     * {@code ready} is called with a callback to run once the window is in use (the studio: its workspace loaded).
     */
    static void afterShown(Scene scene, String window, Consumer<Runnable> ready) {
        StartupProbe probe = new StartupProbe(window);
        FirstFrame.then(scene, () -> {
            // The clock first: reading the JVM's start time loads java.management, which must not count.
            probe.firstFrameAt = System.currentTimeMillis();
            probe.firstFrameCpuMs = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
            probe.uiThreadCpuMs = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
            ready.accept(probe::report);
        });
    }

    private void report() {
        long readyAt = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(PREFIX + " window=" + window + " first-frame-ms=" + (firstFrameAt - jvmStart)
                + " ready-ms=" + (readyAt - jvmStart) + " cpu-ms=" + firstFrameCpuMs + " ui-cpu-ms=" + uiThreadCpuMs
                + " first-frame-at=" + firstFrameAt);
        Platform.exit();
    }
}
