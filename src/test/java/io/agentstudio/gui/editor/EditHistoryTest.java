package io.agentstudio.gui.editor;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.AgentDocument;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Typing undoes as a run of letters, not letter by letter; a pause, another field or a save starts a new step. */
class EditHistoryTest {
    private long now = 10_000;
    private final EditHistory history = new EditHistory(() -> now);

    private static AgentDocument description(String text) {
        return AgentFileParser.parse("---\nname: a\ndescription: " + text + "\n---\nBody.\n");
    }

    private void type(String key, String before, String after, long pauseMillis) {
        now += pauseMillis;
        history.record("Edit " + key, key, description(before), description(after));
    }

    @Test
    void lettersTypedWithoutAPauseAreOneStep() {
        type("description", "x", "xa", 0);
        type("description", "xa", "xab", 300);
        type("description", "xab", "xabc", EditHistory.MERGE_WINDOW_MILLIS);

        assertThat(history.undo()).hasValueSatisfying(step -> {
            assertThat(step.before()).isEqualTo(description("x"));
            assertThat(step.after()).isEqualTo(description("xabc"));
        });
        assertThat(history.undo()).isEmpty();
    }

    @Test
    void aPauseLongerThanTheWindowStartsANewStep() {
        type("description", "x", "xa", 0);
        type("description", "xa", "xab", EditHistory.MERGE_WINDOW_MILLIS + 1);

        assertThat(history.undo()).hasValueSatisfying(step -> assertThat(step.before()).isEqualTo(description("xa")));
        assertThat(history.undo()).hasValueSatisfying(step -> assertThat(step.before()).isEqualTo(description("x")));
    }

    @Test
    void anotherFieldOrABreakStartsANewStep() {
        type("description", "x", "xa", 0);
        type("name", "xa", "xb", 10);
        history.breakMerge();
        type("name", "xb", "xc", 10);

        assertThat(history.undo()).hasValueSatisfying(step -> assertThat(step.before()).isEqualTo(description("xb")));
        assertThat(history.undo()).hasValueSatisfying(step -> assertThat(step.before()).isEqualTo(description("xa")));
        assertThat(history.undo()).hasValueSatisfying(step -> assertThat(step.before()).isEqualTo(description("x")));
    }

    @Test
    void aNewEditAfterUndoDropsTheRedo() {
        type("description", "x", "xa", 0);
        history.undo();
        assertThat(history.redoDescription()).contains("Edit description");

        type("description", "x", "xz", 5_000);

        assertThat(history.redo()).isEmpty();
    }
}
