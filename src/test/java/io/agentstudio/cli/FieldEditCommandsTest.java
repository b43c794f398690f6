package io.agentstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class FieldEditCommandsTest {
    private static final String AGENT = "---\r\nname: reviewer\r\ndescription: Reviews code # for real\r\nmodel: sonnet\r\n---\r\nBody\r\n";

    @TempDir
    Path dir;

    private Path agent() throws IOException {
        return Files.writeString(dir.resolve("reviewer.md"), AGENT);
    }

    @Test
    void setsFieldsAsTheirTypesAndKeepsEverythingElse() throws IOException {
        Path file = agent();

        CliRun run = CliRun.of("set", file.toString(), "tools=Read, Grep, Agent(a, b)", "maxTurns=12", "background=true",
                "model=opus", "version=1.10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo("---\r\nname: reviewer\r\ndescription: Reviews code # for real\r\nmodel: opus\r\n"
                + "tools: Read, Grep, Agent(a, b)\r\nmaxTurns: 12\r\nbackground: true\r\nversion: 1.10\r\n---\r\nBody\r\n");
    }

    @Test
    void quotesAValueThatWouldBreakTheYaml() throws IOException {
        Path file = agent();

        CliRun.of("set", file.toString(), "description=Use when: the user asks #now");

        assertThat(Files.readString(file)).contains("description: 'Use when: the user asks #now' # for real\r\n");
    }

    @Test
    void refusesAValueOfTheWrongTypeWithOneLineAndLeavesTheFile() throws IOException {
        Path file = agent();

        CliRun run = CliRun.of("set", file.toString(), "maxTurns=many");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("agent-studio: " + file + ": maxTurns takes a whole number, not 'many'");
        assertThat(Files.readString(file)).isEqualTo(AGENT);
    }

    @Test
    void refusesAnArgumentThatIsNotKeyEqualsValue() throws IOException {
        CliRun run = CliRun.of("set", agent().toString(), "model");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'model' is not KEY=VALUE").doesNotContain("Exception");
    }

    @Test
    void unsetRemovesExactlyTheFieldsLines() throws IOException {
        Path file = agent();

        CliRun run = CliRun.of("unset", file.toString(), "model", "color");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(file)).isEqualTo(AGENT.replace("model: sonnet\r\n", ""));
    }

    @Test
    void refusesToEditAFileWhoseYamlDoesNotParse() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.md"), "---\nname: a\ndescription: Example: user: hi\n---\n");

        CliRun run = CliRun.of("set", file.toString(), "model=opus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("YAML").contains("line 3").doesNotContain("\tat ");
    }

    @Test
    void exitsWithTwoForAMissingFile() {
        CliRun run = CliRun.of("unset", dir.resolve("missing.md").toString(), "model");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).endsWith("missing.md: no such file or folder");
    }
    private static final String FLOW = "---\n{name: flowtop, description: Reviews code, model: opus}\n---\nBody\n";
    private static final String JSON = "---\n{\"name\": \"x\", \"description\": \"y\", \"tools\": \"Read\", \"model\": \"opus\"}\n---\nBody\n";
    private static final String JSON_LINES = "---\n{\n  \"name\": \"x\",\n  \"description\": \"y\",\n  \"tools\": \"Read\",\n"
            + "  \"model\": \"opus\"\n}\n---\nBody\n";

    @Test
    void setKeepsTheOtherFieldsOfAFlowMappingFrontmatter() throws IOException {
        Path file = Files.writeString(dir.resolve("flowtop.md"), FLOW);

        CliRun run = CliRun.of("set", file.toString(), "description=Reviews pull requests");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo(FLOW.replace("Reviews code", "Reviews pull requests"));
    }

    @Test
    void setKeepsTheOtherFieldsOfAJsonFrontmatter() throws IOException {
        Path oneLine = Files.writeString(dir.resolve("json.md"), JSON);
        Path lines = Files.writeString(dir.resolve("json-lines.md"), JSON_LINES);

        CliRun first = CliRun.of("set", oneLine.toString(), "model=sonnet");
        CliRun second = CliRun.of("set", lines.toString(), "model=sonnet");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(Files.readString(oneLine)).isEqualTo(JSON.replace("\"opus\"", "\"sonnet\""));
        assertThat(Files.readString(lines)).isEqualTo(JSON_LINES.replace("\"opus\"", "\"sonnet\""));
    }

    @Test
    void unsetRemovesOnlyItsFieldFromAFlowOrJsonFrontmatter() throws IOException {
        Path flow = Files.writeString(dir.resolve("flowtop.md"), FLOW);
        Path json = Files.writeString(dir.resolve("json.md"), JSON);
        Path lines = Files.writeString(dir.resolve("json-lines.md"), JSON_LINES);

        for (Path file : new Path[] {flow, json, lines}) {
            CliRun run = CliRun.of("unset", file.toString(), "model");
            assertThat(run.exitCode()).as(run.err()).isZero();
        }

        assertThat(Files.readString(flow)).isEqualTo(FLOW.replace(", model: opus", ""));
        assertThat(Files.readString(json)).isEqualTo(JSON.replace(", \"model\": \"opus\"", ""));
        assertThat(Files.readString(lines)).isEqualTo(JSON_LINES.replace(",\n  \"model\": \"opus\"", ""));
    }
}
