package io.agentstudio.logic.graph;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a body may hold a link reference definition, which keeps it from being read in parts. */
class BodyPartsTest {

    @ParameterizedTest
    @ValueSource(strings = {"[guide]: https://example.com", "   [guide]: x", "> [guide]: x", ">> - [guide]: x",
        "- [guide]: x", "1. [guide]: x", "12)\t[guide]: x", "[a label\nover lines]: x", "[gu\\]ide]: x", "[guide]:",
        "Prose first.\n\n* [guide]: x"})
    void aLineThatMayStartADefinitionCounts(String body) {
        assertThat(BodyParts.mayHoldLinkDefinition(body.toCharArray(), 0)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"- [ ] A step", "- [x] Done", "[the guide](guide.md) says so", "Dict[str, Any]: a mapping",
        "**[Note]:** read it", "\\[guide]: x", "See [guide]: a reference in prose", "-[guide]: x", "[guide] : x"})
    void aCheckboxALinkOrABracketElsewhereDoesNot(String body) {
        assertThat(BodyParts.mayHoldLinkDefinition(body.toCharArray(), 0)).isFalse();
    }
}
