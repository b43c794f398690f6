package io.agentstudio.gui.editor;

import io.agentstudio.logic.markdown.IncrementalHighlighter;
import io.agentstudio.logic.markdown.LineStyles;
import io.agentstudio.logic.markdown.MarkdownStyle;
import io.agentstudio.logic.markdown.StyleRun;
import io.agentstudio.logic.validation.Finding;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The styles of the whole file in the Source view: YAML for the frontmatter lines (keys, strings, comments, fences),
 * Markdown for the body, and the problems underlined on their lines. The whole file is restyled at once: Source is
 * where a file is repaired, and agent files are small enough that one pass costs less than a frame.
 */
final class SourceHighlighting {
    private static final Pattern FENCE = Pattern.compile("^(?:---|\\.\\.\\.)\\s*$");
    private static final Pattern COMMENT = Pattern.compile("^\\s*#.*$");
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:-\\s+)?)([^\\s#:'\"][^:#]*?)(:)(?=\\s|$)");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(-)(?=\\s|$)");
    private static final Pattern VALUE_COMMENT = Pattern.compile("\\s#.*$");

    private SourceHighlighting() {
    }

    /**
     * The spans of {@code lines} (the area's paragraphs), the first {@code yamlLines} of them frontmatter, with the
     * findings' lines ({@code byLine}, 0-based) underlined from their column.
     */
    static StyleSpans<Collection<String>> of(List<String> lines, int yamlLines, Map<Integer, List<Finding>> byLine) {
        List<LineStyles> body = new IncrementalHighlighter().reset(lines.subList(Math.min(yamlLines, lines.size()), lines.size())).lines();
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            List<Run> runs = i < yamlLines ? yaml(line) : markdown(body.get(i - yamlLines));
            List<Finding> findings = byLine.getOrDefault(i, List.of());
            if (!findings.isEmpty()) {
                runs = underlined(runs, line, findings);
            }
            runs.forEach(run -> spans.add(run.styles(), run.length()));
            if (runs.isEmpty()) {
                spans.add(List.of(), 0);
            }
            if (i < lines.size() - 1) {
                spans.add(List.of(), 1);
            }
        }
        return spans.create();
    }

    private record Run(int length, List<String> styles) {
    }

    private static List<Run> yaml(String line) {
        List<Run> runs = new ArrayList<>();
        if (FENCE.matcher(line).matches()) {
            runs.add(new Run(line.length(), List.of("yaml-fence")));
            return runs;
        }
        if (COMMENT.matcher(line).matches()) {
            runs.add(new Run(line.length(), List.of("yaml-comment")));
            return runs;
        }
        int at = 0;
        Matcher key = KEY.matcher(line);
        Matcher item = ITEM.matcher(line);
        if (key.lookingAt()) {
            runs.add(new Run(key.end(1), List.of("yaml-punct")));
            runs.add(new Run(key.end(2) - key.start(2), List.of("yaml-key")));
            runs.add(new Run(1, List.of("yaml-punct")));
            at = key.end();
        } else if (item.lookingAt()) {
            runs.add(new Run(item.end(), List.of("yaml-punct")));
            at = item.end();
        }
        String value = line.substring(at);
        Matcher comment = VALUE_COMMENT.matcher(value);
        int valueEnd = value.strip().startsWith("\"") || value.strip().startsWith("'") || !comment.find() ? value.length() : comment.start();
        String kind = value.strip().startsWith("\"") || value.strip().startsWith("'") ? "yaml-string" : "yaml-value";
        runs.add(new Run(valueEnd, List.of(kind)));
        if (valueEnd < value.length()) {
            runs.add(new Run(value.length() - valueEnd, List.of("yaml-comment")));
        }
        return runs;
    }

    private static List<Run> markdown(LineStyles line) {
        List<Run> runs = new ArrayList<>();
        for (StyleRun run : line.runs()) {
            runs.add(new Run(run.length(), run.styles().stream().map(MarkdownStyle::cssClass).sorted().toList()));
        }
        return runs;
    }

    /** The runs split where the worst finding's range starts and ends, with its problem class inside. */
    private static List<Run> underlined(List<Run> runs, String line, List<Finding> findings) {
        Finding worst = findings.stream().min((a, b) -> a.severity().compareTo(b.severity())).orElseThrow();
        int[] range = range(line, worst.problem().column());
        String mark = "problem-" + worst.severity().label();
        List<Run> marked = new ArrayList<>();
        int position = 0;
        for (Run run : runs) {
            int end = position + run.length();
            int cut1 = Math.max(position, Math.min(end, range[0]));
            int cut2 = Math.max(position, Math.min(end, range[1]));
            addIfAny(marked, cut1 - position, run.styles());
            addIfAny(marked, cut2 - cut1, withMark(run.styles(), mark));
            addIfAny(marked, end - cut2, run.styles());
            position = end;
        }
        return marked;
    }

    /** From the finding's column (1-based; 0 means the whole line) to the end of the non-blank run there. */
    static int[] range(String line, int column) {
        if (line.isBlank()) {
            return new int[] {0, line.length()};
        }
        int start = column <= 1 ? 0 : Math.min(column - 1, line.length());
        while (start < line.length() && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        if (column <= 1) {
            return new int[] {start, line.stripTrailing().length()};
        }
        int end = start;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        return end > start ? new int[] {start, end} : new int[] {0, line.stripTrailing().length()};
    }

    private static void addIfAny(List<Run> runs, int length, List<String> styles) {
        if (length > 0) {
            runs.add(new Run(length, styles));
        }
    }

    private static List<String> withMark(List<String> styles, String mark) {
        List<String> marked = new ArrayList<>(styles);
        marked.add(mark);
        return marked;
    }
}
