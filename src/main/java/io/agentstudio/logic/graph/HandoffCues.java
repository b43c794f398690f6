package io.agentstudio.logic.graph;

import java.util.regex.Pattern;

/**
 * The wording that ends right before a name and makes it a handoff ("delegate to", "escalate to the", "received
 * from"), as {@link ReferenceMatcher} reads it from the clause before each name.
 *
 * <p>Each pattern is anchored at the clause's end but is tried from every character of the clause, which under C1
 * costs far more than a look at the clause's last characters or words. So each is preceded by a cheap test of what
 * every match of it must hold; the pattern alone decides whenever the test passes. A change to a pattern must keep
 * its test true for every match ({@code HandoffCuesTest} compares the two).
 */
final class HandoffCues {
    /** Handoff wording that ends right before a name. */
    static final Pattern HANDOFF = Pattern.compile("(?:\\b(?:delegat\\w*|hand(?:s|ed|ing)?|handoffs?"
            + "|escalat\\w*|rout(?:e|es|ed|ing)|spawn\\w*|invok\\w*|engag\\w*|involv\\w*|consult\\w*|assign\\w*|ping\\w*"
            + "|call|calls|use|uses|using|ask|asks|request\\w*|flag\\w*|collaborat\\w*|coordinat\\w*|work|works|working"
            + "|partner\\w*|sync|gate|gates|notify|inform\\w*|support\\w*|guide|guides|help|helps|assist\\w*|advise\\w*"
            + "|pass(?:es)?|send|sends)\\b(?:\\s+[\\w/-]+){0,4}?(?:\\s+(?:to|with|from|by|via|for)\\s+(?:the\\s+|an?\\s+)?|\\s*[(:]\\s*)"
            + "|\\b(?:delegat\\w*|escalat\\w*|spawn\\w*|invok\\w*|engag\\w*|involv\\w*|consult\\w*|ping\\w*|use|uses|using"
            + "|ask|call|support\\w*|guide|guides|help|helps|assist\\w*|advise\\w*|inform\\w*|notify)\\s+(?:the\\s+|an?\\s+)?"
            + "|\\b(?:validated|reviewed|verified|approved|handled|owned|gated|checked)\\s+by\\s+(?:the\\s+)?"
            + "|(?:→|->|=>|⇒)\\s*|\\bagent:\\s*|\\bowner:\\s*)$", Pattern.CASE_INSENSITIVE);
    /** The handoff verbs strong enough to make an unknown name a ghost outside a delegation section. */
    static final Pattern STRICT_HANDOFF = Pattern.compile("\\b(?:delegat\\w*|hand(?:s|ed|ing)?(?:\\s+(?:it|this|them|work))?"
            + "\\s+(?:off|over|back)|handoffs?|escalat\\w*|rout(?:e|es|ed|ing)|spawn\\w*|invok\\w*|ping\\w*)\\b"
            + "(?:\\s+[\\w/-]+){0,3}?\\s+(?:to\\s+)?(?:the\\s+|an?\\s+)?$", Pattern.CASE_INSENSITIVE);
    /** The stems one of which every match of {@link #STRICT_HANDOFF} holds. */
    private static final String[] STRICT_STEMS = {"delegat", "hand", "escalat", "rout", "spawn", "invok", "ping"};
    /** Wording that says the named agent hands work to this one. */
    static final Pattern INCOMING = Pattern.compile("(?:\\b(?:receiv\\w*|accept\\w*|gets?|getting|tak(?:e|es|ing))\\b"
            + "(?:\\s+[\\w/-]+){0,4}?\\s+from\\s+(?:the\\s+)?|\\b(?:delegated|handed|assigned|referred|routed|escalated|sent)"
            + "\\s+(?:to\\s+(?:me|you|us|this\\s+agent)\\s+)?by\\s+(?:the\\s+)?)$", Pattern.CASE_INSENSITIVE);

    private HandoffCues() {
    }

    /** {@link #HANDOFF}: every match ends in a space, an arrow, "(" or ":". */
    static boolean handoff(String clause) {
        if (clause.isEmpty()) {
            return false;
        }
        char last = clause.charAt(clause.length() - 1);
        boolean mayEndCue = isSpace(last) || last == ':' || last == '(' || last == '>' || last == '→' || last == '⇒';
        return mayEndCue && HANDOFF.matcher(clause).find();
    }

    /** {@link #STRICT_HANDOFF}: every match ends in a space and holds one of the verbs' stems. */
    static boolean strictHandoff(String clause) {
        return endsInSpace(clause) && holdsStrictStem(clause) && STRICT_HANDOFF.matcher(clause).find();
    }

    /** {@link #INCOMING}: every match ends in "from" or "by", perhaps followed by "the", and a space. */
    static boolean incoming(String clause) {
        if (!endsInSpace(clause)) {
            return false;
        }
        int wordEnd = lastWordEnd(clause, clause.length());
        int wordStart = lastWordStart(clause, wordEnd);
        if (isWord(clause, wordStart, wordEnd, "the")) {
            wordEnd = lastWordEnd(clause, wordStart);
            wordStart = lastWordStart(clause, wordEnd);
        }
        return (isWord(clause, wordStart, wordEnd, "from") || isWord(clause, wordStart, wordEnd, "by"))
                && INCOMING.matcher(clause).find();
    }

    private static boolean holdsStrictStem(String clause) {
        for (int i = 0; i < clause.length(); i++) {
            char lower = (char) (clause.charAt(i) | 0x20); // the patterns fold ASCII letters only
            for (String stem : STRICT_STEMS) {
                if (lower == stem.charAt(0) && clause.regionMatches(true, i, stem, 0, stem.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean endsInSpace(String clause) {
        return !clause.isEmpty() && isSpace(clause.charAt(clause.length() - 1));
    }

    /** The end of the last word before {@code end}: spaces skipped. */
    private static int lastWordEnd(String clause, int end) {
        while (end > 0 && isSpace(clause.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** The start of the word that ends at {@code end}: anything but spaces. */
    private static int lastWordStart(String clause, int end) {
        int start = end;
        while (start > 0 && !isSpace(clause.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    private static boolean isWord(String clause, int start, int end, String word) {
        return end - start == word.length() && clause.regionMatches(true, start, word, 0, word.length());
    }

    /** A character of the patterns' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
