package io.agentstudio;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class MissingDisplayTest {
    private static final Set<String> COMMANDS = Set.of("validate", "export");

    @Test
    void aMistypedCommandWithoutADisplayIsSaidToBeNeitherACommandNorAFolder() {
        assertThat(MissingDisplay.of(new String[] {"valdate", "."}, "Linux", Map.of(), null, COMMANDS)).hasValueSatisfying(
                message -> assertThat(message).contains("'valdate' is neither a command nor a folder", "DISPLAY",
                        "export, validate", "--help"));
    }

    @Test
    void aFolderOrNoArgumentWithoutADisplayIsToldTheStudioNeedsOne(@TempDir Path folder) {
        assertThat(MissingDisplay.of(new String[] {folder.toString()}, "Linux", Map.of("DISPLAY", " "), null, COMMANDS))
                .hasValueSatisfying(message -> assertThat(message).contains("cannot open without a display")
                        .doesNotContain("neither"));
        assertThat(MissingDisplay.of(new String[0], "Linux", Map.of(), null, COMMANDS)).isPresent();
    }

    @Test
    void aDisplayAHeadlessToolkitOrAnotherSystemLetsTheStudioStart() {
        String[] args = {"valdate"};
        assertThat(MissingDisplay.of(args, "Linux", Map.of("DISPLAY", ":0"), null, COMMANDS)).isEmpty();
        assertThat(MissingDisplay.of(args, "Linux", Map.of(), "Monocle", COMMANDS)).isEmpty();
        assertThat(MissingDisplay.of(args, "Mac OS X", Map.of(), null, COMMANDS)).isEmpty();
        assertThat(MissingDisplay.of(args, "Windows 11", Map.of(), null, COMMANDS)).isEmpty();
    }
}
