package io.agentstudio.logic.graph;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AgentNamesTest {

    @Test
    void everySpellingOfOneNameHasTheSameKey() {
        assertThat(AgentNames.key("code-reviewer")).isEqualTo("code-reviewer");
        assertThat(AgentNames.key("Code_Reviewer")).isEqualTo("code-reviewer");
        assertThat(AgentNames.key("Code Reviewer")).isEqualTo("code-reviewer");
        assertThat(AgentNames.key("code\u2011reviewer")).isEqualTo("code-reviewer");
        assertThat(AgentNames.key("UX/UI Architect")).isEqualTo("ux-ui-architect");
        assertThat(AgentNames.key("UI / UX Designer")).isEqualTo("ui-ux-designer");
    }

    @Test
    void keepsTheDotsOfVersionedNames() {
        assertThat(AgentNames.key("dotnet-framework-4.8-expert")).isEqualTo("dotnet-framework-4.8-expert");
        assertThat(AgentNames.key("Python DevOps/CI-CD Expert")).isEqualTo("python-devops-ci-cd-expert");
    }

    @Test
    void aNameWithoutHyphenIsASingleWord() {
        assertThat(AgentNames.isSingleWord("debugger")).isTrue();
        assertThat(AgentNames.isSingleWord("code-reviewer")).isFalse();
    }

    @Test
    void aKeyHasOneWordMoreThanHyphens() {
        for (String name : new String[] {"debugger", "code-reviewer", "Python DevOps/CI-CD Expert", "dotnet-framework-4.8-expert"}) {
            String key = AgentNames.key(name);
            assertThat(AgentNames.wordCount(key)).as(key).isEqualTo(key.split("-").length);
        }
    }

    @Test
    void slugShapeAllowsHyphenVariantsButNoCapitals() {
        assertThat(AgentNames.isSlugShaped("backend\u2011developer")).isTrue();
        assertThat(AgentNames.isSlugShaped("powershell-5.1-expert")).isTrue();
        assertThat(AgentNames.isSlugShaped("Backend Developer")).isFalse();
        assertThat(AgentNames.isSlugShaped("subagent-search-[1-5]")).isFalse();
    }

    @Test
    void displayNamesSpellCommonAcronyms() {
        assertThat(AgentNames.displayName("qa-engineer")).isEqualTo("QA Engineer");
        assertThat(AgentNames.displayName("devops-engineer")).isEqualTo("DevOps Engineer");
        assertThat(AgentNames.displayName("ios-developer")).isEqualTo("iOS Developer");
        assertThat(AgentNames.displayName("tech-lead")).isEqualTo("Tech Lead");
    }

    @Test
    void distanceStopsOnceOverTheLimit() {
        assertThat(AgentNames.distance("code-reviewer", "code-reviwer", 3)).isEqualTo(1);
        assertThat(AgentNames.distance("code-reviewer", "database-architect", 3)).isEqualTo(4);
    }
}
