package io.agentstudio.logic.markdown;

import java.util.List;

/**
 * How one line is highlighted, and the fence state the next line starts in.
 *
 * @param runs  consecutive runs that cover the line exactly
 * @param after the fenced block open after this line, {@link Fence#NONE} when none is
 */
public record LineStyles(List<StyleRun> runs, Fence after) {
    public LineStyles {
        runs = List.copyOf(runs);
    }
}
