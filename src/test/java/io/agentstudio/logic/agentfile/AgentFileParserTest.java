package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.CodecRules;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.LineEnding;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import io.agentstudio.model.TextLines;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Odd files as users have them: each parses without an exception, keeps every byte and says what is wrong. */
class AgentFileParserTest {

    private static AgentDocument parse(String text) {
        return AgentFileParser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertRoundTrips(byte[] bytes) {
        assertThat(AgentFileParser.toBytes(AgentFileParser.parse(bytes))).isEqualTo(bytes);
    }

    private static Problem only(AgentDocument document, String ruleId) {
        return document.problems().stream().filter(p -> p.ruleId().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + ruleId + " in " + document.problems()));
    }

    @Test
    void readsFieldsAndBodyOfAnOrdinaryFile() {
        AgentDocument doc = parse("---\nname: reviewer\ndescription: Reviews code\ntools: Read, Grep\n---\n# Reviewer\n");

        assertThat(doc.state()).isEqualTo(FrontmatterState.CLOSED);
        assertThat(doc.string("name")).contains("reviewer");
        assertThat(NameList.from(doc.value("tools").orElseThrow())).containsExactly("Read", "Grep");
        assertThat(doc.body()).isEqualTo("# Reviewer\n");
        assertThat(doc.problems()).isEmpty();
    }

    @Test
    void givesEachFieldItsFileLinesWhateverEndsTheLines() {
        // CRLF, a lone CR and LF end file lines; U+2028 and NEL end YAML lines only, so the file's line count lags behind.
        String text = "---\r\nname: a\rdescription: \"one\u2028two\u0085three\"\ntools:\n  - Read\n  - Grep\nmodel: opus\n---\nbody\n";

        AgentDocument doc = parse(text);

        assertThat(doc.fields()).extracting(f -> f.key() + " " + f.firstLine() + "-" + f.lastLine())
                .containsExactly("name 1-1", "description 2-2", "tools 3-5", "model 6-6");
        assertThat(doc.fields()).allSatisfy(f -> {
            assertThat(f.firstLine()).isEqualTo(TextLines.lineOf(text, f.startOffset()));
            assertThat(f.lastLine()).isEqualTo(TextLines.lineOf(text, f.endOffset() - 1));
        });
    }

    @Test
    void keepsAByteOrderMarkAndReportsIt() {
        byte[] bytes = ("\uFEFF---\nname: a\ndescription: b\n---\nbody\n").getBytes(StandardCharsets.UTF_8);
        AgentDocument doc = AgentFileParser.parse(bytes);

        assertThat(doc.hasBom()).isTrue();
        assertThat(doc.string("name")).contains("a");
        assertThat(only(doc, CodecRules.BOM).severity()).isEqualTo(Severity.ERROR);
        assertRoundTrips(bytes);
    }

    @Test
    void keepsCrlfAndALoneCarriageReturnAtTheEnd() {
        byte[] bytes = "---\r\nname: a\r\ndescription: b\r\n---\r\nbody line\r".getBytes(StandardCharsets.UTF_8);
        AgentDocument doc = AgentFileParser.parse(bytes);

        assertThat(doc.lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(doc.string("description")).contains("b");
        assertThat(doc.body()).isEqualTo("body line\r");
        assertRoundTrips(bytes);
    }

    @Test
    void keepsAFileWithoutFinalNewline() {
        byte[] bytes = "---\nname: a\ndescription: b\n---\nno newline at the end".getBytes(StandardCharsets.UTF_8);

        assertThat(AgentFileParser.parse(bytes).body()).isEqualTo("no newline at the end");
        assertRoundTrips(bytes);
    }

    @Test
    void reportsAFrontmatterThatIsNeverClosed() {
        AgentDocument doc = parse("---\nname: a\ndescription: b\n# Body without a closing fence\n");

        assertThat(doc.state()).isEqualTo(FrontmatterState.UNCLOSED);
        assertThat(doc.fields()).isEmpty();
        assertThat(only(doc, CodecRules.UNCLOSED_FRONTMATTER).message()).contains("never closed");
    }

    @Test
    void readsAFrontmatterClosedByALongDashLineAndWarns() {
        String fence = "-".repeat(56);
        AgentDocument doc = parse("---\n\nname: a\ndescription: b\n" + fence + "\n\n# Body\n");

        assertThat(doc.state()).isEqualTo(FrontmatterState.CLOSED);
        assertThat(doc.string("name")).contains("a");
        Problem problem = only(doc, CodecRules.CLOSING_FENCE);
        assertThat(problem.severity()).isEqualTo(Severity.WARNING);
        assertThat(problem.line()).isEqualTo(5);
        assertThat(doc.body()).isEqualTo("\n# Body\n");
    }

    @Test
    void reportsAFileWithoutFrontmatter() {
        AgentDocument doc = parse("# Backend Specialist\n\nYou build APIs.\n");

        assertThat(doc.state()).isEqualTo(FrontmatterState.NONE);
        assertThat(doc.body()).isEqualTo(doc.text());
        assertThat(only(doc, CodecRules.NO_FRONTMATTER).severity()).isEqualTo(Severity.ERROR);
        assertThat(doc.isEditable()).isTrue();
    }

    @Test
    void reportsYamlErrorsWithTheLineAndColumnInTheFile() {
        AgentDocument doc = parse("---\nname: a\ndescription: Use it. Example: user: hi\n---\nbody\n");

        Problem problem = only(doc, CodecRules.YAML_SYNTAX);
        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isGreaterThan(1);
        assertThat(problem.message()).contains("mapping values are not allowed").contains("quote");
        assertThat(doc.isEditable()).isFalse();
        assertThat(doc.fields()).isEmpty();
    }

    @Test
    void reportsTabsUsedForIndentation() {
        AgentDocument doc = parse("---\nname: a\ntools:\n\t- Read\n---\n");

        Problem problem = only(doc, CodecRules.YAML_SYNTAX);
        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.message()).contains("tab");
    }

    @Test
    void reportsDuplicateKeysAsTheLoadersDo() {
        AgentDocument doc = parse("---\nname: a\nname: b\n---\n");

        assertThat(only(doc, CodecRules.YAML_SYNTAX).message()).contains("`name` appears twice").contains("lines 2 and 3");
    }

    @Test
    void reportsAFrontmatterThatIsNotAMapping() {
        AgentDocument doc = parse("---\n- a\n- b\n---\n");

        assertThat(only(doc, CodecRules.YAML_NOT_MAPPING).message()).contains("list");
        assertThat(doc.isEditable()).isFalse();
    }

    @Test
    void keepsBytesThatAreNotUtf8AndReportsWhere() {
        byte[] bytes = {'-', '-', '-', '\n', 'n', 'a', 'm', 'e', ':', ' ', 'c', 'a', 'f', (byte) 0xE9, '\n', '-', '-', '-', '\n', 'b', (byte) 0x93, '\n'};
        AgentDocument doc = AgentFileParser.parse(bytes);

        assertThat(doc.invalidUtf8Bytes()).isEqualTo(2);
        Problem problem = only(doc, CodecRules.INVALID_UTF8);
        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(10);
        assertRoundTrips(bytes);
    }

    @Test
    void editingAFileWithForeignBytesKeepsThemInOtherLines() {
        byte[] bytes = {'-', '-', '-', '\n', 'n', 'a', 'm', 'e', ':', ' ', 'a', '\n', '-', '-', '-', '\n', 'b', (byte) 0x93, '\n'};
        AgentDocument edited = FrontmatterEditor.set(AgentFileParser.parse(bytes), "model", new io.agentstudio.model.FieldValue.Text("opus"));

        byte[] written = AgentFileParser.toBytes(edited);
        assertThat(new String(written, StandardCharsets.ISO_8859_1)).endsWith("model: opus\n---\nb\u0093\n");
    }

    @Test
    void readsAnEmptyFileAsEmptyAndSaysSo() {
        AgentDocument doc = AgentFileParser.parse(new byte[0]);

        assertThat(doc.state()).isEqualTo(FrontmatterState.NONE);
        assertThat(only(doc, CodecRules.EMPTY_FILE).severity()).isEqualTo(Severity.ERROR);
        assertRoundTrips(new byte[0]);
    }

    @Test
    void readsToolsWrittenAsBlockAndFlowLists() {
        AgentDocument block = parse("---\ntools:\n  - Read\n  - Bash\n---\n");
        AgentDocument flow = parse("---\ntools: [Read, Bash]\n---\n");
        AgentDocument spawning = parse("---\ntools: Read, Agent(code-reviewer, test-engineer)\n---\n");

        assertThat(NameList.from(block.value("tools").orElseThrow())).containsExactly("Read", "Bash");
        assertThat(NameList.from(flow.value("tools").orElseThrow())).containsExactly("Read", "Bash");
        assertThat(NameList.from(spawning.value("tools").orElseThrow())).containsExactly("Read", "Agent(code-reviewer, test-engineer)");
    }

    @Test
    void keepsDatesAsTheTextTheAuthorWrote() {
        assertThat(parse("---\nupdated: 2026-01-31\n---\n").value("updated")).contains("2026-01-31");
    }
}
