package io.agentstudio.logic.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a new agent name the way an old one was written at a reference: {@code Code_Reviewer},
 * {@code code‑reviewer} with non-breaking hyphens, {@code **SRE Specialist**}. Words the two names share keep the
 * spelling they had and the separators between them; other words follow the written style (all lower case, all upper
 * case, or capitalised with the usual acronyms). So renaming {@code sre-specialist} to {@code lead-sre-specialist}
 * turns "SRE Specialist" into "Lead SRE Specialist", and renaming back gives "SRE Specialist" again.
 */
final class NameSpelling {

    private NameSpelling() {
    }

    /** A name cut into its words and the separators between them ({@code separators.size() == words.size() - 1}). */
    private record Split(List<String> words, List<String> separators) {

        static Split of(String written) {
            List<String> words = new ArrayList<>();
            List<String> separators = new ArrayList<>();
            int i = 0;
            int n = written.length();
            StringBuilder separator = new StringBuilder();
            while (i < n) {
                int start = i;
                while (i < n && isWordChar(written.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    if (!words.isEmpty()) {
                        separators.add(separator.toString());
                    }
                    words.add(written.substring(start, i));
                    separator.setLength(0);
                } else {
                    separator.append(written.charAt(i++));
                }
            }
            return new Split(words, separators);
        }

        private static boolean isWordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.';
        }
    }

    /**
     * {@code newName} spelled like {@code written}, which is a spelling of the name whose key is {@code oldKey}.
     *
     * @param slugDefault the separator for a written one-word name that gives none (a hyphen, or a space for display names)
     */
    static String respell(String written, String oldKey, String newName, String slugDefault) {
        Split old = Split.of(written);
        List<String> oldParts = old.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (!String.join("-", oldParts).equals(oldKey)) {
            return null; // not a spelling of that name: leave it to the caller
        }
        Split wanted = Split.of(newName);
        List<String> newParts = wanted.words().stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        if (newParts.isEmpty()) {
            return null;
        }
        int[] alignedTo = align(oldParts, newParts);
        String style = style(old.words());
        String defaultSeparator = dominant(old.separators(), slugDefault);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < newParts.size(); i++) {
            if (i > 0) {
                boolean consecutive = alignedTo[i] > 0 && alignedTo[i - 1] == alignedTo[i] - 1;
                out.append(consecutive ? old.separators().get(alignedTo[i] - 1) : defaultSeparator);
            }
            out.append(alignedTo[i] >= 0 ? old.words().get(alignedTo[i]) : styled(wanted.words().get(i), style));
        }
        return out.toString();
    }

    /** For each new word, the index of the old word it keeps (by a longest common subsequence), or -1. */
    private static int[] align(List<String> oldParts, List<String> newParts) {
        int m = oldParts.size();
        int n = newParts.size();
        int[][] lcs = new int[m + 1][n + 1];
        for (int i = m - 1; i >= 0; i--) {
            for (int j = n - 1; j >= 0; j--) {
                lcs[i][j] = oldParts.get(i).equals(newParts.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int[] alignedTo = new int[n];
        java.util.Arrays.fill(alignedTo, -1);
        int i = 0;
        int j = 0;
        while (i < m && j < n) {
            if (oldParts.get(i).equals(newParts.get(j))) {
                alignedTo[j] = i;
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return alignedTo;
    }

    private static String style(List<String> words) {
        boolean allLower = words.stream().allMatch(w -> w.equals(w.toLowerCase(Locale.ROOT)));
        if (allLower) {
            return "lower";
        }
        boolean allUpper = words.size() > 1 && words.stream().allMatch(w -> w.equals(w.toUpperCase(Locale.ROOT)));
        return allUpper ? "upper" : "title";
    }

    private static String styled(String word, String style) {
        return switch (style) {
            case "lower" -> word.toLowerCase(Locale.ROOT);
            case "upper" -> word.toUpperCase(Locale.ROOT);
            default -> word.equals(word.toLowerCase(Locale.ROOT)) ? AgentNames.displayName(word) : word;
        };
    }

    private static String dominant(List<String> separators, String fallback) {
        Map<String, Integer> counts = new HashMap<>();
        String best = null;
        for (String separator : separators) {
            int count = counts.merge(separator, 1, Integer::sum);
            if (best == null || count > counts.get(best)) {
                best = separator;
            }
        }
        return best == null ? fallback : best;
    }
}
