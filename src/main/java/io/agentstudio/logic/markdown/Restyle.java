package io.agentstudio.logic.markdown;

import java.util.List;

/**
 * Lines whose styles changed after an edit: {@code lines.get(i)} belongs to line {@code firstLine + i}.
 */
public record Restyle(int firstLine, List<LineStyles> lines) {
    public Restyle {
        lines = List.copyOf(lines);
    }
}
