package io.agentstudio.gui.body;

import io.agentstudio.logic.markdown.IncrementalHighlighter;
import io.agentstudio.logic.markdown.LineStyles;
import io.agentstudio.logic.markdown.MarkdownStyle;
import io.agentstudio.logic.markdown.Restyle;
import io.agentstudio.logic.markdown.StyleRun;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.fxmisc.richtext.model.TwoDimensional;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a code area's Markdown highlighting current: after each text change only the paragraphs the
 * {@link IncrementalHighlighter} reports are restyled, in one style-span replacement. Marks (the underlines of
 * problems) are laid over the highlighting as extra style classes and survive its restyling.
 */
final class MarkdownHighlighting {
    private static final Map<Set<MarkdownStyle>, Collection<String>> CLASSES = new ConcurrentHashMap<>();
    private static final String MARK_PREFIX = "problem-";

    /** A range of a paragraph ({@code [start, end)} in its characters) drawn with an extra style class. */
    record Mark(int start, int end, String styleClass) {
        Mark {
            if (!styleClass.startsWith(MARK_PREFIX)) {
                throw new IllegalArgumentException("A mark's class starts with " + MARK_PREFIX + ": " + styleClass);
            }
        }
    }

    private final CodeArea area;
    private final IncrementalHighlighter highlighter = new IncrementalHighlighter();
    private Map<Integer, List<Mark>> marks = Map.of();

    private MarkdownHighlighting(CodeArea area) {
        this.area = area;
    }

    /** Highlights the area's text now and after every change. */
    static MarkdownHighlighting attach(CodeArea area) {
        MarkdownHighlighting highlighting = new MarkdownHighlighting(area);
        highlighting.apply(highlighting.highlighter.reset(
                area.getParagraphs().stream().map(paragraph -> paragraph.getText()).toList()));
        area.plainTextChanges().subscribe(highlighting::changed);
        return highlighting;
    }

    /** Replaces the marks (by paragraph); only the paragraphs whose marks come or go are restyled. */
    void mark(Map<Integer, List<Mark>> next) {
        Set<Integer> touched = new java.util.HashSet<>(marks.keySet());
        touched.addAll(next.keySet());
        marks = Map.copyOf(next);
        for (int paragraph : touched) {
            if (paragraph < area.getParagraphs().size()) {
                StyleSpans<Collection<String>> shown = area.getStyleSpans(paragraph);
                StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
                addMarked(spans, shown.mapStyles(MarkdownHighlighting::withoutMarks).stream().toList(),
                        marks.getOrDefault(paragraph, List.of()));
                StyleSpans<Collection<String>> wanted = spans.create();
                if (!sameStyles(shown, wanted)) {
                    area.setStyleSpans(paragraph, 0, wanted);
                }
            }
        }
    }

    private void changed(PlainTextChange change) {
        int first = area.offsetToPosition(change.getPosition(), TwoDimensional.Bias.Forward).getMajor();
        Restyle restyle = highlighter.edit(first, lineBreaks(change.getRemoved()) + 1, lineBreaks(change.getInserted()) + 1,
                paragraph -> area.getParagraph(paragraph).getText(), area.getParagraphs().size());
        apply(restyle);
    }

    private void apply(Restyle restyle) {
        if (restyle.lines().isEmpty()) {
            return;
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        List<LineStyles> lines = restyle.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                spans.add(List.of(), 1);
            }
            List<StyleSpan<Collection<String>>> runs = new ArrayList<>();
            for (StyleRun run : lines.get(i).runs()) {
                runs.add(new StyleSpan<>(CLASSES.computeIfAbsent(run.styles(), MarkdownHighlighting::cssClasses), run.length()));
            }
            if (runs.isEmpty()) {
                runs.add(new StyleSpan<>(List.of(), 0));
            }
            addMarked(spans, runs, marks.getOrDefault(restyle.firstLine() + i, List.of()));
        }
        StyleSpans<Collection<String>> built = spans.create();
        int start = area.getAbsolutePosition(restyle.firstLine(), 0);
        // Typing a letter mostly leaves the styles as the area already extended them; each change of a long
        // document costs the area milliseconds, so an unchanged restyle is not applied.
        if (!sameStyles(area.getStyleSpans(start, start + built.length()), built)) {
            area.setStyleSpans(start, built);
        }
    }

    /** Adds a paragraph's spans, each split where a mark starts or ends and given the marks' classes inside them. */
    private static void addMarked(StyleSpansBuilder<Collection<String>> out, List<StyleSpan<Collection<String>>> spans, List<Mark> marks) {
        int position = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            int end = position + span.getLength();
            if (span.getLength() == 0 || marks.isEmpty()) {
                out.add(span.getStyle(), span.getLength());
            }
            for (int cut = position; cut < end && !marks.isEmpty(); ) {
                int next = end;
                List<String> classes = new ArrayList<>(span.getStyle());
                for (Mark mark : marks) {
                    if (mark.start() > cut && mark.start() < next) {
                        next = mark.start();
                    }
                    if (mark.end() > cut && mark.end() < next) {
                        next = mark.end();
                    }
                }
                for (Mark mark : marks) {
                    if (mark.start() <= cut && mark.end() >= next && !classes.contains(mark.styleClass())) {
                        classes.add(mark.styleClass());
                    }
                }
                out.add(classes, next - cut);
                cut = next;
            }
            position = end;
        }
    }

    private static Collection<String> withoutMarks(Collection<String> styles) {
        return styles.stream().filter(style -> !style.startsWith(MARK_PREFIX)).toList();
    }

    private static boolean sameStyles(StyleSpans<Collection<String>> shown, StyleSpans<Collection<String>> wanted) {
        Iterator<StyleSpan<Collection<String>>> a = nonEmpty(shown);
        Iterator<StyleSpan<Collection<String>>> b = nonEmpty(wanted);
        while (a.hasNext() && b.hasNext()) {
            StyleSpan<Collection<String>> x = a.next();
            StyleSpan<Collection<String>> y = b.next();
            if (x.getLength() != y.getLength() || !List.copyOf(x.getStyle()).equals(List.copyOf(y.getStyle()))) {
                return false;
            }
        }
        return !a.hasNext() && !b.hasNext();
    }

    private static Iterator<StyleSpan<Collection<String>>> nonEmpty(StyleSpans<Collection<String>> spans) {
        return spans.stream().filter(span -> span.getLength() > 0).iterator();
    }

    private static Collection<String> cssClasses(Set<MarkdownStyle> styles) {
        return styles.stream().map(MarkdownStyle::cssClass).sorted().toList();
    }

    private static int lineBreaks(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }
}
