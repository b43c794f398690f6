package io.agentstudio.bench;

import io.agentstudio.testing.SlowTest;
import io.agentstudio.Launcher;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The contract {@link StartupBenchmark} relies on: asked by the system property, a window reports its start-up and exits. */
@SlowTest
class StartupProbeTest {

    @ParameterizedTest
    @ValueSource(strings = {"studio", "bare"})
    void theWindowReportsItsFirstFrameAndExits(String window, @TempDir Path home) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(List.of(java, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true",
                "-Dagentstudio.startupProbe=" + window, "-Dagentstudio.home=" + home,
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        String line = output.lines().filter(l -> l.startsWith(StartupLine.PREFIX)).findFirst().orElseThrow(() -> new AssertionError(output));
        StartupLine startup = StartupLine.parse(line);
        assertThat(startup.window()).isEqualTo(window);
        assertThat(startup.firstFrameMs()).isPositive();
        assertThat(startup.readyMs()).isGreaterThanOrEqualTo(startup.firstFrameMs());
        assertThat(startup.cpuMs()).isPositive();
        assertThat(startup.firstFrameAt()).isLessThanOrEqualTo(System.currentTimeMillis());
    }
}
