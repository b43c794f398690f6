package io.agentstudio;

import io.agentstudio.testing.PrintsItsStart;
import io.agentstudio.testing.SlowTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * packaging/linux/agent-studio, which packaging/Package.java puts in the Linux app image as bin/agent-studio (in place of
 * jpackage's launcher) and bin/agent-studio: it starts the image's Java as jpackage's launcher would, from the
 * launcher's own configuration, for the studio and the command line alike.
 */
@SlowTest
@EnabledOnOs(OS.LINUX)
class LauncherScriptTest {
    @TempDir
    Path dir;
    private final List<Path> links = new ArrayList<>();

    /** The links out of the temporary folder go first, so that JUnit's clean-up finds none to warn about. */
    @AfterEach
    void removeLinks() throws IOException {
        for (Path link : links) {
            Files.deleteIfExists(link);
        }
    }

    @Test
    void startsTheImagesJavaWithTheLaunchersClassPathMainClassAndOptionsAndTheUsersArguments() throws Exception {
        Path image = fakeImage();

        String output = run(image.resolve("bin/agent-studio"), "validate", "a folder", "--format=json");

        Path app = image.resolve("lib/app").toRealPath();
        assertThat(output.lines()).startsWith("app=" + app + "/value", "spaced=two words", "args=validate|a folder|--format=json");
    }

    @Test
    void validateRunsWithTheSerialCollectorAsByJavaJarUnlessTheEnvironmentTunesTheJvm() throws Exception {
        Path script = fakeImage().resolve("bin/agent-studio");

        assertThat(run(script, Map.of(), "validate", ".")).contains("collectors=Copy,MarkSweepCompact");
        assertThat(run(script, Map.of(), "graph", ".")).doesNotContain("collectors=Copy,");
        assertThat(run(script, Map.of("JDK_JAVA_OPTIONS", "-Xmx256m"), "validate", ".")).doesNotContain("collectors=Copy,");
    }

    @Test
    void withoutArgumentsStartsTheMainClassWithNoneAndTheStudiosOwnOptions() throws Exception {
        String output = run(fakeImage().resolve("bin/agent-studio"));

        assertThat(output.lines()).contains("args=").noneMatch(line -> line.startsWith("collectors=Copy,"));
    }

    @Test
    void findsItsImageWhenStartedThroughALinkFromElsewhere() throws Exception {
        Path image = fakeImage();
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("usr/bin")).resolve("agent-studio"),
                image.resolve("bin/agent-studio"));

        String output = run(link, "--version");

        assertThat(output.lines()).contains("app=" + image.resolve("lib/app").toRealPath() + "/value", "args=--version");
    }

    /** An image as jpackage lays it out, its runtime this JDK, its one class path entry the test classes. */
    private Path fakeImage() throws IOException, URISyntaxException {
        Path image = dir.resolve("agent studio");
        Path bin = Files.createDirectories(image.resolve("bin"));
        Files.copy(Path.of("packaging/linux/agent-studio"), bin.resolve("agent-studio"));
        assertThat(bin.resolve("agent-studio").toFile().setExecutable(true)).isTrue();
        Path app = Files.createDirectories(image.resolve("lib/app"));
        links.add(Files.createSymbolicLink(image.resolve("lib/runtime"), Path.of(System.getProperty("java.home"))));
        Path testClasses = Path.of(PrintsItsStart.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        links.add(Files.createSymbolicLink(app.resolve("classes"), testClasses));
        Files.writeString(app.resolve("agent-studio.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/classes",
                "app.mainclass=" + PrintsItsStart.class.getName(),
                "",
                "[JavaOptions]",
                "java-options=-Dapp=$APPDIR/value",
                "java-options=-Dspaced=two words"));
        return image;
    }

    private static String run(Path script, String... args) throws IOException, InterruptedException {
        return run(script, Map.of(), args);
    }

    private static String run(Path script, Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(script.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("JDK_JAVA_OPTIONS");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
