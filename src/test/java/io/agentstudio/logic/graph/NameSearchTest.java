package io.agentstudio.logic.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The searches from the characters every match holds find what a search of the whole text finds. */
class NameSearchTest {
    private static final List<String> TRICKY = List.of("", "a", "-", "a-b", "-a-b", "a--b", "code-reviewer", "v1.2",
            "x v1.2.3 y", "api.v2", "Code-Reviewer", "a\u2011b", "a\u2013b", "a-\u2011b", "@a-b", "/a-b", "a-b/c",
            "a-b.", "a-b.c", "abc-d-e-f.1", "a_b-c", "9-9", "e.g. a-b", "Xa-b c-d", "a-b-", "a-b-@", "agent", "AGENT",
            "aGeNt", "subagent", "sub-agent", "Sub-Agent", "sub--agent", "-agent", "xagent", "agents", "agentic agent",
            "the debugger agent and sub-agent", "agen", "suba gent", "subsubagent", "a-agent", "sub-sub-agent");

    private interface Search {
        boolean next(Matcher matcher, String text, int from);
    }

    @Test
    void slugsAreFoundAsAWholeSearchFindsThem() {
        assertSameMatches(NameSearch.PLAIN_SLUG, NameSearch::nextSlug, "a", "code", "z9", "0", "-", "-", ".", "\u2010",
                "\u2011", "\u2012", "\u2013", "\u2014", " ", " ", " code-reviewer ", " v1.2 ", "_", "@", "/", "\\", "A", "Z1", "é");
    }

    @Test
    void agentWordsAreFoundAsAWholeSearchFindsThem() {
        assertSameMatches(NameSearch.AGENT_WORD, NameSearch::nextAgentWord, "agent", "AGENT", "aGent", "agen", "a", "t",
                "sub", "SUB", "-", " ", " ", "_", "x", "s", ".", "@", "\u0130", "\u212A", "é");
    }

    private static void assertSameMatches(Pattern pattern, Search search, String... pieces) {
        List<String> texts = new ArrayList<>(TRICKY);
        Random random = new Random(18);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            texts.add(text.toString());
        }
        int matches = 0;
        Matcher matcher = NameSearch.matcher(pattern);
        for (String text : texts) {
            List<String> whole = whole(pattern.matcher(text));
            matches += whole.size();
            assertThat(searched(matcher.reset(text), text, search)).as(text).isEqualTo(whole);
        }
        assertThat(matches).isGreaterThan(1_000);
    }

    private static List<String> whole(Matcher matcher) {
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        return found;
    }

    private static List<String> searched(Matcher matcher, String text, Search search) {
        List<String> found = new ArrayList<>();
        for (int from = 0; search.next(matcher, text, from); from = matcher.end()) {
            found.add(matcher.start() + ":" + matcher.group());
        }
        return found;
    }
}
