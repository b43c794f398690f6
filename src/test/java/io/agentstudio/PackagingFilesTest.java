package io.agentstudio;

import io.agentstudio.app.StudioApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checked-in inputs of {@code mvn -Ppackage package} (packaging/): jpackage runs only by hand, so a file an
 * argument names, or a launcher name that differs between the image and its installer, would only show there.
 */
class PackagingFilesTest {
    private static final Path PACKAGING = Path.of("packaging");
    private static final Pattern FILE_OPTION = Pattern.compile("^--(icon|resource-dir|license-file)\\s+(\\S+)$");
    private static final Pattern LAUNCHER_OPTION = Pattern.compile("^--add-launcher\\s+[^=]+=(\\S+)$");
    private static final Pattern NAME_OPTION = Pattern.compile("^--name\\s+(\"[^\"]+\"|\\S+)$");

    @Test
    void everyFileAnArgumentNamesExists() throws IOException {
        List<String> named = new ArrayList<>();
        for (Path args : argumentFiles()) {
            for (String line : options(args)) {
                Matcher file = FILE_OPTION.matcher(line);
                Matcher launcher = LAUNCHER_OPTION.matcher(line);
                if (file.matches()) {
                    named.add(file.group(2));
                } else if (launcher.matches()) {
                    named.add(launcher.group(1));
                }
            }
        }
        assertThat(named).isNotEmpty().allSatisfy(path -> assertThat(Path.of(path)).exists());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linux", "windows", "macos"})
    void eachPlatformNamesItsImageAndItsInstallersAlike(String os) throws IOException {
        assertThat(name(PACKAGING.resolve(os).resolve("app-image.args")))
                .isNotNull()
                .isEqualTo(name(PACKAGING.resolve(os).resolve("installer.args")));
    }

    @Test
    void theLinuxMenuEntryStartsTheStudioAndMatchesItsWindow() throws IOException {
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : Files.readAllLines(PACKAGING.resolve("linux/agent-studio.desktop"))) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                entry.put(line.substring(0, equals), line.substring(equals + 1));
            }
        }
        assertThat(entry).containsEntry("Type", "Application").containsEntry("Name", "Agent Studio")
                .containsEntry("Terminal", "false").containsKeys("Comment", "Categories");
        // jpackage puts the installed launcher and icon in place of these words; %f passes a folder dropped on it.
        assertThat(entry.get("Exec")).isEqualTo("APPLICATION_LAUNCHER %f");
        assertThat(entry.get("Icon")).isEqualTo("APPLICATION_ICON");
        assertThat(entry.get("StartupWMClass")).as("JavaFX names the window after the application class")
                .isEqualTo(StudioApp.class.getName());
    }

    @Test
    void theModuleListHasWhatReflectionAndTheWebViewNeed() throws IOException {
        List<String> modules = Files.readAllLines(PACKAGING.resolve("modules.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        assertThat(modules).contains("java.base", "java.management", "jdk.jsobject", "jdk.unsupported").doesNotHaveDuplicates();
    }

    private static List<Path> argumentFiles() throws IOException {
        try (Stream<Path> files = Files.walk(PACKAGING)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".args")).sorted().toList();
        }
    }

    private static List<String> options(Path args) throws IOException {
        return Files.readAllLines(args).stream().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static String name(Path args) throws IOException {
        return options(args).stream().map(NAME_OPTION::matcher).filter(Matcher::matches).map(m -> m.group(1)).findFirst().orElse(null);
    }
}
