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

import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a code area's Markdown highlighting current: after each text change only the paragraphs the
 * {@link IncrementalHighlighter} reports are restyled, in one style-span replacement.
 */
final class MarkdownHighlighting {
    private static final Map<Set<MarkdownStyle>, Collection<String>> CLASSES = new ConcurrentHashMap<>();

    private final CodeArea area;
    private final IncrementalHighlighter highlighter = new IncrementalHighlighter();

    private MarkdownHighlighting(CodeArea area) {
        this.area = area;
    }

    /** Highlights the area's text now and after every change. */
    static void attach(CodeArea area) {
        MarkdownHighlighting highlighting = new MarkdownHighlighting(area);
        highlighting.apply(highlighting.highlighter.reset(
                area.getParagraphs().stream().map(paragraph -> paragraph.getText()).toList()));
        area.plainTextChanges().subscribe(highlighting::changed);
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
            List<StyleRun> runs = lines.get(i).runs();
            if (runs.isEmpty()) {
                spans.add(List.of(), 0);
            }
            for (StyleRun run : runs) {
                spans.add(CLASSES.computeIfAbsent(run.styles(), MarkdownHighlighting::cssClasses), run.length());
            }
        }
        StyleSpans<Collection<String>> built = spans.create();
        int start = area.getAbsolutePosition(restyle.firstLine(), 0);
        // Typing a letter mostly leaves the styles as the area already extended them; each change of a long
        // document costs the area milliseconds, so an unchanged restyle is not applied.
        if (!sameStyles(area.getStyleSpans(start, start + built.length()), built)) {
            area.setStyleSpans(start, built);
        }
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
