package io.agentstudio.logic.graph;

import java.util.Locale;
import java.util.Set;

/**
 * How agent names compare. Files write one agent's name as {@code code-reviewer}, {@code Code_Reviewer.md},
 * {@code **Code Reviewer**} or with non-breaking hyphens ({@code code‑reviewer}); all of them have the same key.
 */
public final class AgentNames {
    /** Hyphen-like characters that editors put into names (hyphen, non-breaking hyphen, figure dash, en dash). */
    static final String HYPHENS = "\u2010\u2011\u2012\u2013";
    private static final Set<String> ACRONYMS = Set.of("ai", "api", "aws", "bim", "cd", "ci", "cli", "css", "db", "dx",
            "gcp", "ios", "iot", "llm", "ml", "mcp", "nlp", "qa", "sdk", "seo", "sql", "sre", "ui", "ux");

    private AgentNames() {
    }

    /**
     * The comparison key: lower case, every run of characters other than letters, digits and dots becomes one
     * hyphen (so spaces, underscores, slashes and hyphen variants all do), no hyphen or dot at either end.
     */
    public static String key(String written) {
        String lower = written.toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '.' && key.length() > 0);
            if (kept) {
                if (pendingHyphen && key.length() > 0) {
                    key.append('-');
                }
                pendingHyphen = false;
                key.append(c);
            } else {
                pendingHyphen = true;
            }
        }
        int end = key.length();
        while (end > 0 && (key.charAt(end - 1) == '.' || key.charAt(end - 1) == '-')) {
            end--;
        }
        return key.substring(0, end);
    }

    /**
     * Written like a slug: lower-case words joined by hyphens (or hyphen variants, underscores), dots only in versions.
     * A plain scan, not a pattern: it runs on every code span and bold text of a body (AgentNamesTest holds the
     * pattern it equals).
     */
    public static boolean isSlugShaped(String written) {
        int i = 0;
        boolean digitsOnly = false; // after a version's dot, a part is digits only
        while (true) {
            int partStart = i;
            while (i < written.length() && (isDigit(written.charAt(i)) || !digitsOnly && isLower(written.charAt(i)))) {
                i++;
            }
            if (i == partStart) {
                return false;
            }
            if (i == written.length()) {
                return true;
            }
            char separator = written.charAt(i++);
            if (separator == '.') {
                digitsOnly = true;
            } else if (separator == '-' || separator == '_' || HYPHENS.indexOf(separator) >= 0) {
                digitsOnly = false;
            } else {
                return false;
            }
        }
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * A key of one word ({@code debugger}, {@code planner}) may be an ordinary English word, so it only counts where
     * it is written as a name.
     */
    public static boolean isSingleWord(String key) {
        return key.indexOf('-') < 0;
    }

    /** The number of words of a key: its hyphens plus one, since a key has no hyphen at either end nor two in a row. */
    static int wordCount(String key) {
        int words = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == '-') {
                words++;
            }
        }
        return words;
    }

    /** A Title Case rendering of a slug for sections that name agents that way: {@code qa-engineer} -> {@code QA Engineer}. */
    public static String displayName(String slug) {
        StringBuilder out = new StringBuilder();
        for (String part : key(slug).split("-")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (part.equals("ios")) {
                out.append("iOS");
            } else if (part.equals("devops")) {
                out.append("DevOps");
            } else if (ACRONYMS.contains(part)) {
                out.append(part.toUpperCase(Locale.ROOT));
            } else {
                out.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
            }
        }
        return out.toString();
    }

    /** Edit distance for "did you mean", or {@code limit + 1} as soon as it is sure to exceed {@code limit}. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
