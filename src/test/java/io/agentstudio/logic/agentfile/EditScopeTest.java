package io.agentstudio.logic.agentfile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditScopeTest {
    private static final String BEFORE = "---\nname: a\ndescription: Reviews code\nmodel: opus\n---\nBody\n";

    private static void check(String key, String after) {
        EditScope.requireOnly(key, AgentFileParser.parse(BEFORE), AgentFileParser.parse(after));
    }

    @Test
    void acceptsAnEditThatChangedOnlyItsKey() {
        assertThatCode(() -> check("model", BEFORE.replace("opus", "sonnet"))).doesNotThrowAnyException();
        assertThatCode(() -> check("model", BEFORE.replace("model: opus\n", ""))).doesNotThrowAnyException();
        assertThatCode(() -> check("color", BEFORE.replace("---\nBody", "color: red\n---\nBody"))).doesNotThrowAnyException();
    }

    @Test
    void refusesAnEditThatLostAnotherKey() {
        assertThatThrownBy(() -> check("model", "---\nmodel: sonnet\n---\nBody\n"))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageContaining("`model`").hasMessageContaining("`name`").hasMessageContaining("nothing was changed");
    }

    @Test
    void refusesAnEditThatChangedAnotherValueOrAddedAKey() {
        assertThatThrownBy(() -> check("model", BEFORE.replace("Reviews code", "Reviews").replace("opus", "sonnet")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("`description`");
        assertThatThrownBy(() -> check("model", BEFORE.replace("opus", "sonnet\ncolor: red")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("`color`");
    }

    @Test
    void refusesAnEditThatTouchedTheBody() {
        assertThatThrownBy(() -> check("model", BEFORE.replace("opus", "sonnet").replace("Body", "Bod")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("body");
    }

    @Test
    void refusesAnEditWhoseResultDoesNotParse() {
        assertThatThrownBy(() -> check("model", BEFORE.replace("opus", "[sonnet")))
                .isInstanceOf(EditRefusedException.class).hasMessageContaining("YAML");
    }
}
