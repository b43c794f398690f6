package io.agentstudio.logic.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class VisibleTextTest {
    @Test
    void escapesControlAndFormattingCharacters() {
        assertThat(VisibleText.of("a\u001b[31mb\n\tc\r")).isEqualTo("a\\u001b[31mb\\n\\tc\\r");
        assertThat(VisibleText.of("x\u202ey\u007f")).isEqualTo("x\\u202ey\\u007f");
        assertThat(VisibleText.of("\uDB40\uDC01")).isEqualTo("\\u{e0001}");
    }

    @Test
    void keepsPrintableTextAndEmojiAsTheyAre() {
        for (String text : List.of("", "plain ASCII ~!", "Grüße, 日本語", "\uD83D\uDC69\u200D\uD83D\uDCBB", "\u00a0")) {
            assertThat(VisibleText.of(text)).isSameAs(text);
        }
        assertThat(VisibleText.of(null)).isNull();
    }

    @Test
    void escapesALoneSurrogateButNotAPair() {
        assertThat(VisibleText.of("a\uD83Db")).isEqualTo("a\\ud83db");
        assertThat(VisibleText.of("a\uDC69")).isEqualTo("a\\udc69");
        assertThat(VisibleText.of("\uD83D\uDC69")).isEqualTo("\uD83D\uDC69");
    }

    /** The fast test for printable ASCII agrees with asking each code point's type, on random mixes. */
    @Test
    void changesATextExactlyWhenACodePointIsHidden() {
        Random random = new Random(18);
        char[] alphabet = {'a', ' ', '~', '\u007f', '\u001f', '\n', '\u00ad', '\u200d', '\u200e', '\u2028', '\uD83D', '\uDC69',
                '\uDB40', '\uDC01', 'é', '\u3000'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String written = text.toString();
            boolean hidden = written.codePoints().anyMatch(c -> c != 0x200d && switch (Character.getType(c)) {
                case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                        Character.SURROGATE -> true;
                default -> false;
            });
            assertThat(VisibleText.of(written).equals(written)).as("%s", written.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(!hidden);
        }
    }
}
