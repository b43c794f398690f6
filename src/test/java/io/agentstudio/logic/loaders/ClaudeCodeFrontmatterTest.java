package io.agentstudio.logic.loaders;

import io.agentstudio.logic.agentfile.LosslessText;
import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link ClaudeCodeLoader#frontmatter} takes exactly what Claude Code's own pattern takes, on tricky and real files. */
@CorpusTest
class ClaudeCodeFrontmatterTest {
    /** The loader's pattern as Claude Code writes it, with JavaScript's {@code \s} spelled out. */
    private static final String JS_SPACE = "[\\s\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]";
    private static final Pattern FRONTMATTER = Pattern.compile("^---" + JS_SPACE + "*\\n([\\s\\S]*?)---" + JS_SPACE + "*\\n?");

    @Test
    void agreesWithThePatternOnTrickyOpenings() {
        List<String> texts = List.of("", "-", "--", "---", "---\n", "---\n---", "----\n---", "--- \n---", "---\t\r\n---",
                "--- x\n---", "---\n\n\n---", "---  \n \u00a0\n\u2028---\n", "---\u2028---", "---\r---", "---\r\n---",
                "---\nname: a\n---\nbody", "---\nname: a\n----", "---\n \n-- \n---", "---\u3000\n\ufeff\n---",
                "\ufeff---\n---", " ---\n---", "---\n---\n---", "---\u0085\n---", "---\u000b\u000c\n---",
                "---\n  -\n  - x\n---");
        for (String text : texts) {
            assertThat(ClaudeCodeLoader.frontmatter(text)).as("%s", text.replace("\n", "\\n")).isEqualTo(byPattern(text));
        }
    }

    @Test
    void agreesWithThePatternOnRandomTextsOfFenceCharacters() {
        Random random = new Random(18);
        char[] alphabet = {'-', '-', '-', '\n', '\r', ' ', '\t', '\u2028', '\u00a0', 'a', ':'};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder("---");
            for (int n = random.nextInt(12); n > 0; n--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String candidate = random.nextInt(8) == 0 ? text.substring(1) : text.toString();
            assertThat(ClaudeCodeLoader.frontmatter(candidate)).as("%s", candidate).isEqualTo(byPattern(candidate));
        }
    }

    @Test
    void agreesWithThePatternOnTheCorpusAndSeeds() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : List.of(SharedFiles.corpus(), SharedFiles.seeds())) {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        assertThat(files).hasSizeGreaterThan(100);
        for (Path file : files) {
            String text = LosslessText.withReplacementCharacters(LosslessText.decode(Files.readAllBytes(file)).text());
            String content = text.startsWith("\ufeff") ? text.substring(1) : text;
            assertThat(ClaudeCodeLoader.frontmatter(content)).as("%s", file).isEqualTo(byPattern(content));
        }
    }

    private static String byPattern(String text) {
        Matcher matcher = FRONTMATTER.matcher(text);
        return matcher.lookingAt() ? matcher.group(1) : null;
    }
}
