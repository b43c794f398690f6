package io.agentstudio.logic.graph;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

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
    void slugShapeIsWhatTheSlugPatternMatches() {
        Pattern slug = Pattern.compile("[a-z0-9]+(?:[-_" + AgentNames.HYPHENS + "][a-z0-9]+|\\.[0-9]+)*");
        String[] pieces = {"a", "code", "z9", "0", "12", "-", "_", ".", "\u2010", "\u2011", "\u2013", "\u2014", " ", "A", "é", "/"};
        Random random = new Random(18);
        int slugs = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder written = new StringBuilder();
            int length = random.nextInt(7);
            for (int i = 0; i < length; i++) {
                written.append(pieces[random.nextInt(pieces.length)]);
            }
            boolean expected = slug.matcher(written).matches();
            slugs += expected ? 1 : 0;
            assertThat(AgentNames.isSlugShaped(written.toString())).as(written.toString()).isEqualTo(expected);
        }
        assertThat(slugs).isGreaterThan(2_000);
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
