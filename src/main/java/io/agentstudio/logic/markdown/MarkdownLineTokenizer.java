package io.agentstudio.logic.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Highlights Markdown one line at a time. The only state carried from line to line is the open fenced code block,
 * which is what lets the editor restyle just the lines an edit touched (see {@link IncrementalHighlighter}).
 * Inline constructs are matched within a line; emphasis that spans a line break is left plain, a deliberate
 * trade of exactness for speed in an editor.
 */
public final class MarkdownLineTokenizer {
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)");
    private static final Pattern HEADING = Pattern.compile("( {0,3}#{1,6})(?:[ \t].*)?");
    private static final Pattern RULE = Pattern.compile(" {0,3}(?:(?:\\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})");
    private static final Pattern QUOTE = Pattern.compile(" {0,3}>[ \t]?");
    private static final Pattern LIST = Pattern.compile("[ \t]*(?:[-*+]|\\d{1,9}[.)])(?:[ \t]+\\[[ xX]\\])?(?=[ \t]|$)");
    private static final Pattern CODE_SPAN = Pattern.compile("(`+)(?!`)(.+?)(?<!`)\\1(?!`)");
    private static final Pattern LINK = Pattern.compile("!?\\[([^\\]]*)\\](?:\\(([^)\\s]*(?:\\s+\"[^\"]*\")?)\\)|\\[[^\\]]*\\])");
    private static final Pattern AUTOLINK = Pattern.compile("<(?:https?|mailto|ftp):[^>\\s]*>|\\b(?:https?://|www\\.)[^\\s<>()\\[\\]]+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![*\\w])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)"
            + "|(?<![_\\w])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![_\\w])");
    /** Stands in for code-span characters so that emphasis and link patterns never match inside code. */
    private static final char MASKED = 'x';

    /** Styles {@code line} (without its terminator) given the fenced block open before it. */
    public LineStyles tokenize(String line, Fence before) {
        int[] masks = new int[line.length()];
        Fence after = before.isOpen() ? insideFence(line, before, masks) : outsideFence(line, masks);
        return new LineStyles(runs(masks), after);
    }

    private static Fence insideFence(String line, Fence open, int[] masks) {
        Matcher fence = FENCE.matcher(line);
        if (fence.matches() && fence.group(1).charAt(0) == open.marker() && fence.group(1).length() >= open.length()
                && fence.group(2).isBlank()) {
            mark(masks, 0, line.length(), MarkdownStyle.FENCE);
            return Fence.NONE;
        }
        mark(masks, 0, line.length(), MarkdownStyle.CODE_BLOCK);
        return open;
    }

    private static Fence outsideFence(String line, int[] masks) {
        Matcher fence = FENCE.matcher(line);
        if (fence.matches() && !(fence.group(1).charAt(0) == '`' && fence.group(2).indexOf('`') >= 0)) {
            mark(masks, 0, line.length(), MarkdownStyle.FENCE);
            return new Fence(fence.group(1).charAt(0), fence.group(1).length());
        }
        block(line, 0, masks);
        return Fence.NONE;
    }

    /** Block-level markers at {@code from} (after any quote markers), then the inline constructs of the rest. */
    private static void block(String line, int from, int[] masks) {
        String rest = line.substring(from);
        Matcher quote = QUOTE.matcher(rest);
        if (quote.lookingAt()) {
            mark(masks, from, line.length(), MarkdownStyle.QUOTE);
            block(line, from + quote.end(), masks);
            return;
        }
        Matcher heading = HEADING.matcher(rest);
        if (heading.matches()) {
            mark(masks, from, line.length(), MarkdownStyle.HEADING);
            mark(masks, from, from + heading.end(1), MarkdownStyle.HEADING_MARKER);
            inline(line, from + heading.end(1), masks);
            return;
        }
        if (RULE.matcher(rest).matches()) {
            mark(masks, from, line.length(), MarkdownStyle.RULE);
            return;
        }
        Matcher list = LIST.matcher(rest);
        if (list.lookingAt()) {
            int markerStart = from + rest.length() - rest.stripLeading().length();
            mark(masks, markerStart, from + list.end(), MarkdownStyle.LIST_MARKER);
            inline(line, from + list.end(), masks);
            return;
        }
        inline(line, from, masks);
    }

    private static void inline(String line, int from, int[] masks) {
        char[] visible = line.toCharArray();
        Matcher code = CODE_SPAN.matcher(line).region(from, line.length());
        while (code.find()) {
            mark(masks, code.start(), code.end(), MarkdownStyle.CODE);
            for (int i = code.start(); i < code.end(); i++) {
                visible[i] = MASKED;
            }
        }
        String masked = new String(visible);
        Matcher link = LINK.matcher(masked).region(from, masked.length());
        while (link.find()) {
            mark(masks, link.start(), link.end(1) + 1, MarkdownStyle.LINK_TEXT);
            mark(masks, link.end(1) + 1, link.end(), MarkdownStyle.URL);
        }
        markAll(AUTOLINK.matcher(masked).region(from, masked.length()), masks, MarkdownStyle.URL);
        markAll(STRONG.matcher(masked).region(from, masked.length()), masks, MarkdownStyle.STRONG);
        markAll(EMPHASIS.matcher(masked).region(from, masked.length()), masks, MarkdownStyle.EMPHASIS);
    }

    private static void markAll(Matcher matcher, int[] masks, MarkdownStyle style) {
        while (matcher.find()) {
            mark(masks, matcher.start(), matcher.end(), style);
        }
    }

    private static void mark(int[] masks, int from, int to, MarkdownStyle style) {
        int bit = 1 << style.ordinal();
        for (int i = from; i < to; i++) {
            masks[i] |= bit;
        }
    }

    private static List<StyleRun> runs(int[] masks) {
        List<StyleRun> runs = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= masks.length; i++) {
            if (i == masks.length || masks[i] != masks[start]) {
                runs.add(new StyleRun(i - start, styles(masks[start])));
                start = i;
            }
        }
        return runs;
    }

    private static Set<MarkdownStyle> styles(int mask) {
        Set<MarkdownStyle> styles = EnumSet.noneOf(MarkdownStyle.class);
        for (MarkdownStyle style : MarkdownStyle.values()) {
            if ((mask & (1 << style.ordinal())) != 0) {
                styles.add(style);
            }
        }
        return styles;
    }
}
