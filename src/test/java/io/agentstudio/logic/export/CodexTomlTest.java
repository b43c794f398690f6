package io.agentstudio.logic.export;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A prompt with everything TOML strings must escape reaches Codex unchanged. */
class CodexTomlTest {
    @TempDir
    Path temp;

    @Test
    void oddPromptsRoundTripThroughToml() throws IOException {
        String body = "Quotes ''' and \"\"\" and a lone ' and \" in a row.\nA backslash \\ and \\n written out, C:\\path\\to.\n"
                + "A tab\there, a bell \u0007 and an escape \u001B[0m.\r\nWindows line, then a form feed \f and DEL \u007F.\n"
                + "Unicode: é, 🎉, a line separator \u2028 too.\n\n## Last heading\nno final newline";
        String description = "Reviews code: \"carefully\" # not a comment = not a key";
        Path workspace = ExportFixture.workspace(temp.resolve("ws"), Map.of("odd", ExportFixture.agent("odd", "'" + description.replace("'", "''") + "'", body)));

        ExportReport report = ExportFixture.service().run(ExportRequest.into(workspace, ExportTarget.CODEX, temp.resolve("out")), ExportProgress.NONE);

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        byte[] bytes = Files.readAllBytes(temp.resolve("out/.codex/agents/odd.toml"));
        assertThat(CodexFileCheck.problem(bytes)).isEmpty();
        JsonNode toml = CodexExporter.TOML.readTree(new String(bytes, StandardCharsets.UTF_8));
        assertThat(toml.path("name").asText()).isEqualTo("odd");
        assertThat(toml.path("description").asText()).isEqualTo(description);
        assertThat(toml.path("developer_instructions").asText()).isEqualTo(body);
    }

    @Test
    void aTomlFileWithoutInstructionsIsRefused() {
        byte[] toml = "name = \"a\"\ndescription = \"b\"\n".getBytes(StandardCharsets.UTF_8);

        assertThat(CodexFileCheck.problem(toml)).contains("has no developer_instructions, which Codex requires");
        assertThat(CodexFileCheck.problem("name = ".getBytes(StandardCharsets.UTF_8))).get().asString().startsWith("is not valid TOML");
    }
}
