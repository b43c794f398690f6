package io.agentstudio.logic.agentfile;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.testing.LineDiff;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The codec's promises, checked on every real agent file in ../shared (corpus and seeds). */
@CorpusTest
class CorpusCodecTest {
    private static final String HOSTILE_DESCRIPTION =
            "Use when: reviewing #1 'single' and \"double\" quotes, <example>user: hi</example>\nand a second line";

    static List<Path> agentFiles() {
        return SharedFiles.allAgentFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentFiles")
    void writesBackTheSameBytes(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);

        assertThat(AgentFileParser.toBytes(AgentFileParser.parse(bytes))).isEqualTo(bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentFiles")
    void settingAHostileDescriptionChangesOnlyItsLines(Path file) throws IOException {
        assertFieldEditIsLocal(file, "description", new FieldValue.Text(HOSTILE_DESCRIPTION), HOSTILE_DESCRIPTION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentFiles")
    void addingAColourChangesOnlyItsLines(Path file) throws IOException {
        assertFieldEditIsLocal(file, "color", new FieldValue.Text("blue"), "blue");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("agentFiles")
    void removingTheModelRemovesExactlyItsLines(Path file) throws IOException {
        AgentDocument original = AgentFileParser.parse(Files.readAllBytes(file));
        if (!original.isEditable()) {
            assertThatThrownBy(() -> FrontmatterEditor.remove(original, "model")).isInstanceOf(EditRefusedException.class);
            return;
        }
        Optional<FrontmatterField> model = original.field("model");
        AgentDocument updated = FrontmatterEditor.remove(original, "model");

        assertThat(updated.field("model")).isEmpty();
        LineDiff diff = LineDiff.between(original.text(), updated.text());
        if (model.isEmpty()) {
            assertThat(diff.isEmpty()).isTrue();
        } else {
            assertThat(diff.updatedTo()).isEqualTo(diff.updatedFrom());
            assertThat(diff.originalFrom()).isEqualTo(model.get().firstLine());
            assertThat(diff.originalTo()).isEqualTo(model.get().lastLine() + 1);
        }
        assertOtherFieldsUnchanged(original, updated, "model");
    }

    private static void assertFieldEditIsLocal(Path file, String key, FieldValue value, Object expected) throws IOException {
        AgentDocument original = AgentFileParser.parse(Files.readAllBytes(file));
        if (!original.isEditable()) {
            assertThatThrownBy(() -> FrontmatterEditor.set(original, key, value))
                    .isInstanceOf(EditRefusedException.class).hasMessageContaining("YAML");
            return;
        }
        AgentDocument updated = FrontmatterEditor.set(original, key, value);

        AgentDocument reread = AgentFileParser.parse(AgentFileParser.toBytes(updated));
        assertThat(reread.value(key)).contains(expected);
        assertThat(reread.isEditable()).isTrue();

        LineDiff diff = LineDiff.between(original.text(), updated.text());
        Optional<FrontmatterField> before = original.field(key);
        if (diff.isEmpty()) {
            assertThat(before).as("only a field that already holds the value may leave the text as it was")
                    .hasValueSatisfying(f -> assertThat(f.value()).isEqualTo(expected));
        } else if (before.isPresent()) {
            assertThat(diff.originalFrom()).isGreaterThanOrEqualTo(before.get().firstLine());
            assertThat(diff.originalTo()).isLessThanOrEqualTo(before.get().lastLine() + 1);
        } else if (original.state() == FrontmatterState.CLOSED) {
            assertThat(diff.originalTo()).as("an added field only inserts lines").isEqualTo(diff.originalFrom());
            assertThat(diff.originalFrom()).isLessThanOrEqualTo(lineOfClosingFence(original));
        } else {
            assertThat(diff.originalTo()).isEqualTo(diff.originalFrom());
            assertThat(diff.originalFrom()).isZero();
        }
        assertOtherFieldsUnchanged(original, updated, key);
        assertThat(updated.body()).isEqualTo(original.body());
    }

    private static int lineOfClosingFence(AgentDocument document) {
        return io.agentstudio.model.TextLines.lineOf(document.text(), document.yamlEnd());
    }

    private static void assertOtherFieldsUnchanged(AgentDocument original, AgentDocument updated, String key) {
        List<String> keysBefore = original.fields().stream().map(FrontmatterField::key).filter(k -> !k.equals(key)).toList();
        List<String> keysAfter = updated.fields().stream().map(FrontmatterField::key).filter(k -> !k.equals(key)).toList();
        assertThat(keysAfter).isEqualTo(keysBefore);
        for (String other : keysBefore) {
            assertThat(updated.value(other)).isEqualTo(original.value(other));
        }
    }
}
