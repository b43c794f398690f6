package io.agentstudio.logic.validation;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

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

    /** The three-row distance equals the textbook table over every pair of short random words. */
    @Test
    void distanceAgreesWithTheWholeTable() {
        Random random = new Random(18);
        for (int n = 0; n < 20_000; n++) {
            String a = word(random);
            String b = word(random);
            assertThat(Suggestions.distance(a, b)).as("%s / %s", a, b).isEqualTo(wholeTable(a, b));
        }
        assertThat(Suggestions.distance("Grpe", "Grep")).isEqualTo(1);
        assertThat(Suggestions.distance("", "Read")).isEqualTo(4);
        assertThat(Suggestions.distance("Read", "")).isEqualTo(4);
    }

    private static String word(Random random) {
        StringBuilder word = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            word.append("abcE".charAt(random.nextInt(4)));
        }
        return word.toString();
    }

    private static int wholeTable(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
