package io.agentstudio.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * A child JVM on the test's own classpath that runs a writer in a loop, for the kill tests: it prints "ready" when
 * its loop starts, and is then killed with SIGKILL (no shutdown hooks, no finally blocks) at a moment the test picks.
 */
public final class KillableChild {
    private final Process process;

    private KillableChild(Process process) {
        this.process = process;
    }

    /** Starts {@code main} with {@code args} and waits until it says it is ready; fails the test if it never does. */
    public static KillableChild startReady(int round, Class<?> main, String... args) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)).readLine();
        if (!"ready".equals(line)) {
            process.destroyForcibly();
            fail("Round %d: %s did not start (it printed %s); classpath %d entries", round, main.getSimpleName(), line,
                    System.getProperty("java.class.path").split(File.pathSeparator).length);
        }
        return new KillableChild(process);
    }

    /**
     * Lets the child run for {@code millis}, then kills it and waits until it is gone. The pause is the point (a kill
     * at a varying moment of the write), not a wait for something to happen.
     */
    public void killAfter(long millis, int round) throws InterruptedException {
        Thread.sleep(millis);
        process.destroyForcibly();
        assertThat(process.waitFor(20, TimeUnit.SECONDS)).as("child of round %d ended", round).isTrue();
    }
}
