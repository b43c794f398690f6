package io.agentstudio.logic.graph;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DelegationSectionTest {
    private static final String[] WORDS = {"Works", "work", "WORK", "best", "with", "With", "Integration", "integrations",
        "agent", "Agents", "sub-agent", "other", "related", "peer", "partner", "Partners", "Delegation", "hand-off",
        "Handoffs", "handover", "escalation", "Escalate", "to", "coordination", "Collaborating", "assignments",
        "selection", "routing", "Routes", "upstream", "downstream", "receives", "received", "map", "Framework",
        "Workflow", "Team", "Notes", "and", "the", ":", "Working"};

    @Test
    void theStemTestNeverTurnsAwayATitleThePatternsAccept() {
        Random random = new Random(18);
        int accepted = 0;
        for (int n = 0; n < 50_000; n++) {
            StringBuilder title = new StringBuilder();
            int words = 1 + random.nextInt(5);
            for (int i = 0; i < words; i++) {
                title.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
            }
            String text = title.toString();
            for (Pattern like : new Pattern[] {DelegationSection.DELEGATION_LIKE, DelegationSection.LEAD_IN_LIKE}) {
                if (like.matcher(text).find()) {
                    accepted++;
                    assertThat(DelegationSection.holdsStem(text.toLowerCase(Locale.ROOT))).as(text).isTrue();
                }
            }
        }
        assertThat(accepted).isGreaterThan(10_000);
    }

    @Test
    void withAloneOpensNoSection() {
        assertThat(DelegationSection.ofHeading("Working with Legacy Code")).isEmpty();
        assertThat(DelegationSection.ofHeading("Works Best With")).isPresent();
        assertThat(DelegationSection.ofHeading("Integration with Other Agents")).isPresent();
        assertThat(DelegationSection.holdsStem("notes with examples")).isFalse();
    }
}
