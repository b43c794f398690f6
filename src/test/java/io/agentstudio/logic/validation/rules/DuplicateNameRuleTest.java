package io.agentstudio.logic.validation.rules;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A name shared by many agents is reported on each with a few of the others named, not all of them. */
class DuplicateNameRuleTest {
    @Test
    void namesEveryOtherAgentUpToThreeAndCountsTheRest() {
        assertThat(DuplicateNameRule.message("Claude Code", "reviewer", List.of("a.md")))
                .isEqualTo("Another Claude Code agent is also named `reviewer`: a.md. Which one loads is undefined;"
                        + " give each agent its own name.");
        assertThat(DuplicateNameRule.message("Claude Code", "reviewer", List.of("a.md", "b.md", "c.md")))
                .startsWith("3 other Claude Code agents are also named `reviewer`: a.md, b.md, c.md. Which one");
        assertThat(DuplicateNameRule.message("Claude Code", "reviewer", List.of("a.md", "b.md", "c.md", "d.md", "e.md")))
                .startsWith("5 other Claude Code agents are also named `reviewer`: a.md, b.md, c.md and 2 more. Which one")
                .doesNotContain("d.md");
    }
}
