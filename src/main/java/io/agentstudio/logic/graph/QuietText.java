package io.agentstudio.logic.graph;

/**
 * Tells from a block's raw Markdown, without parsing its inlines, that the block cannot matter to the names a body
 * refers to when nothing around it is a delegation section and no agent is known: it can then neither open a section
 * (a lead-in such as "Integration with other agents:") nor hold a ghost reference, which outside a section needs a
 * handoff or incoming cue ({@link ReferenceMatcher}) and a name written with a hyphen, underscore, {@code @} or bold.
 *
 * <p>The test must never call a block quiet that the full reading would use, so it is deliberately loose: the words
 * those patterns need are looked for as bare stems in the block's letters and digits alone, all other characters
 * dropped, because markup can join a word ({@code dele*gat*e}, {@code dele` gat`e}) and the patterns may see a word cut
 * at the start of a clause. Whatever can bring in text the raw source does not show (a backslash escape, an entity, a
 * link or image) makes a block not quiet. A block the test lets through is read in full, as before.
 */
final class QuietText {
    /** Stems of the words a lead-in that opens a section needs ({@link DelegationSection#ofLeadIn}). */
    private static final String[] LEAD_IN = {"deleg", "hand", "agent", "escalat", "routing"};
    /** A lead-in of these ends in "with" ("Collaborates with:"). */
    private static final String[] LEAD_IN_WITH = {"collaborat", "coordinat", "work", "partner"};
    /** Stems of the handoff verbs that let an unknown name count outside a section. */
    private static final String[] STRICT_CUE = {"delegat", "hand", "escalat", "rout", "spawn", "invok", "ping"};
    /** "receives work from", "takes it from": with "from". */
    private static final String[] INCOMING_FROM = {"receiv", "accept", "get", "tak"};
    /** "assigned by", "sent to us by": with "by". */
    private static final String[] INCOMING_BY = {"assign", "referred", "sent"};

    private char[] letters = new char[512];
    private int length;
    private boolean unsafe;
    private boolean nameMark;

    /** Starts a new block. */
    QuietText clear() {
        length = 0;
        unsafe = false;
        nameMark = false;
        return this;
    }

    /** Adds one line (or table cell) of the block's source. */
    QuietText add(CharSequence line) {
        if (letters.length < length + line.length()) {
            letters = java.util.Arrays.copyOf(letters, Math.max(letters.length * 2, length + line.length()));
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                letters[length++] = c;
            } else if (c >= 'A' && c <= 'Z') {
                letters[length++] = (char) (c + ('a' - 'A'));
            } else if (c == '&' || c == '[') {
                unsafe = true;
            } else if (c == '-' || c == '_' || c == '@' || c == '*' || AgentNames.HYPHENS.indexOf(c) >= 0) {
                nameMark = true;
            }
        }
        return this;
    }

    /** True when the block, read in full outside any delegation section with no agent known, would find nothing. */
    boolean isQuiet() {
        if (unsafe || containsAny(LEAD_IN) || contains("with") && containsAny(LEAD_IN_WITH)) {
            return false;
        }
        return !nameMark || !mayHoldCue();
    }

    /** False when the text, read as a heading, cannot open a delegation section ({@link DelegationSection#ofHeading}). */
    boolean mayOpenSection() {
        return unsafe || containsAny(DelegationSection.STEMS);
    }

    private boolean mayHoldCue() {
        return containsAny(STRICT_CUE) || contains("from") && containsAny(INCOMING_FROM)
                || contains("by") && containsAny(INCOMING_BY);
    }

    private boolean containsAny(String[] stems) {
        for (String stem : stems) {
            if (contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private boolean contains(String stem) {
        char first = stem.charAt(0);
        int last = length - stem.length();
        for (int i = 0; i <= last; i++) {
            if (letters[i] == first && matchesAt(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private boolean matchesAt(String stem, int at) {
        for (int j = 1; j < stem.length(); j++) {
            if (letters[at + j] != stem.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
