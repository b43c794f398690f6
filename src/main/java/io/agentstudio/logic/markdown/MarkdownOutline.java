package io.agentstudio.logic.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ATX headings ({@code # Title}) of a body, skipping fenced code blocks, whose {@code #} lines are comments.
 * A line scan rather than a full parse because it runs after every keystroke.
 */
public final class MarkdownOutline {
    private static final Pattern HEADING = Pattern.compile(" {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,})(.*)");

    private MarkdownOutline() {
    }

    public static List<Heading> headings(String markdown) {
        List<Heading> headings = new ArrayList<>();
        String[] lines = markdown.split("\r\n|\r|\n", -1);
        String openFence = null;
        for (int i = 0; i < lines.length; i++) {
            if (!mayMatter(lines[i])) {
                continue;
            }
            Matcher fence = FENCE.matcher(lines[i]);
            if (fence.matches()) {
                String marker = fence.group(1);
                if (openFence == null) {
                    openFence = marker;
                } else if (marker.charAt(0) == openFence.charAt(0) && marker.length() >= openFence.length()
                        && fence.group(2).isBlank()) {
                    openFence = null;
                }
                continue;
            }
            Matcher heading = HEADING.matcher(lines[i]);
            if (openFence == null && heading.matches()) {
                String title = heading.group(2) == null ? "" : heading.group(2).strip();
                headings.add(new Heading(i, heading.group(1).length(), title));
            }
        }
        return headings;
    }

    /** Most lines start with neither '#', '`' nor '~'; skipping them before any pattern keeps a keystroke cheap. */
    private static boolean mayMatter(String line) {
        int first = 0;
        while (first < line.length() && first < 4 && line.charAt(first) == ' ') {
            first++;
        }
        if (first == line.length()) {
            return false;
        }
        char c = line.charAt(first);
        return c == '#' || c == '`' || c == '~';
    }
}
