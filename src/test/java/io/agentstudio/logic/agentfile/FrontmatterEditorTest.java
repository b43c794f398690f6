package io.agentstudio.logic.agentfile;

import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FieldValue.ListForm;
import io.agentstudio.model.ValueStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FrontmatterEditorTest {
    private static final String AGENT = """
            ---
            # the team's reviewer
            name: reviewer
            description: "Reviews code"   # quoted on purpose
            tools:
              - Read
              - Grep

            model: sonnet
            ---
            # Reviewer
            """;

    private static AgentDocument parse(String text) {
        return AgentFileParser.parse(text);
    }

    @Test
    void replacesOnlyTheEditedFieldAndKeepsItsQuoting() {
        AgentDocument edited = FrontmatterEditor.set(parse(AGENT), "description", new FieldValue.Text("Reviews pull requests"));

        assertThat(edited.text()).isEqualTo(AGENT.replace("description: \"Reviews code\"   # quoted on purpose",
                "description: \"Reviews pull requests\"   # quoted on purpose"));
    }

    @Test
    void writesAFieldInTheStyleItHadBeforeTypingWhenThatStyleCanHoldTheValue() {
        String text = "---\nname: a\ndescription: 'Use '\nmodel: sonnet\n---\nBody.\n";

        AgentDocument plain = FrontmatterEditor.set(parse(text), "description", new FieldValue.Text("Use when"), ValueStyle.PLAIN);
        AgentDocument mustQuote = FrontmatterEditor.set(parse(text), "description", new FieldValue.Text("Use: this"), ValueStyle.PLAIN);

        assertThat(plain.text()).isEqualTo(text.replace("'Use '", "Use when"));
        assertThat(mustQuote.text()).as("a plain value cannot hold ': '").isEqualTo(text.replace("'Use '", "'Use: this'"));
    }

    @Test
    void keepsTheCommentAtTheEndOfTheEditedFieldsLine() {
        String text = "---\nname: a\nmodel: sonnet\t# cheap for now\ncolor: \"blue # not a comment\" # why blue\n---\nBody.\n";

        AgentDocument model = FrontmatterEditor.set(parse(text), "model", new FieldValue.Text("opus"));
        AgentDocument color = FrontmatterEditor.set(parse(text), "color", new FieldValue.Text("green"));

        assertThat(model.text()).isEqualTo(text.replace("model: sonnet\t#", "model: opus\t#"));
        assertThat(color.text()).isEqualTo(text.replace("\"blue # not a comment\" #", "\"green\" #"));
    }

    @Test
    void aHashInsideAPlainValueIsNotAComment() {
        String text = "---\nname: a\ndescription: C# and F#experts\n---\n";

        AgentDocument edited = FrontmatterEditor.set(parse(text), "description", new FieldValue.Text("Go experts"));

        assertThat(edited.text()).isEqualTo("---\nname: a\ndescription: Go experts\n---\n");
    }

    @Test
    void aCommentStaysWhenTheValueBecomesABlock() {
        String text = "---\nname: a\ndescription: short # say more\n---\n";

        AgentDocument edited = FrontmatterEditor.set(parse(text), "description", new FieldValue.Text("line one\nline two\n"));

        assertThat(edited.value("description")).contains("line one\nline two\n");
        assertThat(edited.text()).contains("# say more");
    }

    @Test
    void keepsABlockListInItsForm() {
        AgentDocument edited = FrontmatterEditor.set(parse(AGENT), "tools", new FieldValue.Items(List.of("Read", "Bash"), ListForm.COMMA_STRING));

        assertThat(edited.text()).contains("tools:\n  - Read\n  - Bash\n\nmodel: sonnet\n");
    }

    @Test
    void keepsAFlowListAndACommaStringInTheirForms() {
        AgentDocument flow = FrontmatterEditor.set(parse("---\ntools: [Read]\n---\n"), "tools",
                new FieldValue.Items(List.of("Read", "Write"), ListForm.BLOCK_LIST));
        AgentDocument comma = FrontmatterEditor.set(parse("---\ntools: Read\n---\n"), "tools",
                new FieldValue.Items(List.of("Read", "Write"), ListForm.BLOCK_LIST));

        assertThat(flow.text()).isEqualTo("---\ntools: [Read, Write]\n---\n");
        assertThat(comma.text()).isEqualTo("---\ntools: Read, Write\n---\n");
    }

    @Test
    void appendsANewFieldAtTheEndOfTheFrontmatter() {
        AgentDocument edited = FrontmatterEditor.set(parse(AGENT), "color", new FieldValue.Text("blue"));

        assertThat(edited.text()).isEqualTo(AGENT.replace("model: sonnet\n---", "model: sonnet\ncolor: blue\n---"));
    }

    @Test
    void removesExactlyTheFieldsLines() {
        AgentDocument edited = FrontmatterEditor.remove(parse(AGENT), "tools");

        assertThat(edited.text()).isEqualTo(AGENT.replace("tools:\n  - Read\n  - Grep\n", ""));
    }

    @Test
    void removingAMissingFieldChangesNothing() {
        AgentDocument doc = parse(AGENT);

        assertThat(FrontmatterEditor.remove(doc, "color").text()).isEqualTo(AGENT);
    }

    @Test
    void givesAFileWithoutFrontmatterOne() {
        AgentDocument edited = FrontmatterEditor.set(parse("# Helper\r\n\r\nBody\r\n"), "name", new FieldValue.Text("helper"));

        assertThat(edited.text()).isEqualTo("---\r\nname: helper\r\n---\r\n# Helper\r\n\r\nBody\r\n");
        assertThat(edited.hasFrontmatter()).isTrue();
    }

    @Test
    void writesNewLinesWithTheFilesLineEndingsAndKeepsTheBom() {
        String original = "\uFEFF---\r\nname: a\r\n---\r\nbody\r";
        AgentDocument edited = FrontmatterEditor.set(parse(original), "description", new FieldValue.Text("two\nlines"));

        assertThat(edited.text()).isEqualTo("\uFEFF---\r\nname: a\r\ndescription: |-\r\n  two\r\n  lines\r\n---\r\nbody\r");
    }

    @Test
    void writesTypedValuesPlain() {
        AgentDocument edited = FrontmatterEditor.set(FrontmatterEditor.set(parse("---\nname: a\n---\n"),
                "maxTurns", new FieldValue.Int(12)), "background", new FieldValue.Bool(true));

        assertThat(edited.text()).isEqualTo("---\nname: a\nmaxTurns: 12\nbackground: true\n---\n");
        assertThat(edited.value("maxTurns")).contains(12);
        assertThat(edited.value("background")).contains(true);
    }

    @Test
    void writesRawYamlForOtherFields() {
        AgentDocument edited = FrontmatterEditor.set(parse("---\nname: a\n---\n"), "metadata", new FieldValue.Raw("team: core\nlevel: 2"));

        assertThat(edited.text()).isEqualTo("---\nname: a\nmetadata:\n  team: core\n  level: 2\n---\n");
        assertThat(edited.value("metadata")).contains(Map.of("team", "core", "level", 2));
    }

    @Test
    void refusesRawTextThatIsNotYaml() {
        assertThatThrownBy(() -> FrontmatterEditor.set(parse("---\nname: a\n---\n"), "x", new FieldValue.Raw("[unclosed")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesToEditAFrontmatterThatDoesNotParse() {
        assertThatThrownBy(() -> FrontmatterEditor.set(parse("---\nname: a: b\n---\n"), "model", new FieldValue.Text("opus")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("YAML");
    }

    @Test
    void refusesToEditAnUnclosedFrontmatter() {
        assertThatThrownBy(() -> FrontmatterEditor.set(parse("---\nname: a\n"), "model", new FieldValue.Text("opus")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("not closed");
    }

    @Test
    void replacingALiteralBlockKeepsTheCommentsAfterIt() {
        String text = "---\ndescription: |\n  old\n  text\n\n# about the model\nmodel: opus\n---\n";

        AgentDocument edited = FrontmatterEditor.set(parse(text), "description", new FieldValue.Text("new\ntext\n"));

        assertThat(edited.text()).isEqualTo("---\ndescription: |\n  new\n  text\n\n# about the model\nmodel: opus\n---\n");
    }

    private static final String FLOW = "---\n{name: flowtop, description: Reviews code, model: opus}\n---\nBody\n";
    private static final String JSON = "---\n{\"name\": \"x\", \"description\": \"y\", \"tools\": \"Read\", \"model\": \"opus\"}\n---\nBody\n";
    private static final String JSON_LINES = "---\n{\n  \"name\": \"x\",\n  \"description\": \"y\",\n  \"tools\": \"Read\",\n"
            + "  \"model\": \"opus\"\n}\n---\nBody\n";

    @Test
    void setsAFieldInsideAFlowMappingFrontmatter() {
        AgentDocument edited = FrontmatterEditor.set(parse(FLOW), "description", new FieldValue.Text("Reviews pull requests"));

        assertThat(edited.text()).isEqualTo(FLOW.replace("Reviews code", "Reviews pull requests"));
    }

    @Test
    void setsAFieldInsideAJsonFrontmatterAndKeepsItJson() {
        AgentDocument edited = FrontmatterEditor.set(parse(JSON), "model", new FieldValue.Text("sonnet"));

        assertThat(edited.text()).isEqualTo(JSON.replace("\"opus\"", "\"sonnet\""));
    }

    @Test
    void addsAFieldInsideAFlowMappingInTheMappingsOwnLayout() {
        AgentDocument oneLine = FrontmatterEditor.set(parse(FLOW), "color", new FieldValue.Text("blue"));
        AgentDocument json = FrontmatterEditor.set(parse(JSON_LINES), "tools", new FieldValue.Items(List.of("Read", "Grep"), ListForm.FLOW_LIST));
        AgentDocument added = FrontmatterEditor.set(parse(JSON_LINES), "maxTurns", new FieldValue.Int(3));

        assertThat(oneLine.text()).isEqualTo(FLOW.replace("model: opus}", "model: opus, color: blue}"));
        assertThat(json.text()).isEqualTo(JSON_LINES.replace("\"tools\": \"Read\"", "\"tools\": \"Read, Grep\""));
        assertThat(added.text()).isEqualTo(JSON_LINES.replace("\"opus\"\n}", "\"opus\",\n  \"maxTurns\": 3\n}"));
    }

    @Test
    void removesAFieldFromAFlowMappingWithItsComma() {
        assertThat(FrontmatterEditor.remove(parse(FLOW), "model").text()).isEqualTo(FLOW.replace(", model: opus", ""));
        assertThat(FrontmatterEditor.remove(parse(FLOW), "name").text()).isEqualTo(FLOW.replace("name: flowtop, ", ""));
        assertThat(FrontmatterEditor.remove(parse(JSON), "model").text()).isEqualTo(JSON.replace(", \"model\": \"opus\"", ""));
        assertThat(FrontmatterEditor.remove(parse(JSON_LINES), "model").text())
                .isEqualTo(JSON_LINES.replace(",\n  \"model\": \"opus\"", ""));
        assertThat(FrontmatterEditor.remove(parse("---\n{\n  \"name\": \"x\"\n}\n---\n"), "name").text()).isEqualTo("---\n{}\n---\n");
    }

    @Test
    void editsFlowMappingsWithNullsNoEntriesAndCharactersOutsideTheBmp() {
        String emoji = "---\r\n{name: \"a😀b\", description: caf\u00e9 🔗, model: }\r\n---\r\nBody\r\n";

        assertThat(FrontmatterEditor.set(parse(emoji), "model", new FieldValue.Text("opus")).text())
                .isEqualTo(emoji.replace("model: }", "model: opus }"));
        assertThat(FrontmatterEditor.set(parse("---\n{name: a, background}\n---\n"), "background", new FieldValue.Bool(true)).text())
                .isEqualTo("---\n{name: a, background: true}\n---\n");
        assertThat(FrontmatterEditor.set(parse("---\n{}\n---\n"), "name", new FieldValue.Text("a")).text())
                .isEqualTo("---\n{name: a}\n---\n");
        assertThat(FrontmatterEditor.remove(parse(emoji), "description").text()).isEqualTo(emoji.replace(" description: caf\u00e9 🔗,", ""));
    }

    @Test
    void refusesABlockValueInsideAFlowMappingAndWritesRawStringsAsFlowEntries() {
        assertThatThrownBy(() -> FrontmatterEditor.set(parse(FLOW), "metadata", new FieldValue.Raw("team: core\nlevel: 2")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("several lines").hasMessageContaining("nothing was changed");
        assertThat(FrontmatterEditor.set(parse(JSON), "note", new FieldValue.Raw("first, then\n  second")).text())
                .isEqualTo(JSON.replace("\"opus\"}", "\"opus\", \"note\": \"first, then second\"}"));
        assertThat(FrontmatterEditor.set(parse(FLOW), "note", new FieldValue.Raw("# only a comment")).text())
                .isEqualTo(FLOW.replace("opus}", "opus, note: null}"));
    }

    @Test
    void refusesToRemoveAFlowFieldWhoseCommentWouldGoWithIt() {
        String text = "---\n{name: a,  # the agent\n model: opus}\n---\n";

        assertThatThrownBy(() -> FrontmatterEditor.remove(parse(text), "model"))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("comment");
    }

    static List<String> hostileValues() {
        return List.of(
        "plain words", "key: value inside", "ends with colon:", "has # hash", "x #y", "'single'", "\"double\"",
        "it's", "both ' and \"", "<example>user: hi</example>", "*alias", "&anchor", "!tag", "@at", "`tick`", "%pct",
        "|pipe", ">fold", "[bracket", "{brace", "- dash", "? question", "true", "False", "no", "yes", "on", "Off", "y",
        "N", "null", "~", "", " ", "  leading spaces", "trailing spaces  ", "123", "-1.5", "0x1F", "0o17", "1e3", ".inf",
        ".NaN", "2026-01-01", "12:30", "line one\nline two", "ends with newline\n", "two trailing\n\n", "\nleading newline",
        "indented\n  second line", " starts with space\nsecond", "blank\n \nline", "tab\there", "crlf\r\nline",
        "emoji 🔗 and café", "back\\slash", "control\u0007char", "nel\u0085char", "bom\uFEFFinside", "=", "a,b,c",
        "long ".repeat(300));
    }

    @ParameterizedTest
    @MethodSource("hostileValues")
    void everyValueReadsBackExactlyAsWritten(String value) {
        for (String base : List.of("---\nname: a\n---\nbody\n", "---\ndescription: \"old\"\n---\n", "---\ndescription: |\n  old\n---\n",
                "---\ndescription: 'old'\n---\n", "# no frontmatter\n", FLOW, JSON, JSON_LINES)) {
            AgentDocument edited = FrontmatterEditor.set(parse(base), "description", new FieldValue.Text(value));

            AgentDocument reread = AgentFileParser.parse(edited.text());
            assertThat(reread.value("description")).as("in %s", base).contains(value);
            parse(base).fields().stream().filter(f -> !f.key().equals("description"))
                    .forEach(f -> assertThat(reread.value(f.key())).as("%s in %s", f.key(), base).isEqualTo(Optional.of(f.value())));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Read", "mcp__github__create_issue", "Agent(a, b)", "Bash(git diff:*)", "has, comma", "[x]", "it's"})
    void everyListItemReadsBackInEveryForm(String item) {
        for (ListForm form : ListForm.values()) {
            if (form == ListForm.COMMA_STRING && item.contains(",") && !item.contains("(")) {
                continue;
            }
            AgentDocument edited = FrontmatterEditor.set(parse("---\nname: a\n---\n"), "tools", new FieldValue.Items(List.of("Read", item), form));

            assertThat(NameList.from(edited.value("tools").orElseThrow())).as("%s", form).containsExactly("Read", item);
        }
    }
}
