package io.agentstudio;

import io.agentstudio.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

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

        assertThat(command).containsExactly(JAVA_HOME.resolve("bin").resolve("java").toString(), "-XX:TieredStopAtLevel=1",
                "-XX:CompileThresholdScaling=0.5", "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0", "-Xmx512m",
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
    void validateByTheAppImagesLauncherRunsInTheImagesJavaWithTheLaunchersOptionsThenTheTuning() {
        Path image = dir.resolve("agent-studio");
        Path runtime = image.resolve("lib/runtime");
        String archive = "-XX:SharedArchiveFile=" + image.resolve("lib/app/agent-studio.jsa");
        String classPath = image.resolve("lib/app/agent-studio.jar") + ":" + image.resolve("lib/app/lib/picocli.jar");
        List<String> launcherOptions = List.of("-Djpackage.app-version=0.1.0", "-XX:TieredStopAtLevel=1", "-XX:NewSize=48m",
                archive, "-Djpackage.app-path=" + image.resolve("bin/agent-studio"));

        List<String> command = ShortRunJvm.appLauncherCommand(List.of("validate", "--format", "json", "."), launcherOptions,
                classPath, Map.of(), runtime, new ShortRunJvm.Machine(2, false)).orElseThrow();

        assertThat(command).as("not started by the launcher: no launcher path, so its own start is not taken for one")
                .containsExactly(runtime.resolve("bin").resolve("java").toString(), "-Djpackage.app-version=0.1.0",
                        "-XX:TieredStopAtLevel=1", "-XX:NewSize=48m", archive, "-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.5",
                        "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0", "-XX:CICompilerCount=1", "-D" + ShortRunJvm.PROPERTY + "=started", "-cp", classPath,
                        Launcher.class.getName(), "validate", "--format", "json", ".");
        assertThat(ShortRunJvm.appLauncherCommand(List.of("validate", "."), launcherOptions, classPath,
                Map.of("JDK_JAVA_OPTIONS", "-Xint"), runtime, FOUR_CORES)).as("tuned by the user").isEmpty();
    }

    @Test
    void theAppImagesLauncherHandsOnlyALargeFolderToASecondJvm() throws IOException {
        for (String name : List.of("a", "b", "c")) {
            Files.createDirectories(dir.resolve(".claude/agents"));
            Files.writeString(dir.resolve(".claude/agents/" + name + ".md"), "---\nname: " + name + "\n---\n");
        }
        Files.writeString(dir.resolve("README.md"), "not an agent");
        String folder = dir.toString();

        assertThat(Cli.agentFilesToValidate(new String[] {"validate", folder, "--format", "json"})).hasValue(3);
        assertThat(Cli.agentFilesToValidate(new String[] {"validate", folder, folder})).as("not a plain validate").isEmpty();
        assertThat(Cli.agentFilesToValidate(new String[] {"graph", folder})).isEmpty();
        assertThat(Cli.agentFilesToValidate(new String[] {"validate", dir.resolve("missing").toString()})).isEmpty();
        assertThat(ShortRunJvm.worthASecondJvm(OptionalInt.of(3))).isFalse();
        assertThat(ShortRunJvm.worthASecondJvm(OptionalInt.of(ShortRunJvm.APP_LAUNCHER_SECOND_JVM_FROM - 1))).isFalse();
        assertThat(ShortRunJvm.worthASecondJvm(OptionalInt.of(ShortRunJvm.APP_LAUNCHER_SECOND_JVM_FROM))).isTrue();
        assertThat(ShortRunJvm.worthASecondJvm(OptionalInt.empty())).isFalse();
    }

    @Test
    void onlyValidateAndNotTheStudioOrAJvmAlreadyTunedByTheLauncherGoesThroughIt() {
        assertThat(ShortRunJvm.run(new String[0])).isEmpty();
        assertThat(ShortRunJvm.run(new String[] {"graph", "."})).isEmpty();
    }
}
