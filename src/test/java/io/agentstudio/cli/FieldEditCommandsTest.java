package io.agentstudio.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void setWritesAnUnknownKeysTextAsAFlowEntryNeedsIt() throws IOException {
        Path file = Files.writeString(dir.resolve("flowtop.md"), FLOW);

        CliRun run = CliRun.of("set", file.toString(), "note=first, then: second", "version=1.10");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(file)).isEqualTo(FLOW.replace("model: opus}", "model: opus, note: 'first, then: second', version: 1.10}"));
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

    @Test
    void refusesToOverwriteAChangeAnotherProgramMadeWhileItRan() throws IOException {
        Path file = agent();
        String theirs = AGENT.replace("Body", "Their body");

        // The edit runs between the read and the write: the other program's change lands exactly there.
        assertThatThrownBy(() -> FieldEditCommand.edit(file, document -> {
            writeQuietly(file, theirs);
            return FrontmatterEditor.set(document, "model", new FieldValue.Text("opus"));
        })).isInstanceOfSatisfying(CliFailure.class, failure -> {
            assertThat(failure.exitCode()).isEqualTo(2);
            assertThat(failure.getMessage()).startsWith(file.toString()).contains("changed by another program")
                    .contains("nothing was written");
        });
        assertThat(Files.readString(file)).isEqualTo(theirs);
    }

    @Test
    void refusesWhenAnotherProgramDeletedTheFileWhileItRan() throws IOException {
        Path file = agent();

        assertThatThrownBy(() -> FieldEditCommand.edit(file, document -> {
            deleteQuietly(file);
            return FrontmatterEditor.remove(document, "model");
        })).isInstanceOf(CliFailure.class).hasMessageContaining("deleted by another program").hasMessageContaining("nothing was written");
        assertThat(file).doesNotExist();
    }

    @Test
    void refusesFilesOverTheSizeLimitWithoutReadingThem() throws IOException {
        Path file = dir.resolve("huge.md");
        try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(3L << 30);
        }

        for (String[] args : new String[][] {{"set", file.toString(), "model=opus"}, {"unset", file.toString(), "model"},
                {"roundtrip", file.toString()}}) {
            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as(args[0]).isEqualTo(args[0].equals("roundtrip") ? 1 : 2);
            assertThat(run.out() + run.err()).as(args[0]).contains("huge.md").contains("3072.0 MB")
                    .contains("agent files over 5 MB are not opened").doesNotContain("Error").doesNotContain("\tat ");
        }
        assertThat(Files.size(file)).isEqualTo(3L << 30);
    }

    @Test
    void refusesToEditABinaryFileAndSaysNothingWasWritten() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        Path file = Files.write(dir.resolve("image.md"), png);

        for (String[] args : new String[][] {{"set", file.toString(), "model=opus"}, {"unset", file.toString(), "model"}}) {
            CliRun run = CliRun.of(args);

            assertThat(run.exitCode()).as(args[0]).isEqualTo(2);
            assertThat(run.err().strip()).as(args[0]).startsWith("agent-studio: " + file).contains("binary")
                    .contains("Nothing was written").doesNotContain("\n");
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(png);
    }

    @Test
    void refusesToEditAUtf16FileAndSaysWhatItIs() throws IOException {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] text = "---\nname: wide\ndescription: UTF-16\n---\nBody\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16 = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, utf16, 0, bom.length);
        System.arraycopy(text, 0, utf16, bom.length, text.length);
        Path file = Files.write(dir.resolve("wide.md"), utf16);

        CliRun run = CliRun.of("set", file.toString(), "model=opus");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("UTF-16").contains("Nothing was written");
        assertThat(Files.readAllBytes(file)).isEqualTo(utf16);
    }

    private static void writeQuietly(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
