package io.agentstudio.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Names holding ESC, NUL, a right-to-left override or a line break come from files: the command line shows them as
 * visible escapes, so they can neither drive the terminal nor forge a line of the report; JSON and SARIF stay JSON.
 */
class HostileNameOutputTest {
    @TempDir
    Path dir;

    @BeforeEach
    void workspace() throws IOException {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        Files.writeString(agents.resolve("evil.md"), "---\nname: \"ev\\e[2Jil\\0x\\u202Egpj.exe\\nfake: line\"\ndescription: Evil.\n---\nEvil.\n");
        Files.writeString(agents.resolve("lead.md"), "---\nname: lead\ndescription: Leads.\n---\nLeads.\n");
    }

    @Test
    void validateShowsTheNameWithEscapes() {
        CliRun run = CliRun.of("validate", dir.toString());

        assertThat(run.out()).contains("ev\\u001b[2Jil\\u0000x\\u202egpj.exe\\nfake: line");
        assertThat(run.out()).doesNotContainPattern("[\u001b\u0000\u202e\r]").doesNotContain("\nfake: line");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "sarif"})
    void jsonAndSarifStayJsonWithoutRawControlCharacters(String format) throws IOException {
        CliRun run = CliRun.of("validate", dir.toString(), "--format", format);

        assertThat(new ObjectMapper().readTree(run.out()).toString()).contains("\\u001B[2Jil");
        assertThat(run.out()).doesNotContainPattern("[\u001b\u0000]");
    }

    @Test
    void renameSummaryAndWrittenLinesShowEscapes() {
        CliRun run = CliRun.of("rename", dir.toString(), ".claude/agents/evil.md", "calm");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("ev\\u001b[2Jil\\u0000x\\u202egpj.exe\\nfake: line is now calm");
        assertThat(run.out()).doesNotContainPattern("[\u001b\u0000\u202e\r]").doesNotContain("\nfake: line");
    }
}
