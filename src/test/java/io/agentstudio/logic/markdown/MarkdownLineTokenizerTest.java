package io.agentstudio.logic.markdown;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.agentstudio.logic.markdown.MarkdownStyle.CODE;
import static io.agentstudio.logic.markdown.MarkdownStyle.CODE_BLOCK;
import static io.agentstudio.logic.markdown.MarkdownStyle.EMPHASIS;
import static io.agentstudio.logic.markdown.MarkdownStyle.FENCE;
import static io.agentstudio.logic.markdown.MarkdownStyle.HEADING;
import static io.agentstudio.logic.markdown.MarkdownStyle.HEADING_MARKER;
import static io.agentstudio.logic.markdown.MarkdownStyle.LINK_TEXT;
import static io.agentstudio.logic.markdown.MarkdownStyle.LIST_MARKER;
import static io.agentstudio.logic.markdown.MarkdownStyle.QUOTE;
import static io.agentstudio.logic.markdown.MarkdownStyle.RULE;
import static io.agentstudio.logic.markdown.MarkdownStyle.STRONG;
import static io.agentstudio.logic.markdown.MarkdownStyle.URL;
import static org.assertj.core.api.Assertions.assertThat;

class MarkdownLineTokenizerTest {
    private final MarkdownLineTokenizer tokenizer = new MarkdownLineTokenizer();

    /** The styles of each character of {@code line}, outside a fence. */
    private List<Set<MarkdownStyle>> styles(String line) {
        return styles(line, Fence.NONE);
    }

    private List<Set<MarkdownStyle>> styles(String line, Fence before) {
        LineStyles result = tokenizer.tokenize(line, before);
        List<Set<MarkdownStyle>> perChar = new java.util.ArrayList<>();
        for (StyleRun run : result.runs()) {
            for (int i = 0; i < run.length(); i++) {
                perChar.add(new HashSet<>(run.styles()));
            }
        }
        assertThat(perChar).as("runs cover the line exactly").hasSize(line.length());
        return perChar;
    }

    @Test
    void headingsMarkTheHashesAndTheTitle() {
        List<Set<MarkdownStyle>> styles = styles("## Rules");

        assertThat(styles.get(0)).containsExactlyInAnyOrder(HEADING, HEADING_MARKER);
        assertThat(styles.get(3)).containsExactly(HEADING);
        assertThat(styles("#hashtag").get(1)).isEmpty();
    }

    @Test
    void emphasisStrongAndCodeSpans() {
        String line = "a *soft* and **loud** and `x * y` and _also_";
        List<Set<MarkdownStyle>> styles = styles(line);

        assertThat(styles.get(line.indexOf("soft"))).containsExactly(EMPHASIS);
        assertThat(styles.get(line.indexOf("loud"))).containsExactly(STRONG);
        assertThat(styles.get(line.indexOf("x *"))).containsExactly(CODE);
        assertThat(styles.get(line.indexOf("x *") + 2)).as("no emphasis inside code").containsExactly(CODE);
        assertThat(styles.get(line.indexOf("also"))).containsExactly(EMPHASIS);
        assertThat(styles.get(line.indexOf(" and"))).isEmpty();
    }

    @Test
    void listMarkersBulletsNumbersAndTasks() {
        assertThat(styles("- item").get(0)).containsExactly(LIST_MARKER);
        assertThat(styles("- item").get(2)).isEmpty();
        assertThat(styles("  12. step").get(2)).containsExactly(LIST_MARKER);
        assertThat(styles("* [x] done").get(4)).containsExactly(LIST_MARKER);
        assertThat(styles("-not a list").get(0)).isEmpty();
    }

    @Test
    void linksAndUrls() {
        String line = "see [the docs](https://example.com) or <https://a.b> or https://c.d/e";
        List<Set<MarkdownStyle>> styles = styles(line);

        assertThat(styles.get(line.indexOf("the docs"))).containsExactly(LINK_TEXT);
        assertThat(styles.get(line.indexOf("(https"))).containsExactly(URL);
        assertThat(styles.get(line.indexOf("<https") + 1)).containsExactly(URL);
        assertThat(styles.get(line.indexOf("c.d"))).containsExactly(URL);
    }

    @Test
    void blockQuotesAndRules() {
        List<Set<MarkdownStyle>> quote = styles("> **Note**: careful");
        assertThat(quote.get(0)).containsExactly(QUOTE);
        assertThat(quote.get(3)).containsExactlyInAnyOrder(QUOTE, STRONG);
        assertThat(styles("---").get(0)).containsExactly(RULE);
        assertThat(styles("* * *").get(2)).containsExactly(RULE);
    }

    @Test
    void aFenceOpensAndClosesWithTheSameMarker() {
        LineStyles open = tokenizer.tokenize("```bash", Fence.NONE);
        assertThat(open.after()).isEqualTo(new Fence('`', 3));
        assertThat(open.runs()).singleElement().satisfies(run -> assertThat(run.styles()).containsExactly(FENCE));

        LineStyles inside = tokenizer.tokenize("# not a heading *nor emphasis*", open.after());
        assertThat(inside.after()).isEqualTo(open.after());
        assertThat(inside.runs()).singleElement().satisfies(run -> assertThat(run.styles()).containsExactly(CODE_BLOCK));

        assertThat(tokenizer.tokenize("~~~", open.after()).after()).as("a tilde fence does not close backticks").isEqualTo(open.after());
        assertThat(tokenizer.tokenize("``", open.after()).after()).as("shorter than the opener").isEqualTo(open.after());
        assertThat(tokenizer.tokenize("````", open.after()).after()).isEqualTo(Fence.NONE);
        assertThat(tokenizer.tokenize("~~~~ text", Fence.NONE).after()).isEqualTo(new Fence('~', 4));
    }

    @Test
    void anEmptyLineHasNoRuns() {
        assertThat(tokenizer.tokenize("", Fence.NONE).runs()).isEmpty();
    }
}
