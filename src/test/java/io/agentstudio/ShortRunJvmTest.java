package io.agentstudio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** When `java -jar agent-studio.jar validate` starts a tuned JVM, and with which options. */
class ShortRunJvmTest {
    private static final Path JAVA_HOME = Path.of("/opt/jdk");

    @TempDir
    Path dir;

    @Test
    void validateByJavaJarRunsInAJvmWithC1AndTheSerialCollectorPassingOnTheUsersOptionsAndArguments() {
        Path jar = dir.resolve("agent-studio.jar");

        List<String> command = ShortRunJvm.command(List.of("validate", "--format", "json", "."),
                List.of("-Xmx512m", "-Dfoo=bar", "-jar", jar.toString(), "validate", "--format", "json", "."), Map.of(), JAVA_HOME, 4)
                .orElseThrow();

        assertThat(command).containsExactly(JAVA_HOME.resolve("bin").resolve("java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-Dfoo=bar", "-D" + ShortRunJvm.PROPERTY + "=started", "-jar", jar.toString(), "validate", "--format", "json", ".");
    }

    @Test
    void onTwoCoresOrFewerTheTunedJvmCompilesOnOneThreadLeavingTheOtherCoreToTheChecks() {
        String jar = dir.resolve("agent-studio.jar").toString();
        List<String> startedWith = List.of("-jar", jar, "validate", ".");

        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, 2).orElseThrow())
                .contains("-XX:CICompilerCount=1");
        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, 1).orElseThrow())
                .contains("-XX:CICompilerCount=1");
        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, 4).orElseThrow())
                .noneMatch(option -> option.startsWith("-XX:CICompilerCount"));
    }

    @Test
    void usesTheClassDataArchiveTheBuildLeftBesideTheJar() throws IOException {
        Path jar = dir.resolve("agent-studio.jar");
        Files.writeString(dir.resolve(ShortRunJvm.ARCHIVE), "archive");

        List<String> command = ShortRunJvm.command(List.of("validate", "."), List.of("-jar", jar.toString(), "validate", "."),
                Map.of(), JAVA_HOME, 4).orElseThrow();

        assertThat(command).contains("-XX:SharedArchiveFile=" + dir.resolve(ShortRunJvm.ARCHIVE));
    }

    @Test
    void leavesTheJvmAloneWhenTheUserTunesItOrItWasNotStartedFromTheJar() {
        List<String> args = List.of("validate", ".");
        String jar = dir.resolve("agent-studio.jar").toString();

        assertThat(ShortRunJvm.command(args, List.of("-XX:+UseZGC", "-jar", jar, "validate", "."), Map.of(), JAVA_HOME, 4)).isEmpty();
        assertThat(ShortRunJvm.command(args, List.of("-jar", jar, "validate", "."), Map.of("JDK_JAVA_OPTIONS", "-Xint"), JAVA_HOME, 4))
                .isEmpty();
        assertThat(ShortRunJvm.command(args, List.of("-jar", jar, "validate", "."), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), JAVA_HOME, 4))
                .isEmpty();
        assertThat(ShortRunJvm.command(args, List.of("-cp", jar, "io.agentstudio.Launcher", "validate", "."), Map.of(), JAVA_HOME, 4))
                .isEmpty();
    }

    @Test
    void onlyValidateAndNotTheStudioOrAJvmAlreadyTunedByTheLauncherGoesThroughIt() {
        assertThat(ShortRunJvm.run(new String[0])).isEmpty();
        assertThat(ShortRunJvm.run(new String[] {"graph", "."})).isEmpty();
    }
}
