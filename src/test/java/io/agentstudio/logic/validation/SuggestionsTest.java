package io.agentstudio.logic.validation;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestionsTest {
    private static final List<String> TOOLS = List.of("Read", "Write", "Edit", "Grep", "Glob", "WebFetch", "WebSearch");
    private static final List<String> FIELDS = List.of("name", "description", "tools", "permissionMode");

    @Test
    void prefersTheSameWordWrittenDifferently() {
        assertThat(Suggestions.closest("permission_mode", FIELDS)).contains("permissionMode");
        assertThat(Suggestions.closest("TOOLS", FIELDS)).contains("tools");
    }

    @Test
    void findsTyposWithinAThirdOfTheWord() {
        assertThat(Suggestions.closest("Grpe", TOOLS)).contains("Grep");
        assertThat(Suggestions.closest("WebFecth", TOOLS)).contains("WebFetch");
        assertThat(Suggestions.closest("descriptoin", FIELDS)).contains("description");
    }

    @Test
    void findsAToolNameInsideALongerName() {
        assertThat(Suggestions.closest("WriteFile", TOOLS)).contains("Write");
        assertThat(Suggestions.closest("ReadFile", TOOLS)).contains("Read");
    }

    @Test
    void suggestsNothingForWordsThatAreOnlyAlike() {
        assertThat(Suggestions.closest("celestial_name", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("author", FIELDS)).isEmpty();
        assertThat(Suggestions.closest("Deploy", TOOLS)).isEmpty();
    }
}
