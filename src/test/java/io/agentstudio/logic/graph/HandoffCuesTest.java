package io.agentstudio.logic.graph;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The cheap tests before the cue patterns never turn a match away. */
class HandoffCuesTest {
    private static final String[] WORDS = {"delegate", "Delegated", "DELEGATING", "hand", "hands", "handed", "handing",
        "handoff", "Handoffs", "off", "over", "back", "it", "this", "them", "work", "escalate", "escalated", "route",
        "routed", "routing", "spawn", "invoke", "ping", "receives", "accepts", "get", "gets", "getting", "take", "takes",
        "from", "From", "FROM", "by", "By", "to", "To", "the", "The", "THE", "a", "an", "me", "you", "us", "agent",
        "agent:", "owner:", "Agent:", "->", "=>", "→", "⇒", "(", ":", "tasks", "x/y", "sub-task", "use", "uses", "with",
        "via", "for", "sent", "assigned", "referred", "validated", "reviewed", "call", "ask", "notify", "support",
        "guide", "help", "consult", "coordinate", "and", "or", "thethe", "fromby", "by:"};
    private static final String[] SPACES = {" ", " ", " ", "  ", "\t", "\n", "", "\u00A0"};

    @Test
    void eachTestAgreesWithItsPattern() {
        List<String> clauses = new ArrayList<>(List.of("", " ", "delegate to ", "received from the ", "handed by ",
                "hand it off to ", "escalate to the", "routed by\t", "work with: ", "→", "use the  ", "taken from",
                "delegated to me by the ", "gets tasks from the THE ", "sent by the\u00A0", "x -> ", "owner:"));
        Random random = new Random(18);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder clause = new StringBuilder();
            int words = random.nextInt(7);
            for (int i = 0; i < words; i++) {
                clause.append(WORDS[random.nextInt(WORDS.length)]).append(SPACES[random.nextInt(SPACES.length)]);
            }
            clauses.add(clause.toString());
        }
        int[] matches = new int[3];
        for (String clause : clauses) {
            matches[0] += agrees(HandoffCues.HANDOFF, HandoffCues::handoff, clause);
            matches[1] += agrees(HandoffCues.STRICT_HANDOFF, HandoffCues::strictHandoff, clause);
            matches[2] += agrees(HandoffCues.INCOMING, HandoffCues::incoming, clause);
        }
        for (int count : matches) {
            assertThat(count).isGreaterThan(100); // the clauses do reach the patterns, not only the tests
        }
    }

    private static int agrees(Pattern pattern, Predicate<String> test, String clause) {
        boolean match = pattern.matcher(clause).find();
        assertThat(test.test(clause)).as(pattern.pattern().substring(0, 20) + " on '" + clause + "'").isEqualTo(match);
        return match ? 1 : 0;
    }
}
