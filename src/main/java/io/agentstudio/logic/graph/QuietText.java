package io.agentstudio.logic.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

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
 * link or image) makes a block not quiet. An HTML tag is read as a space ({@link ReferenceMatcher}), so it joins no
 * words; its letters only make a block less quiet, except in a label, whose letters are counted back from its end and
 * where they are not counted. A block the test lets through is read in full, as before. A {@code [}
 * starts a link or image only before a {@code ](} in the same block, or where a link reference definition (which needs
 * a {@code ]:}) may be in the Markdown read; elsewhere it is plain text like any other.
 *
 * <p>Two refinements keep common prose quiet: a lead-in is a label, so its words count only in the
 * {@value BodyScanner#MAX_LEAD_IN} letters before a {@code :} or a bold run ({@code **}, {@code __}) that may end it; and "hand" counts only where the handoff patterns can go on from it
 * ("hand off", "hands it over", "handed", "hand back"), not in "handle" or "handling".
 */
final class QuietText {
    /** Stems of the words a lead-in that opens a section needs ({@link DelegationSection#ofLeadIn}). */
    private static final String[] LEAD_IN = {"deleg", "hando", "agent", "escalat", "routing"};
    /** A lead-in of these ends in "with" ("Collaborates with:"). */
    private static final String[] LEAD_IN_WITH = {"collaborat", "coordinat", "work", "partner"};
    /** Stems of the handoff verbs that let an unknown name count outside a section ("hand" with what may follow it). */
    private static final String[] STRICT_CUE = {"delegat", "hando", "hands", "hande", "handi", "handt", "handw", "handb",
        "escalat", "rout", "spawn", "invok", "ping"};
    /** "receives work from", "takes it from": with "from". */
    private static final String[] INCOMING_FROM = {"receiv", "accept", "get", "tak"};
    /** "assigned by", "sent to us by": with "by". */
    private static final String[] INCOMING_BY = {"assign", "referred", "sent"};

    /** The words an incoming cue ends in, and the word a lead-in may end in. */
    private static final String[] FROM = {"from"};
    private static final String[] BY = {"by"};
    private static final String[] WITH = {"with"};

    /**
     * Every stem the tests above look for, each one bit of {@link #found()}. The handoff and incoming patterns
     * ({@link HandoffCues}) start each cue word at a word boundary, so their stems count only where a word may start:
     * "ping" in "mapping", "get" in "together" or "sent" in "represents" cues nothing. The section and lead-in patterns
     * are not anchored so ("subagents"), and their stems count anywhere.
     */
    private static final Stems STEMS = new Stems(List.of(LEAD_IN, LEAD_IN_WITH, DelegationSection.STEMS, WITH),
            List.of(STRICT_CUE, INCOMING_FROM, INCOMING_BY, FROM, BY));

    /**
     * What each character below 128 is to {@link #add}, as bits, looked up rather than compared: add reads nearly every
     * character of every body. A character above 127 matters only as a hyphen of a name ({@link AgentNames#HYPHENS}).
     */
    private static final byte[] ASCII_KINDS = new byte[128];
    private static final int LETTER_OR_DIGIT = 1;
    /** {@code [} or {@code ]}: a link or image may open or close there. */
    private static final int BRACKET = 2;
    private static final int MAY_START_MARKUP = 4;
    private static final int NAME_MARK = 8;
    /** Doubled, starts a bold run ({@code **}, {@code __}). */
    private static final int BOLD_MARK = 16;
    private static final int COLON = 32;
    /** {@code >} or a quote: may end, or tell where not to end, an HTML tag. */
    private static final int TAG_MARK = 64;

    static {
        Arrays.fill(ASCII_KINDS, 'a', 'z' + 1, (byte) LETTER_OR_DIGIT);
        Arrays.fill(ASCII_KINDS, 'A', 'Z' + 1, (byte) LETTER_OR_DIGIT);
        Arrays.fill(ASCII_KINDS, '0', '9' + 1, (byte) LETTER_OR_DIGIT);
        ASCII_KINDS['['] = BRACKET;
        ASCII_KINDS[']'] = BRACKET;
        ASCII_KINDS['&'] = MAY_START_MARKUP;
        ASCII_KINDS['<'] = MAY_START_MARKUP;
        ASCII_KINDS['-'] = NAME_MARK;
        ASCII_KINDS['@'] = NAME_MARK;
        ASCII_KINDS['*'] = NAME_MARK | BOLD_MARK;
        ASCII_KINDS['_'] = NAME_MARK | BOLD_MARK;
        ASCII_KINDS[':'] = COLON;
        ASCII_KINDS['>'] = TAG_MARK;
        ASCII_KINDS['"'] = TAG_MARK;
        ASCII_KINDS['\''] = TAG_MARK;
    }

    private char[] letters = new char[512];
    /**
     * For each of {@code letters}, 1 when a word may start there: something other than a letter or digit came before
     * it in the source (a space, markup that may stand for one), or it starts a line.
     */
    private byte[] wordStarts = new byte[512];
    /**
     * The characters of a line given as a CharSequence, read like any other ({@link #add(CharSequence)}); made on first
     * use, as a QuietText made for a body part ({@link QuietPart}) is given none.
     */
    private char[] line = new char[0];
    private int length;
    private boolean unsafe;
    /**
     * The stretches of {@code letters} that may be inside an HTML tag, as pairs of start and end: from a {@code <}
     * followed by a letter or {@code /} to the next {@code >}. One that holds a quote, or that no {@code >} ends, runs to
     * the end of the block (a quoted attribute value may hold a {@code >}). A {@code <} inside one does not start
     * another.
     */
    private int[] tagStretches = new int[8];
    private int tagEnds;
    private boolean inTag;
    private boolean tagRunsToEnd;
    private boolean nameMark;
    /**
     * Where in {@code letters} a label may end: at each {@code :} or doubled bold mark, the count of letters before it.
     * A lead-in's label is the start of its paragraph up to such a mark, so its letters are the last ones before it.
     */
    private int[] labelEnds = new int[16];
    private int labels;
    private boolean openBracket;
    /** A {@code ](}: what an inline link or image needs. */
    private boolean inlineLink;
    /**
     * Whether the Markdown the block is read in may hold a link reference definition, so that a {@code [text]} alone
     * may be a link: true unless the reader of a body part knows its text holds no {@code ]:}.
     */
    private boolean linkDefinitions = true;
    /** The stems found in {@code letters}, or -1 until asked for since the last change. */
    private long found = -1;

    /** Starts a new block. */
    QuietText clear() {
        length = 0;
        unsafe = false;
        nameMark = false;
        labels = 0;
        tagEnds = 0;
        inTag = false;
        tagRunsToEnd = false;
        openBracket = false;
        inlineLink = false;
        found = -1;
        return this;
    }

    /** Tells whether the Markdown the next blocks are read in may hold a link reference definition (at first: yes). */
    QuietText linkDefinitions(boolean mayHoldOne) {
        linkDefinitions = mayHoldOne;
        return this;
    }

    /** Adds one line (or table cell) of the block's source. */
    QuietText add(CharSequence source) {
        String text = source.toString();
        if (line.length < text.length()) {
            line = new char[Math.max(line.length * 2, text.length())];
        }
        text.getChars(0, text.length(), line, 0);
        return add(line, 0, text.length());
    }

    /** Adds {@code text[start, end)}, one line of the block's source. */
    QuietText add(char[] text, int start, int end) {
        if (letters.length < length + end - start) {
            letters = Arrays.copyOf(letters, Math.max(letters.length * 2, length + end - start));
            wordStarts = Arrays.copyOf(wordStarts, letters.length);
        }
        // Locals, not fields, in the loop: C1 would load and store a field at every character.
        char[] into = letters;
        byte[] starts = wordStarts;
        int count = length;
        int afterOther = 1;
        for (int i = start; i < end; i++) {
            char c = text[i];
            int kind = c < ASCII_KINDS.length ? ASCII_KINDS[c] : AgentNames.HYPHENS.indexOf(c) >= 0 ? NAME_MARK : 0;
            // Every character is written, but only a letter or digit is kept: no branch between letters and blanks,
            // which the CPU would mispredict at nearly every word's end. Lowercase differs from uppercase only in bit
            // 0x20, which every digit has set. What a dropped character writes, the next letter overwrites.
            into[count] = (char) (c | 0x20);
            starts[count] = (byte) afterOther;
            int letter = kind & LETTER_OR_DIGIT;
            count += letter;
            afterOther = letter ^ 1;
            if (kind > LETTER_OR_DIGIT) {
                mark(kind, c, i + 1 < end ? text[i + 1] : 0, count);
            }
        }
        length = count;
        found = -1;
        return this;
    }

    /**
     * Notes what a character other than a letter or digit tells; {@code next} is 0 at the end of the line, and
     * {@code letterCount} the number of letters and digits before it in the block.
     */
    private void mark(int kind, char c, char next, int letterCount) {
        if (kind == TAG_MARK) {
            if (inTag && !tagRunsToEnd) {
                if (c == '>') {
                    inTag = false;
                    tagStretches[tagEnds * 2 + 1] = letterCount;
                    tagEnds++;
                } else {
                    tagRunsToEnd = true;
                }
            }
            return;
        }
        if (c == '<' && (next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next == '/')) {
            if (!inTag) {
                inTag = true;
                if (tagStretches.length < tagEnds * 2 + 2) {
                    tagStretches = Arrays.copyOf(tagStretches, tagStretches.length * 2);
                }
                tagStretches[tagEnds * 2] = letterCount;
            }
            return;
        }
        unsafe |= (kind & MAY_START_MARKUP) != 0 && mayStartMarkup(c, next);
        nameMark |= (kind & NAME_MARK) != 0;
        if (((kind & COLON) != 0 || (kind & BOLD_MARK) != 0 && next == c)
                && (labels == 0 || labelEnds[labels - 1] != letterCount)) {
            if (labels == labelEnds.length) {
                labelEnds = Arrays.copyOf(labelEnds, labels * 2);
            }
            labelEnds[labels++] = letterCount;
        }
        openBracket |= c == '[';
        inlineLink |= c == ']' && next == '(';
    }

    /** Whether a link or image may bring in text the source does not show, or leave out some it does. */
    private boolean mayHoldLink() {
        return openBracket && (inlineLink || linkDefinitions);
    }

    /**
     * An entity ({@code &amp;}, {@code &#68;}), an HTML comment, processing instruction or declaration ({@code <!--},
     * {@code <?x}, {@code <!DOCTYPE}) starts so; any other {@code &} or {@code <} ("R & D", "a <= b", "<5 ms") is plain
     * text, and a tag or an autolink ({@code <b>}, {@code </b>}, {@code <https://...>}) is a tag stretch.
     */
    private static boolean mayStartMarkup(char c, char next) {
        boolean letterOrDigit = next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z' || next >= '0' && next <= '9';
        return c == '&' ? letterOrDigit || next == '#' : next == '!' || next == '?';
    }

    /** True when the block, read in full outside any delegation section with no agent known, would find nothing. */
    boolean isQuiet() {
        if (unsafe || mayHoldLink() || mayLeadInNext()) {
            return false;
        }
        return !nameMark || !mayHoldCue();
    }

    /**
     * Whether a paragraph of the block may be a lead-in ({@code Other agents:}), which governs the block after it:
     * {@link #isQuiet} is then false too.
     */
    boolean mayLeadInNext() {
        return labels > 0 && mayLeadIn();
    }

    /** Whether the block holds a {@code [}, which a link reference definition elsewhere may make a link. */
    boolean holdsBracket() {
        return openBracket;
    }

    /** Whether the letters a label may hold speak of delegation; most blocks have no such word at all. */
    private boolean mayLeadIn() {
        if (!speaksOfLeadIn(found())) {
            return false;
        }
        long inLabels = 0;
        int from = labelStart(labelEnds[0]);
        int to = labelEnds[0];
        for (int i = 1; i < labels; i++) {
            int windowFrom = labelStart(labelEnds[i]);
            if (windowFrom > to) {
                inLabels |= STEMS.foundIn(letters, wordStarts, from, to);
                from = windowFrom;
            } // else the windows overlap and are read as one: a stem across them only makes the block less quiet
            to = labelEnds[i];
        }
        return speaksOfLeadIn(inLabels | STEMS.foundIn(letters, wordStarts, from, to));
    }

    /**
     * Where the letters a label ending at {@code end} may hold start: {@value BodyScanner#MAX_LEAD_IN} letters before
     * it, not counting those of tag stretches, which the reading takes for a space.
     */
    private int labelStart(int end) {
        int needed = BodyScanner.MAX_LEAD_IN;
        int at = end;
        int stretches = inTag ? tagEnds + 1 : tagEnds;
        for (int i = stretches - 1; i >= 0; i--) {
            int stretchStart = tagStretches[i * 2];
            int stretchEnd = i == tagEnds ? length : tagStretches[i * 2 + 1];
            if (stretchStart >= at) {
                continue;
            }
            int outside = at - Math.min(stretchEnd, at);
            if (outside >= needed) {
                return at - needed;
            }
            needed -= outside;
            at = stretchStart;
        }
        return Math.max(0, at - needed);
    }

    private static boolean speaksOfLeadIn(long found) {
        return (found & STEMS.bitsOf(LEAD_IN)) != 0
                || (found & STEMS.bitsOf(WITH)) != 0 && (found & STEMS.bitsOf(LEAD_IN_WITH)) != 0;
    }

    /** False when the text, read as a heading, cannot open a delegation section ({@link DelegationSection#ofHeading}). */
    boolean mayOpenSection() {
        return unsafe || mayHoldLink() || containsAny(DelegationSection.STEMS);
    }

    private boolean mayHoldCue() {
        return containsAny(STRICT_CUE) || containsAny(FROM) && containsAny(INCOMING_FROM)
                || containsAny(BY) && containsAny(INCOMING_BY);
    }

    private boolean containsAny(String[] stems) {
        return (found() & STEMS.bitsOf(stems)) != 0;
    }

    /** One pass over the letters finds every stem at once: a block is asked about up to 30 of them. */
    private long found() {
        if (found < 0) {
            found = STEMS.foundIn(letters, wordStarts, 0, length);
        }
        return found;
    }

    /**
     * A set of at most 64 stems of two or more lowercase letters and digits, each a bit, indexed by their first two
     * characters and filtered by their third: most positions cost two table look-ups and no comparison. The tables
     * have a slot for every pair of ASCII characters, so that a position's index is its two characters' bits.
     */
    private static final class Stems {

        private record Stem(char[] text, boolean atWordStart, long bit) {
        }

        /** Each stem's bit, by its text, and by its text after a {@code ^} for one that counts only at a word start. */
        private final Map<String, Long> bits = new HashMap<>();
        private final Map<String[], Long> groups = new IdentityHashMap<>();
        private final Stem[][] byFirstTwo = new Stem[128 * 128][];
        /**
         * For each pair, the characters that follow it in a stem, each as the bit at its value modulo 64 (the bits a
         * long shifts by), or every bit for a two-character stem. Most pairs that start a stem ("re", "in", "co") go on
         * otherwise in prose: this rules them out without a comparison or a branch the CPU mispredicts.
         */
        private final long[] thirds = new long[128 * 128];

        /** The groups of stems that count wherever they are, and those that count only at the start of a word. */
        Stems(List<String[]> anywhere, List<String[]> atWordStart) {
            addGroups(anywhere, false);
            addGroups(atWordStart, true);
            if (bits.size() > Long.SIZE) {
                throw new IllegalStateException("More stems than bits");
            }
        }

        private void addGroups(List<String[]> stemGroups, boolean atWordStart) {
            for (String[] group : stemGroups) {
                long groupBits = 0;
                for (String stem : group) {
                    String key = atWordStart ? "^" + stem : stem;
                    Long bit = bits.get(key);
                    if (bit == null) {
                        bit = 1L << bits.size();
                        bits.put(key, bit);
                        addToTables(new Stem(stem.toCharArray(), atWordStart, bit));
                    }
                    groupBits |= bit;
                }
                groups.put(group, groupBits);
            }
        }

        private void addToTables(Stem stem) {
            int pair = stem.text()[0] << 7 | stem.text()[1];
            Stem[] known = byFirstTwo[pair] == null ? new Stem[0] : byFirstTwo[pair];
            Stem[] more = Arrays.copyOf(known, known.length + 1);
            more[known.length] = stem;
            byFirstTwo[pair] = more;
            thirds[pair] |= stem.text().length == 2 ? -1L : 1L << stem.text()[2];
        }

        long bitsOf(String[] group) {
            return groups.get(group);
        }

        /**
         * The bits of the stems within {@code letters[from, to)} (letters and digits only, see {@link #add}), where
         * {@code wordStarts} tells which letters may start a word.
         */
        long foundIn(char[] letters, byte[] wordStarts, int from, int to) {
            long found = 0;
            for (int i = from; i + 1 < to; i++) {
                int pair = letters[i] << 7 | letters[i + 1];
                char third = i + 2 < to ? letters[i + 2] : 0; // past the end: only a two-character stem sets bit 0
                if ((thirds[pair] >>> third & 1) != 0) {
                    for (Stem stem : byFirstTwo[pair]) {
                        if ((!stem.atWordStart() || wordStarts[i] != 0) && matchesAt(letters, to, stem.text(), i)) {
                            found |= stem.bit();
                        }
                    }
                }
            }
            return found;
        }

        private static boolean matchesAt(char[] letters, int length, char[] stem, int at) {
            if (at + stem.length > length) {
                return false;
            }
            for (int j = 2; j < stem.length; j++) {
                if (letters[at + j] != stem[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
