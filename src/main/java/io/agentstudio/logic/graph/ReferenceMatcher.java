package io.agentstudio.logic.graph;

import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.NameForm;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.ext.gfm.tables.TableCell;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the agent names written in one block of Markdown (a paragraph, a list item's text, a table row) and decides
 * which of them are references, and of which kind.
 *
 * <p>A name counts when it is an agent of the workspace, or, for a name that exists nowhere (a ghost), when it is
 * written as a name in a place that speaks of delegation. The rules that keep ordinary prose out:
 * <ul>
 *   <li>A one-word name ({@code debugger}, {@code planner}) may be an English word: it counts only written as a
 *       name ({@code `debugger`}, {@code **debugger**}, a link, {@code @debugger}, "the debugger agent"), and in
 *       running prose a backticked word counts only next to a handoff ("delegate to `debugger`"), because there
 *       {@code `debugger`} is far more often code.</li>
 *   <li>A hyphenated name of an existing agent counts as plain text too ({@code collaborate with qa-expert}); a
 *       one-word one only in a delegation section right after a handoff verb ("Guide debugger on issue patterns").</li>
 *   <li>A ghost needs a delegation section or a handoff verb, a name shape (two or more hyphenated words, a Title
 *       Case display name of two to five words) and a name position: {@code `security-audit` skill},
 *       {@code on-call teams} or {@code [agent-name]} placeholders are not agents. A Title Case ghost
 *       ({@code **Team Education**}) needs more: a section about agents or handoffs, or a handoff verb before it; in a
 *       section that only speaks of working together its list decides, and a label there names no agent.</li>
 * </ul>
 * Inside a delegation section every reference is a delegation; elsewhere it is one when a handoff cue comes right
 * before it ("delegate to", "hand off to", "escalate to", "collaborate with", "→"), else a mention.
 */
final class ReferenceMatcher {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** What may stand between two names of one list: "a, b", "a or b", "a (why), b", "a on x, b on y". */
    private static final Pattern CONTINUATION = Pattern.compile("(?:\\s*\\([^()]*\\)|'s\\b[^,;.()]*"
            + "|\\s+(?:on|for|with|in|about|to|when)\\s[^,;.()]*)?\\s*(?:[,/+&]|\\b(?:and|or)\\b|,\\s*(?:and|or)\\b)?\\s*"
            + "(?:with\\s+|to\\s+)?", Pattern.CASE_INSENSITIVE);
    /** A plain word right before a ghost's name that puts it in a name's place. */
    private static final Pattern NAME_POSITION = Pattern.compile("(?:\\b(?:with|to|support|supports|guide|guides|help|helps"
            + "|assist|assists|inform|advise|consult|enable|ping|notify|involve|engage|use)\\s*:?|:)\\s*$", Pattern.CASE_INSENSITIVE);
    /** What may follow a ghost's name: the end of a clause or a linking word, not a noun that makes it an adjective. */
    private static final Pattern NAME_FOLLOWER = Pattern.compile("(?:'s\\b)?\\s*(?:$|[,.;:)\\]—–(!?|\"“”*]|-\\s"
            + "|\\b(?:on|for|with|about|when|in|to|and|or|during|regarding|if|as|at|by|via|through|throughout|before|after"
            + "|while|where|that|who|which|whenever|once|so|agent|subagent|sub-agent)\\b)", Pattern.CASE_INSENSITIVE);
    private static final Pattern AGENT_WORD_AFTER = Pattern.compile("\\s+(?:sub-?)?agent\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern AT_NAME = Pattern.compile("(?<![\\w@])@(agent-)?([a-z0-9]+(?:[-" + AgentNames.HYPHENS + "_][a-z0-9]+)*)(?![\\w\\[-])");
    /** The most words a name written before "agent" may have ("Python Web Scraping Expert Agent" has four). */
    private static final int MAX_NAME_WORDS = 8;
    private static final Pattern WORD = Pattern.compile("\\S+");
    /** A lower-case word standing alone, which in a delegation section may be a one-word agent's name ("debugger"). */
    private static final Pattern PLAIN_WORD = Pattern.compile("(?<![\\w@/.\\\\" + AgentNames.HYPHENS + "-])[a-z][a-z0-9]*"
            + "(?![\\w/" + AgentNames.HYPHENS + "-]|\\.[a-z0-9])");
    private static final Pattern TITLE_WORD = Pattern.compile("(?:[A-Z0-9][\\w.+#" + AgentNames.HYPHENS + "-]*|[a-z][A-Z]\\w*|of|and|the|for|&)");

    private final String text;
    private final int bodyStart;
    private final NameIndex index;

    private final StringBuilder flat = new StringBuilder();
    // One matcher per pattern, reset for each text: a file has thousands of small text nodes.
    private final Matcher slug = NameSearch.matcher(NameSearch.PLAIN_SLUG);
    private final Matcher at = AT_NAME.matcher("");
    private final Matcher agentWord = NameSearch.matcher(NameSearch.AGENT_WORD);
    private final Matcher plainWord = PLAIN_WORD.matcher("");
    /** Whether the block being matched is in a delegation section, where a plain one-word name may count. */
    private boolean inSection;
    private final List<Candidate> candidates = new ArrayList<>();

    ReferenceMatcher(String text, int bodyStart, NameIndex index) {
        this.text = text;
        this.bodyStart = bodyStart;
        this.index = index;
    }

    /** A name as found, before the rules decide whether it is a reference. */
    private record Candidate(String key, String written, int start, int end, NameForm form, int flatStart, int flatEnd,
                             boolean explicit) {
    }

    /**
     * Where a name stands, longer names first, and a plain slug after the same name in any other form. A constant:
     * building the comparator chain for every block cost as much as the sort.
     */
    private static final Comparator<Candidate> READING_ORDER = Comparator.comparingInt(Candidate::flatStart)
            .thenComparingInt(c -> -(c.flatEnd - c.flatStart)).thenComparingInt(c -> c.form == NameForm.PLAIN ? 1 : 0);

    /**
     * The references in the inline content of {@code block}.
     *
     * @param section the delegation section the block is in, or null
     */
    List<FoundReference> match(Node block, DelegationSection section, ReferenceItem item) {
        flat.setLength(0);
        candidates.clear();
        inSection = section != null && !index.isEmpty();
        for (Node child = block.getFirstChild(); child != null; child = child.getNext()) {
            flatten(child);
        }
        candidates.sort(READING_ORDER);
        List<FoundReference> found = new ArrayList<>();
        int labels = 0; // Title Case ghosts that open the block, before any other name
        int lastEnd = -1;
        Candidate previous = null;
        boolean previousCued = false;
        boolean previousReverse = false;
        boolean previousGhostAllowed = false;
        String sectionTitle = section == null ? "" : section.title();
        for (Candidate c : candidates) {
            if (c.flatStart < lastEnd) {
                continue; // a shorter name inside one already taken, such as a plain slug inside "the x agent"
            }
            boolean listed = listedName(c, section, item);
            if (!listed && !couldBeReference(c, section)) {
                continue; // decided by the name alone, before the costlier look at the words around it
            }
            Clause clause = clauseBefore(c.flatStart);
            boolean continues = previous != null && previousCued
                    && CONTINUATION.matcher(flat.subSequence(previous.flatEnd, c.flatStart)).matches();
            boolean incoming = HandoffCues.incoming(clause.prefix);
            boolean strict = HandoffCues.strictHandoff(clause.prefix);
            boolean ghostAllowed = section != null && !section.namedAgentsOnly() || incoming
                    || continues && previousGhostAllowed || strict;
            boolean labelGhostAllowed = ghostAllowed && (section == null || section.about() || incoming || strict);
            boolean known = index.contains(c.key);
            if (!listed && !known && !acceptedGhost(c, ghostAllowed, labelGhostAllowed, clause, previous)) {
                continue;
            }
            // The handoff pattern is the costliest test: it runs only where its answer matters (short-circuits).
            boolean handedInSection = known && section != null
                    && (continues || incoming || HandoffCues.handoff(clause.prefix));
            boolean strong = section != null || continues || incoming || HandoffCues.handoff(clause.prefix);
            if (!listed && known && !acceptedAgent(c, handedInSection, strong)) {
                continue;
            }
            boolean reverse = incoming || (continues ? previousReverse : section != null && section.reverse());
            EdgeKind kind = strong ? EdgeKind.DELEGATES : EdgeKind.MENTIONS;
            found.add(new FoundReference(c.key, c.written, c.start, c.end, c.form, kind, reverse, item, sectionTitle));
            if (labels == found.size() - 1 && isTitleCaseGhost(c)
                    && (labels > 0 || flat.substring(0, c.flatStart).isBlank())) {
                labels++;
            }
            lastEnd = c.flatEnd;
            previous = c;
            previousCued = strong;
            previousReverse = reverse;
            previousGhostAllowed = ghostAllowed;
        }
        // "**Foundation Tier**: backend-developer, database-architect": a label over the agents its item names.
        return labels > 0 && labels < found.size() ? new ArrayList<>(found.subList(labels, found.size())) : found;
    }

    private boolean isTitleCaseGhost(Candidate c) {
        return (c.form == NameForm.DISPLAY_NAME || c.form == NameForm.DISPLAY_NAME_PART) && !index.contains(c.key);
    }

    /**
     * A backticked one-word name that opens an item of a delegation section's list ({@code - `researcher`}, the way
     * {@code link} writes it) is that item's agent whether or not it exists: after the agent is deleted or renamed away
     * the item must read as a dangling delegation, not vanish from the team. Elsewhere a one-word ghost stays out,
     * because {@code `debugger`} in prose is far more often code.
     */
    private boolean listedName(Candidate c, DelegationSection section, ReferenceItem item) {
        return section != null && !section.namedAgentsOnly() && item != null && item.kind() == ItemKind.LIST_ITEM
                && c.form == NameForm.CODE
                && flat.substring(0, c.flatStart).isBlank() && AgentNames.isSlugShaped(c.written)
                && NAME_FOLLOWER.matcher(after(c)).lookingAt();
    }

    /**
     * False for names no context can make a reference: "high-level", a plain one-word agent name outside a delegation
     * section, "[agent-name]".
     */
    private boolean couldBeReference(Candidate c, DelegationSection section) {
        if (index.contains(c.key)) {
            return !AgentNames.isSingleWord(c.key) || c.form != NameForm.PLAIN || section != null;
        }
        if (c.form == NameForm.AGENT_WORD || bracketed(c) || plural(c.key)) {
            return false;
        }
        int parts = AgentNames.wordCount(c.key);
        return switch (c.form) {
            case WITH -> AgentNames.isSlugShaped(c.written);
            case AT_MENTION -> c.explicit || parts >= 2;
            case PLAIN, CODE, BOLD -> parts >= 2 && c.key.indexOf('.') < 0 && NAME_FOLLOWER.matcher(after(c)).lookingAt();
            default -> parts >= 2;
        };
    }

    private String after(Candidate c) {
        return flat.substring(c.flatEnd, Math.min(flat.length(), c.flatEnd + 40));
    }

    /**
     * Whether the words around the name of an agent of the workspace make it a reference.
     *
     * @param handedInSection in a delegation section, right after a handoff verb: even a plain one-word name counts
     * @param strong          in a delegation section or after a handoff verb
     */
    private boolean acceptedAgent(Candidate c, boolean handedInSection, boolean strong) {
        if (!AgentNames.isSingleWord(c.key)) {
            return true;
        }
        return switch (c.form) {
            case LINK, AT_MENTION, AGENT_WORD -> true;
            case CODE, BOLD, WITH, DISPLAY_NAME, DISPLAY_NAME_PART -> strong || followedByAgentWord(c);
            case PLAIN -> handedInSection && NAME_FOLLOWER.matcher(after(c)).lookingAt();
            default -> false;
        };
    }

    /**
     * Whether the words around a name of no agent make it a reference to a missing agent.
     *
     * @param ghostAllowed a name of no agent may be a missing agent
     * @param labelGhost   a Title Case name of no agent may be a missing agent (see {@link DelegationSection#about})
     */
    private boolean acceptedGhost(Candidate c, boolean ghostAllowed, boolean labelGhost, Clause clause, Candidate previous) {
        if (!ghostAllowed || bracketed(c) || plural(c.key)) {
            return false;
        }
        int parts = AgentNames.wordCount(c.key);
        boolean dotted = c.key.indexOf('.') >= 0;
        boolean followsLikeName = NAME_FOLLOWER.matcher(after(c)).lookingAt();
        return switch (c.form) {
            case WITH -> AgentNames.isSlugShaped(c.written);
            case LINK -> parts >= 2;
            case AT_MENTION -> c.explicit || parts >= 2;
            case CODE, BOLD -> parts >= 2 && !dotted && AgentNames.isSlugShaped(c.written) && followsLikeName;
            case DISPLAY_NAME, DISPLAY_NAME_PART -> labelGhost && parts >= 2 && parts <= 5 && followsLikeName
                    && namePosition(c, clause, previous);
            case PLAIN -> parts >= 2 && !dotted && followsLikeName && namePosition(c, clause, previous);
            default -> false;
        };
    }

    /** A plain ghost name must stand where a name stands: after "with"/"to"/"support", or first in a list of names. */
    private boolean namePosition(Candidate c, Clause clause, Candidate previous) {
        String prefix = clause.prefix.strip();
        if (NAME_POSITION.matcher(prefix).find()) {
            return true;
        }
        if (!prefix.isEmpty()) {
            return false;
        }
        if (clause.boundary == 0 || clause.boundary == ':' || clause.boundary == '\n' || clause.boundary == '•') {
            return true;
        }
        return previous != null && CONTINUATION.matcher(flat.subSequence(previous.flatEnd, c.flatStart)).matches();
    }

    private boolean followedByAgentWord(Candidate c) {
        return AGENT_WORD_AFTER.matcher(flat).region(c.flatEnd, flat.length()).lookingAt();
    }

    /** "domain-experts", "Frontend Developers": a group of people, not one agent. */
    private static boolean plural(String key) {
        String last = key.substring(key.lastIndexOf('-') + 1);
        return last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is") && !last.endsWith("ops");
    }

    /** Inside square, angle or curly brackets a name is a placeholder such as {@code [agent-name]}. */
    private boolean bracketed(Candidate c) {
        char before = c.flatStart > 0 ? flat.charAt(c.flatStart - 1) : ' ';
        char after = c.flatEnd < flat.length() ? flat.charAt(c.flatEnd) : ' ';
        return before == '[' || before == '<' || before == '{' || after == ']' || after == '>' || after == '}';
    }

    private record Clause(String prefix, char boundary) {
    }

    /**
     * The text of the clause before {@code at}: back to the last sentence or list punctuation, at most 120 characters
     * and the rest of a word those cut. A clause never starts inside a word, whose tail the patterns would read as a
     * word of its own ("ping" of "mapping"); {@link QuietText} counts on it.
     */
    private Clause clauseBefore(int at) {
        int floor = Math.max(0, at - 120);
        while (floor > 0 && isWordChar(flat.charAt(floor - 1)) && isWordChar(flat.charAt(floor))) {
            floor--;
        }
        for (int i = at - 1; i >= floor; i--) {
            char c = flat.charAt(i);
            boolean boundary = switch (c) {
                case ',', '(', ')', '•', '|', '\n' -> true;
                case '.', ';', '!', '?' -> i + 1 >= flat.length() || Character.isWhitespace(flat.charAt(i + 1));
                case '—', '–' -> i > 0 && flat.charAt(i - 1) == ' ';
                default -> false;
            };
            if (boundary) {
                return new Clause(flat.substring(i + 1, at), c);
            }
        }
        return new Clause(flat.substring(floor, at), floor == 0 ? (char) 0 : ' ');
    }

    /** A character of the patterns' {@code \w}. */
    private static boolean isWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    // Flattening: the block's inline content as plain text, with the candidate names found on the way.

    private void flatten(Node node) {
        if (node instanceof Text textNode) {
            appendText(textNode);
        } else if (node instanceof Code code) {
            appendCode(code);
        } else if (node instanceof StrongEmphasis strong) {
            appendStrong(strong);
        } else if (node instanceof Emphasis) {
            flattenChildren(node);
        } else if (node instanceof Link link) {
            appendLink(link);
        } else if (node instanceof SoftLineBreak) {
            flat.append(' ');
        } else if (node instanceof HardLineBreak) {
            flat.append('\n');
        } else if (node instanceof HtmlInline || node instanceof Image) {
            flat.append(' ');
        } else if (node instanceof TableCell) {
            flat.append('|');
            flattenChildren(node);
            flat.append(' ');
        } else {
            flattenChildren(node);
        }
    }

    private void flattenChildren(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            flatten(child);
        }
    }

    private void appendText(Text node) {
        int start = sourceStart(node);
        String source = start < 0 ? node.getLiteral() : text.substring(start, start + sourceLength(node));
        if (start < 0) {
            flat.append(source);
            return;
        }
        int flatStart = flat.length();
        flat.append(source);
        // Most text holds none of these; a character test is much cheaper than running the pattern.
        if (hasHyphen(source)) {
            slug.reset(source);
            for (int from = 0; NameSearch.nextSlug(slug, source, from); from = slug.end()) {
                String written = slug.group();
                add(AgentNames.key(written), written, start + slug.start(), start + slug.end(), NameForm.PLAIN,
                        flatStart + slug.start(), flatStart + slug.end(), false);
            }
        }
        if (inSection) {
            plainWord.reset(source);
            while (plainWord.find()) {
                String written = plainWord.group();
                if (index.contains(written)) {
                    add(written, written, start + plainWord.start(), start + plainWord.end(), NameForm.PLAIN,
                            flatStart + plainWord.start(), flatStart + plainWord.end(), false);
                }
            }
        }
        at.reset(source);
        while (source.indexOf('@') >= 0 && at.find()) {
            String written = at.group(2);
            add(AgentNames.key(written), written, start + at.start(2), start + at.end(2), NameForm.AT_MENTION,
                    flatStart + at.start(), flatStart + at.end(), at.group(1) != null);
        }
        agentWord.reset(source);
        for (int from = 0; mayHoldAgentWord(source) && NameSearch.nextAgentWord(agentWord, source, from); from = agentWord.end()) {
            int wordsStart = startOfWordsBefore(source, agentWord.start(), MAX_NAME_WORDS);
            if (wordsStart < agentWord.start()) {
                addAgentWord(source.substring(wordsStart, agentWord.start()), start + wordsStart, flatStart + wordsStart);
            }
        }
    }

    private static boolean hasHyphen(String source) {
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013') {
                return true;
            }
        }
        return false;
    }

    private static boolean mayHoldAgentWord(String source) {
        return source.indexOf("gent") >= 0 || source.indexOf("GENT") >= 0;
    }

    /** Where the {@code count} words before {@code end} begin (words of letters, digits, dots and hyphens). */
    private static int startOfWordsBefore(String source, int end, int count) {
        int i = end;
        for (int words = 0; words < count; words++) {
            int j = i;
            while (j > 0 && Character.isWhitespace(source.charAt(j - 1))) {
                j--;
            }
            int wordEnd = j;
            while (j > 0 && isNameChar(source.charAt(j - 1))) {
                j--;
            }
            if (j == wordEnd) {
                break;
            }
            i = j;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_' || AgentNames.HYPHENS.indexOf(c) >= 0;
    }

    /** "the debugger agent": the longest run of words before "agent" that names an agent. */
    private void addAgentWord(String words, int start, int flatStart) {
        String trimmed = words.stripTrailing();
        Matcher word = WORD.matcher(trimmed);
        while (word.find()) {
            String written = trimmed.substring(word.start());
            String key = AgentNames.key(written);
            if (index.contains(key)) {
                add(key, written, start + word.start(), start + trimmed.length(), NameForm.AGENT_WORD,
                        flatStart + word.start(), flatStart + trimmed.length(), false);
                return;
            }
        }
    }

    private void appendCode(Code code) {
        String literal = code.getLiteral();
        int spanStart = sourceStart(code);
        int flatStart = flat.length();
        flat.append(literal);
        String name = literal.strip();
        boolean at = name.startsWith("@");
        if (at) {
            name = name.startsWith("@agent-") ? name.substring(7) : name.substring(1);
        }
        if (spanStart < 0 || name.isEmpty() || name.length() > 80) {
            return;
        }
        int nameStart = text.indexOf(name, spanStart);
        if (nameStart < 0 || nameStart >= spanStart + sourceLength(code)) {
            return;
        }
        String key = AgentNames.key(name);
        if (AgentNames.isSlugShaped(name) || index.contains(key) && !name.contains(" ")) {
            int offsetInFlat = literal.indexOf(name);
            add(key, name, nameStart, nameStart + name.length(), at ? NameForm.AT_MENTION : NameForm.CODE,
                    flatStart + offsetInFlat, flatStart + offsetInFlat + name.length(), at && literal.strip().startsWith("@agent-"));
        }
    }

    private void appendStrong(StrongEmphasis strong) {
        Node only = strong.getFirstChild();
        if (!(only instanceof Text inner) || only.getNext() != null || sourceStart(inner) < 0) {
            flattenChildren(strong); // bold around code, links or mixed markup: look at the parts
            return;
        }
        int innerStart = sourceStart(inner);
        String source = text.substring(innerStart, innerStart + sourceLength(inner));
        int flatStart = flat.length();
        flat.append(source);
        String name = source.strip();
        int lead = source.indexOf(name);
        if (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1).stripTrailing();
        }
        NameForm form = NameForm.BOLD;
        if (name.regionMatches(true, 0, "With ", 0, 5)) {
            lead += 5;
            name = name.substring(5).strip();
            form = NameForm.WITH;
        }
        if (name.isEmpty() || name.length() > 80) {
            return;
        }
        String key = singularIfAgent(AgentNames.key(name));
        if (form == NameForm.WITH || AgentNames.isSlugShaped(name)) {
            add(key, name, innerStart + lead, innerStart + lead + name.length(), form, flatStart + lead,
                    flatStart + lead + name.length(), false);
        } else if (index.contains(key) || isTitleCase(name) && !name.contains("/")) {
            add(key, name, innerStart + lead, innerStart + lead + name.length(), NameForm.DISPLAY_NAME,
                    flatStart + lead, flatStart + lead + name.length(), false);
        } else if (name.contains("/")) {
            addNameGroup(name, innerStart + lead, flatStart + lead);
        }
    }

    /**
     * "windows-infra-admin / m365-admin" names two agents. "Frontend / Mobile Developer" names frontend-developer and
     * mobile-developer: the words after the last part's
     * first word are shared. The longest shared tail that makes every part an agent wins; without one, a Title Case
     * group is read with a one-word tail (its parts become ghosts). Each reference covers only its own words
     * ("Frontend", "Mobile"), so a rename can change one name without touching the shared words.
     */
    private void addNameGroup(String group, int start, int flatStart) {
        List<int[]> parts = new ArrayList<>();
        int from = 0;
        for (int slash = group.indexOf('/'); ; slash = group.indexOf('/', from)) {
            int to = slash < 0 ? group.length() : slash;
            String part = group.substring(from, to);
            int lead = part.length() - part.stripLeading().length();
            String stripped = part.strip();
            if (stripped.isEmpty()) {
                return;
            }
            parts.add(new int[] {from + lead, from + lead + stripped.length()});
            if (slash < 0) {
                break;
            }
            from = slash + 1;
        }
        if (parts.size() < 2) {
            return;
        }
        if (parts.stream().allMatch(part -> AgentNames.isSlugShaped(group.substring(part[0], part[1])))) {
            for (int[] part : parts) { // "**windows-infra-admin / m365-admin**": each part is a whole name
                String name = group.substring(part[0], part[1]);
                add(AgentNames.key(name), name, start + part[0], start + part[1], NameForm.BOLD, flatStart + part[0],
                        flatStart + part[1], false);
            }
            return;
        }
        int[] lastPart = parts.get(parts.size() - 1);
        String last = group.substring(lastPart[0], lastPart[1]);
        String[] lastWords = last.split("\\s+");
        for (int tailWords = lastWords.length - 1; tailWords >= 1; tailWords--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(lastWords, lastWords.length - tailWords, lastWords.length));
            List<String> keys = new ArrayList<>();
            for (int[] part : parts) {
                String name = part == lastPart ? last : group.substring(part[0], part[1]) + " " + tail;
                keys.add(singularIfAgent(AgentNames.key(name)));
            }
            boolean allAgents = keys.stream().allMatch(index::contains);
            if (allAgents || tailWords == 1 && isTitleCase(group.replace("/", " "))) {
                Matcher word = WORD.matcher(last);
                int lastHeadEnd = lastPart[0];
                for (int w = 0; w < lastWords.length - tailWords && word.find(); w++) {
                    lastHeadEnd = lastPart[0] + word.end();
                }
                for (int i = 0; i < parts.size(); i++) {
                    int[] part = parts.get(i);
                    int end = part == lastPart ? lastHeadEnd : part[1];
                    add(keys.get(i), group.substring(part[0], end), start + part[0], start + end, NameForm.DISPLAY_NAME_PART,
                            flatStart + part[0], flatStart + end, false);
                }
                return;
            }
        }
    }

    /** "**Backend Developers**" names the backend-developer agent when there is one. */
    private String singularIfAgent(String key) {
        if (!index.contains(key) && key.endsWith("s") && index.contains(key.substring(0, key.length() - 1))) {
            return key.substring(0, key.length() - 1);
        }
        return key;
    }

    private void appendLink(Link link) {
        String destination = link.getDestination() == null ? "" : link.getDestination();
        String file = destination.replaceAll("[#?].*$", "");
        int spanStart = sourceStart(link);
        boolean local = !file.contains(":") && file.toLowerCase(Locale.ROOT).endsWith(".md");
        if (!local || spanStart < 0) {
            flattenChildren(link);
            return;
        }
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        String stem = fileName.toLowerCase(Locale.ROOT).endsWith(".agent.md")
                ? fileName.substring(0, fileName.length() - ".agent.md".length())
                : fileName.substring(0, fileName.length() - ".md".length());
        int flatStart = flat.length();
        flatChildrenAsText(link);
        int length = sourceLength(link);
        add(AgentNames.key(stem), text.substring(spanStart, spanStart + length), spanStart, spanStart + length,
                NameForm.LINK, flatStart, flat.length(), true);
    }

    /** A link's text without looking for names in it: the link itself is the reference. */
    private void flatChildrenAsText(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text t) {
                flat.append(t.getLiteral());
            } else if (child instanceof Code c) {
                flat.append(c.getLiteral());
            } else {
                flatChildrenAsText(child);
            }
        }
    }

    private void add(String key, String written, int start, int end, NameForm form, int flatStart, int flatEnd, boolean explicit) {
        if (!key.isEmpty()) {
            candidates.add(new Candidate(key, written, start, end, form, flatStart, flatEnd, explicit));
        }
    }

    private static boolean isTitleCase(String name) {
        String[] words = WHITESPACE.split(name.strip());
        if (words.length < 2 || words.length > 5) {
            return false;
        }
        for (String word : words) {
            if (!TITLE_WORD.matcher(word).matches()) {
                return false;
            }
        }
        return Character.isUpperCase(words[0].charAt(0)) || Character.isDigit(words[0].charAt(0));
    }

    private int sourceStart(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? -1 : bodyStart + spans.get(0).getInputIndex();
    }

    private static int sourceLength(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return last.getInputIndex() + last.getLength() - first.getInputIndex();
    }
}
