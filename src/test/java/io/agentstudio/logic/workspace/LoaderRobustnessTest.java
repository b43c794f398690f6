package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static io.agentstudio.logic.workspace.WorkspaceFixture.concat;
import static io.agentstudio.logic.workspace.WorkspaceFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** Hostile or odd files never stop a load, and whatever loads is written back byte for byte. */
class LoaderRobustnessTest {
    @TempDir
    Path dir;

    static Stream<Arguments> oddFiles() {
        byte[] nulLate = new byte[9000];
        Arrays.fill(nulLate, (byte) 'x');
        nulLate[8500] = 0;
        return Stream.of(
                Arguments.of("only an opening fence", utf8("---")),
                Arguments.of("only a BOM", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}),
                Arguments.of("empty frontmatter", utf8("---\n---\nbody\n")),
                Arguments.of("fence with trailing blanks", utf8("--- \t\nname: a\ndescription: b\n---  \nbody")),
                Arguments.of("closing fence of 56 dashes", utf8("---\nname: a\ndescription: b\n" + "-".repeat(56) + "\nbody\n")),
                Arguments.of("lone CR line endings", utf8("---\rname: a\rdescription: b\r---\rbody\r")),
                Arguments.of("mixed line endings", utf8("---\r\nname: a\ndescription: b\r---\r\nbody\n")),
                Arguments.of("tab-indented YAML", utf8("---\nname: a\n\tdescription: b\n---\n")),
                Arguments.of("YAML that is a list", utf8("---\n- a\n- b\n---\n")),
                Arguments.of("YAML that is a scalar", utf8("---\njust text\n---\n")),
                Arguments.of("complex key", utf8("---\n? [a, b]\n: c\nname: x\n---\n")),
                Arguments.of("duplicate keys", utf8("---\nname: a\nname: b\n---\n")),
                Arguments.of("anchors and aliases", utf8("---\nname: &n a\ndescription: *n\n---\n")),
                Arguments.of("alias bomb", utf8("---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                        + "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                        + "e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n---\n")),
                Arguments.of("deep nesting", utf8("---\nname: " + "[".repeat(5000) + "]".repeat(5000) + "\n---\n")),
                Arguments.of("unterminated quote", utf8("---\nname: \"a\ndescription: b\n---\n")),
                Arguments.of("custom tag", utf8("---\nname: !!python/object:os.system x\n---\n")),
                Arguments.of("timestamp and numbers", utf8("---\nname: 2024-01-01\ndescription: 0x1F\nmaxTurns: 1e3\n---\n")),
                Arguments.of("NUL byte after the binary sniffing window", nulLate),
                Arguments.of("CESU-8 surrogate bytes", concat(utf8("---\nname: a\ndescription: "),
                        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("\n---\n"))),
                Arguments.of("truncated multi-byte sequence at the end", concat(utf8("---\nname: a\n---\nbody "),
                        new byte[] {(byte) 0xF0, (byte) 0x9F, (byte) 0x98})),
                Arguments.of("astral characters next to invalid bytes", concat(utf8("---\nname: \uD83C\uDC80"),
                        new byte[] {(byte) 0x80, (byte) 0xFE}, utf8("\uD83D\uDE00\n---\n"))),
                Arguments.of("overlong encoding of slash", concat(utf8("---\nname: a"), new byte[] {(byte) 0xC0, (byte) 0xAF},
                        utf8("b\n---\n"))),
                Arguments.of("Unicode line separators", "---\nname: a\u2028b\ndescription: c\u0085d\n---\n".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oddFiles")
    void loadsOddFilesWithoutFailingAndKeepsTheirBytes(String description, byte[] bytes) throws IOException {
        WorkspaceFixture fixture = new WorkspaceFixture(dir);
        fixture.write(".claude/agents/odd.md", bytes);
        fixture.write(".claude/agents/fine.md", WorkspaceFixture.agent("fine"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).contains("fine");
        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.agents()).filteredOn(a -> a.path().getFileName().toString().equals("odd.md")).singleElement()
                .satisfies(odd -> assertThat(AgentFileParser.toBytes(odd.document())).isEqualTo(bytes));
    }
}
