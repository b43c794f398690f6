package io.agentstudio.logic.graph;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How agent names compare. Files write one agent's name as {@code code-reviewer}, {@code Code_Reviewer.md},
 * {@code **Code Reviewer**} or with non-breaking hyphens ({@code code‑reviewer}); all of them have the same key.
 */
public final class AgentNames {
    /** Hyphen-like characters that editors put into names (hyphen, non-breaking hyphen, figure dash, en dash). */
    static final String HYPHENS = "\u2010\u2011\u2012\u2013";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:[-_" + HYPHENS + "][a-z0-9]+|\\.[0-9]+)*");
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

    /** Written like a slug: lower-case words joined by hyphens (or hyphen variants, underscores), dots only in versions. */
    public static boolean isSlugShaped(String written) {
        return SLUG.matcher(written).matches();
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
