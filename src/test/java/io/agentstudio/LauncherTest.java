package io.agentstudio;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherTest {

    @ParameterizedTest
    @ValueSource(strings = {"roundtrip", "set", "unset", "validate", "graph", "link", "unlink", "rename", "export",
            "-h", "--help", "-V", "--version"})
    void subcommandsGoToTheCommandLine(String word) {
        assertThat(Launcher.isCommandLine(new String[] {word, "x"})).isTrue();
    }

    @Test
    void noArgumentsOrAFolderOpenTheStudio() {
        assertThat(Launcher.isCommandLine(new String[0])).isFalse();
        assertThat(Launcher.isCommandLine(new String[] {"/home/me/agents"})).isFalse();
        assertThat(Launcher.isCommandLine(new String[] {"validated-agents"})).isFalse();
    }

    @Test
    void thisBuildHasNoCommandLineAndSaysSo() {
        assertThat(Launcher.runCommandLine(new String[] {"validate"})).isEqualTo(2);
    }
}
