package io.agentstudio.gui.editor;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the question before quitting lists the agents with unsaved edits. */
class UnsavedNamesTest {

    @Test
    void namesAreJoinedAsASentenceSays() {
        assertThat(EditorTabsViewModel.listed(List.of("planner"))).isEqualTo("planner");
        assertThat(EditorTabsViewModel.listed(List.of("code-reviewer", "planner"))).isEqualTo("code-reviewer and planner");
        assertThat(EditorTabsViewModel.listed(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    }

    @Test
    void pastFiveNamesTheRestAreCounted() {
        assertThat(EditorTabsViewModel.listed(List.of("a", "b", "c", "d", "e", "f"))).isEqualTo("a, b, c, d, e and 1 other agent");
        assertThat(EditorTabsViewModel.listed(List.of("a", "b", "c", "d", "e", "f", "g"))).isEqualTo("a, b, c, d, e and 2 other agents");
    }
}
