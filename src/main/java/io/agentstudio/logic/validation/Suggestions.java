package io.agentstudio.logic.validation;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the known word closest to what was written, when one is close enough to be a typo. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The closest candidate: one equal but for case, hyphens and underscores first; then the nearest by edit distance
     * (a transposition counts once) within a third of the word's length; then the longest candidate the word starts or
     * ends with, when the rest is no longer than the candidate ({@code WriteFile} for {@code Write}, but not
     * {@code celestial_name} for {@code name}).
     */
    public static Optional<String> closest(String written, Collection<String> candidates) {
        String normalized = normalize(written);
        for (String candidate : candidates) {
            if (normalize(candidate).equals(normalized)) {
                return Optional.of(candidate);
            }
        }
        return nearest(written, candidates).or(() -> containedIn(normalized, candidates));
    }

    private static Optional<String> containedIn(String normalized, Collection<String> candidates) {
        String best = null;
        for (String candidate : candidates) {
            String known = normalize(candidate);
            boolean affix = known.length() >= 3 && normalized.length() <= 2 * known.length()
                    && (normalized.startsWith(known) || normalized.endsWith(known));
            if (affix && (best == null || known.length() > normalize(best).length())) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Optional<String> nearest(String written, Collection<String> candidates) {
        String lower = written.toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, Math.min(3, lower.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            if (Math.abs(candidate.length() - lower.length()) > allowed) {
                // The distance is at least the difference in length: this one cannot be close enough.
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    /**
     * True when the two differ only in case, hyphens and underscores ({@code Tools}, {@code permission_mode}):
     * sure enough to offer a one-click fix.
     */
    public static boolean sameWord(String written, String known) {
        return normalize(written).equals(normalize(known));
    }

    private static String normalize(String word) {
        return word.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "").replace(" ", "");
    }

    /**
     * Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. Three rows
     * of the table are enough (a transposition looks two rows back), so a call allocates three small arrays, not a
     * row per character.
     */
    static int distance(String a, String b) {
        char[] x = a.toCharArray();
        char[] y = b.toCharArray();
        int[] twoBack = new int[y.length + 1];
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
                    best = Math.min(best, twoBack[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }
        return previous[y.length];
    }
}
