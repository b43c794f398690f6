package io.agentstudio.logic.graph;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds slugs and "agent" words in a text node for {@link ReferenceMatcher}. A pattern searched over a whole node
 * tries a match at every character, which under C1 costs tens of nanoseconds each; every match holds a few characters
 * that a plain loop finds far faster (a hyphen after a lower-case letter, the letters of "agent"), and there the
 * pattern is tried at the one or few places a match holding them can start. The matches are those a search of the
 * whole node finds, in the same order.
 */
final class NameSearch {
    /** A slug written in running text: lower-case words joined by hyphens (or hyphen variants), dots of versions. */
    static final Pattern PLAIN_SLUG = Pattern.compile("(?<![\\w" + AgentNames.HYPHENS + "@/.\\\\-])[a-z0-9]+"
            + "(?:[-" + AgentNames.HYPHENS + "][a-z0-9]+|\\.[0-9]+)+(?![\\w" + AgentNames.HYPHENS + "/-]|\\.[a-z0-9])");
    /** "agent", "subagent", "sub-agent" as a word of its own. */
    static final Pattern AGENT_WORD = Pattern.compile("(?<![\\w-])(?:sub-?)?agent\\b", Pattern.CASE_INSENSITIVE);

    private NameSearch() {
    }

    /**
     * A matcher of one of this class's patterns for {@link #nextSlug} and {@link #nextAgentWord}: its lookbehinds and
     * word boundaries see past the region those set, so a match there is a match in the whole text.
     */
    static Matcher matcher(Pattern pattern) {
        return pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
    }

    /**
     * Moves {@code slug} (a {@link #matcher} of {@link #PLAIN_SLUG}, reset to {@code text}) to the first slug that
     * starts at or after {@code from}; false when there is none. A slug has a hyphen (or a version's dot) right after
     * a lower-case letter or digit, and can only start where the run of those before it starts: its lookbehind refuses
     * a start inside a word.
     */
    static boolean nextSlug(Matcher slug, String text, int from) {
        for (int i = Math.max(from, 1); i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '-' || c == '.' || c >= '\u2010' && c <= '\u2013') && isLowerOrDigit(text.charAt(i - 1))) {
                int start = i - 1;
                while (start > 0 && isLowerOrDigit(text.charAt(start - 1))) {
                    start--;
                }
                if (start >= from && slug.region(start, text.length()).lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Moves {@code agentWord} (a {@link #matcher} of {@link #AGENT_WORD}, reset to {@code text}) to the first match
     * that starts at or after {@code from}; false when there is none. A match holds "agent" in any case, which "sub"
     * or "sub-" may precede, and "agent" never overlaps itself, so each occurrence has a match of its own or none.
     */
    static boolean nextAgentWord(Matcher agentWord, String text, int from) {
        for (int i = from; i + 5 <= text.length(); i++) {
            if ((text.charAt(i) | 0x20) == 'a' && text.regionMatches(true, i + 1, "gent", 0, 4)
                    && agentWord.region(Math.max(from, i - "sub-".length()), i + "agent".length()).find()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }
}
