package io.agentstudio.logic.markdown;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IncrementalHighlighterTest {
    private final IncrementalHighlighter highlighter = new IncrementalHighlighter();
    private final List<String> lines = new ArrayList<>(List.of(
            "# Title",        // 0
            "Some *text*.",   // 1
            "```",            // 2
            "code",           // 3
            "```",            // 4
            "after",          // 5
            "more",           // 6
            "end"));          // 7

    private Restyle replaceLine(int line, String text) {
        lines.set(line, text);
        return highlighter.edit(line, 1, 1, lines::get, lines.size());
    }

    @Test
    void theFirstPassStylesEveryLine() {
        Restyle all = highlighter.reset(lines);

        assertThat(all.firstLine()).isZero();
        assertThat(all.lines()).hasSize(8);
        assertThat(highlighter.fenceBefore(3)).isEqualTo(new Fence('`', 3));
        assertThat(highlighter.fenceBefore(5)).isEqualTo(Fence.NONE);
    }

    @Test
    void typingALetterRestylesOnlyThatLine() {
        highlighter.reset(lines);

        Restyle restyle = replaceLine(6, "moore");

        assertThat(restyle.firstLine()).isEqualTo(6);
        assertThat(restyle.lines()).hasSize(1);
    }

    @Test
    void typingInsideAFencedBlockRestylesOnlyThatLine() {
        highlighter.reset(lines);

        Restyle restyle = replaceLine(3, "code # still code");

        assertThat(restyle.lines()).singleElement().satisfies(line ->
                assertThat(line.runs().get(0).styles()).containsExactly(MarkdownStyle.CODE_BLOCK));
    }

    @Test
    void breakingTheClosingFenceRestylesToTheEndAndRepairingItRestylesBack() {
        highlighter.reset(lines);

        Restyle broken = replaceLine(4, "``");
        assertThat(broken.firstLine()).isEqualTo(4);
        assertThat(broken.lines()).as("lines 4..7 are now code").hasSize(4)
                .allSatisfy(line -> assertThat(line.runs().get(0).styles()).containsExactly(MarkdownStyle.CODE_BLOCK));

        Restyle repaired = replaceLine(4, "```");
        assertThat(repaired.lines()).hasSize(4);
        assertThat(repaired.lines().get(1).runs().get(0).styles()).isEmpty();
        assertThat(highlighter.fenceBefore(7)).isEqualTo(Fence.NONE);
    }

    @Test
    void openingAFenceStopsAtTheNextFence() {
        lines.set(0, "text");
        highlighter.reset(lines);

        Restyle opened = replaceLine(1, "~~~");

        assertThat(opened.firstLine()).isEqualTo(1);
        // Line 2 (```) is code inside the tilde block; the tilde block never closes, so all lines after change.
        assertThat(opened.lines()).hasSize(7);
        assertThat(highlighter.fenceBefore(5)).isEqualTo(new Fence('~', 3));
    }

    @Test
    void insertingAndRemovingLinesKeepsTheStateOfTheLinesAfter() {
        highlighter.reset(lines);

        lines.add(3, "more code");
        lines.add(3, "and more");
        Restyle inserted = highlighter.edit(3, 1, 3, lines::get, lines.size());
        assertThat(inserted.firstLine()).isEqualTo(3);
        assertThat(inserted.lines()).hasSize(3);
        assertThat(highlighter.fenceBefore(6)).isEqualTo(new Fence('`', 3));
        assertThat(highlighter.fenceBefore(7)).isEqualTo(Fence.NONE);

        lines.subList(2, 7).clear();
        lines.add(2, "merged");
        Restyle removed = highlighter.edit(2, 5, 1, lines::get, lines.size());
        assertThat(removed.firstLine()).isEqualTo(2);
        assertThat(removed.lines()).hasSize(1);
        assertThat(highlighter.fenceBefore(3)).isEqualTo(Fence.NONE);
    }
}
