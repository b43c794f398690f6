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
    private static final ShortRunJvm.Machine FOUR_CORES = new ShortRunJvm.Machine(4, false);

    @TempDir
    Path dir;

    @Test
    void validateByJavaJarRunsInAJvmWithC1AndTheSerialCollectorPassingOnTheUsersOptionsAndArguments() {
        Path jar = dir.resolve("agent-studio.jar");

        List<String> command = ShortRunJvm.command(List.of("validate", "--format", "json", "."),
                List.of("-Xmx512m", "-Dfoo=bar", "-jar", jar.toString(), "validate", "--format", "json", "."), Map.of(), JAVA_HOME, FOUR_CORES)
                .orElseThrow();

        assertThat(command).containsExactly(JAVA_HOME.resolve("bin").resolve("java").toString(), "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                "-Dfoo=bar", "-D" + ShortRunJvm.PROPERTY + "=started", "-jar", jar.toString(), "validate", "--format", "json", ".");
    }

    @Test
    void onTwoCoresOrFewerTheTunedJvmCompilesOnOneThreadLeavingTheOtherCoreToTheChecks() {
        String jar = dir.resolve("agent-studio.jar").toString();
        List<String> startedWith = List.of("-jar", jar, "validate", ".");

        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, new ShortRunJvm.Machine(2, false)).orElseThrow())
                .contains("-XX:CICompilerCount=1");
        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, new ShortRunJvm.Machine(1, false)).orElseThrow())
                .contains("-XX:CICompilerCount=1");
        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, FOUR_CORES).orElseThrow())
                .noneMatch(option -> option.startsWith("-XX:CICompilerCount"));
    }

    @Test
    void asksForHugePagesOnlyWhereLinuxGivesThemToMemoryThatAsks() throws IOException {
        List<String> startedWith = List.of("-jar", dir.resolve("agent-studio.jar").toString(), "validate", ".");
        Path setting = dir.resolve("enabled");

        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, new ShortRunJvm.Machine(4, true))
                .orElseThrow()).contains("-XX:+UseTransparentHugePages");
        assertThat(ShortRunJvm.command(List.of("validate", "."), startedWith, Map.of(), JAVA_HOME, FOUR_CORES).orElseThrow())
                .noneMatch(option -> option.contains("HugePages"));
        Files.writeString(setting, "always [madvise] never\n");
        assertThat(ShortRunJvm.givesHugePagesOnRequest(setting)).isTrue();
        Files.writeString(setting, "[always] madvise never\n");
        assertThat(ShortRunJvm.givesHugePagesOnRequest(setting)).as("the kernel gives them to all memory unasked").isFalse();
        Files.writeString(setting, "always madvise [never]\n");
        assertThat(ShortRunJvm.givesHugePagesOnRequest(setting)).as("the JVM would warn that it gets none").isFalse();
        assertThat(ShortRunJvm.givesHugePagesOnRequest(dir.resolve("missing"))).as("not Linux").isFalse();
    }

    @Test
    void usesTheClassDataArchiveTheBuildLeftBesideTheJar() throws IOException {
        Path jar = dir.resolve("agent-studio.jar");
        Files.writeString(dir.resolve(ShortRunJvm.ARCHIVE), "archive");

        List<String> command = ShortRunJvm.command(List.of("validate", "."), List.of("-jar", jar.toString(), "validate", "."),
                Map.of(), JAVA_HOME, FOUR_CORES).orElseThrow();

        assertThat(command).contains("-XX:SharedArchiveFile=" + dir.resolve(ShortRunJvm.ARCHIVE));
    }

    @Test
    void leavesTheJvmAloneWhenTheUserTunesItOrItWasNotStartedFromTheJar() {
        List<String> args = List.of("validate", ".");
        String jar = dir.resolve("agent-studio.jar").toString();

        assertThat(ShortRunJvm.command(args, List.of("-XX:+UseZGC", "-jar", jar, "validate", "."), Map.of(), JAVA_HOME, FOUR_CORES)).isEmpty();
        assertThat(ShortRunJvm.command(args, List.of("-jar", jar, "validate", "."), Map.of("JDK_JAVA_OPTIONS", "-Xint"), JAVA_HOME, FOUR_CORES))
                .isEmpty();
        assertThat(ShortRunJvm.command(args, List.of("-jar", jar, "validate", "."), Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"), JAVA_HOME, FOUR_CORES))
                .isEmpty();
        assertThat(ShortRunJvm.command(args, List.of("-cp", jar, "io.agentstudio.Launcher", "validate", "."), Map.of(), JAVA_HOME, FOUR_CORES))
                .isEmpty();
    }

    @Test
    void onlyValidateAndNotTheStudioOrAJvmAlreadyTunedByTheLauncherGoesThroughIt() {
        assertThat(ShortRunJvm.run(new String[0])).isEmpty();
        assertThat(ShortRunJvm.run(new String[] {"graph", "."})).isEmpty();
    }
}
