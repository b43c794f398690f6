package io.agentstudio;

import io.agentstudio.testing.SlowTest;
import io.agentstudio.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

@SlowTest
class LauncherTest {

    @ParameterizedTest
    @ValueSource(strings = {"roundtrip", "set", "unset", "-h", "--help", "-V", "--version"})
    void commandsAndOptionsGoToTheCommandLine(String word) {
        assertThat(Cli.handles(new String[] {word, "x"})).isTrue();
    }

    @Test
    void noArgumentsOrAFolderOpenTheStudio() {
        assertThat(Cli.handles(new String[0])).isFalse();
        assertThat(Cli.handles(new String[] {"/home/me/agents"})).isFalse();
        assertThat(Cli.handles(new String[] {"roundtripped-agents"})).isFalse();
    }

    @Test
    void runsACommandInItsOwnProcessWithoutLoadingJavaFx(@TempDir Path dir) throws IOException, InterruptedException {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(agents.resolve("a.md"), "---\nname: a\ndescription: A\n---\nBody\n");
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process process = new ProcessBuilder(List.of(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "roundtrip", dir.toString())).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isZero();
        assertThat(output).contains("1 identical, 0 differ").contains("io.agentstudio.cli.RoundtripCommand");
        assertThat(output.lines().filter(line -> line.contains(" javafx."))).isEmpty();
    }
}
