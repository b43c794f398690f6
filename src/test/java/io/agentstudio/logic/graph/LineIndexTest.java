package io.agentstudio.logic.graph;

import io.agentstudio.model.TextLines;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines found once, from a String or from its characters, are the lines {@link TextLines} walks to one by one. */
class LineIndexTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "one", "one\n", "\n", "\r", "\r\n", "a\nb\r\nc\rd", "a\r\rb\n\nc\r\n\r\n", "a\n\rb",
        "\uFEFFa\r\n", "\u00e9t\u00e9 \u2011\r\nsuite\r"})
    void everyLineStartsAndEndsWhereTextLinesSays(String text) {
        for (LineIndex lines : new LineIndex[] {new LineIndex(text), new LineIndex(text, text.toCharArray())}) {
            int start = 0;
            for (int line = 0; line < lines.lineCount(); line++) {
                assertThat(lines.lineStart(line)).as("start of line %d", line).isEqualTo(start);
                assertThat(lines.lineEnd(line)).as("end of line %d", line).isEqualTo(TextLines.lineContentEnd(text, start));
                assertThat(lines.lineOf(start)).isEqualTo(TextLines.lineOf(text, start));
                start = TextLines.nextLineStart(text, start);
                assertThat(lines.nextLineStart(line)).isEqualTo(start);
            }
            assertThat(lines.lineCount()).isEqualTo(TextLines.lineOf(text, text.length()) + 1);
        }
    }
}
