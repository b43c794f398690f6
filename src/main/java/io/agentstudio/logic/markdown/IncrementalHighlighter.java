package io.agentstudio.logic.markdown;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Keeps the fence state after every line so an edit restyles only the lines it replaced, plus the following lines
 * whose fence state it changed (typing {@code ```} restyles up to the next fence; typing a letter restyles one line).
 */
public final class IncrementalHighlighter {
    private final MarkdownLineTokenizer tokenizer = new MarkdownLineTokenizer();
    /** The fenced block open after each line; null marks a line of an edit not tokenized yet. */
    private final List<Fence> after = new ArrayList<>();

    /** Highlights every line from scratch. */
    public Restyle reset(List<String> lines) {
        after.clear();
        return edit(0, 0, lines.size(), lines::get, lines.size());
    }

    /**
     * Lines {@code [first, first + removedLines)} of the previous text became {@code [first, first + insertedLines)};
     * {@code line} reads a line of the new text, which has {@code lineCount} lines.
     */
    public Restyle edit(int first, int removedLines, int insertedLines, IntFunction<String> line, int lineCount) {
        int lastRemoved = Math.min(after.size(), first + removedLines) - 1;
        Fence endedBefore = lastRemoved >= first ? after.get(lastRemoved) : null;
        after.subList(first, lastRemoved + 1).clear();
        after.addAll(first, Collections.nCopies(insertedLines, null));
        int lastInserted = first + insertedLines - 1;
        List<LineStyles> restyled = new ArrayList<>();
        Fence state = first == 0 ? Fence.NONE : after.get(first - 1);
        for (int i = first; i < lineCount; i++) {
            LineStyles styles = tokenizer.tokenize(line.apply(i), state);
            Fence previous = after.set(i, styles.after());
            if (i == lastInserted) {
                previous = endedBefore;
            }
            restyled.add(styles);
            state = styles.after();
            // From here on every line starts in the state it started in before the edit, so its styles stand.
            if (i >= lastInserted && styles.after().equals(previous)) {
                break;
            }
        }
        return new Restyle(first, restyled);
    }

    /** The fenced block open before {@code line}. */
    public Fence fenceBefore(int line) {
        return line == 0 ? Fence.NONE : after.get(line - 1);
    }
}
