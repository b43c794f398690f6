package io.agentstudio.logic.validation.rules;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The scan that skips whole tokens finds exactly the offsets a test of every character finds. */
@CorpusTest
class SecretsCandidatesTest {
    @Test
    void agreesWithATestOfEveryCharacterOnRandomTexts() {
        Random random = new Random(18);
        String[] pieces = {"sk-", "AKIA", "ASIA", "gh", "xox", "AIza", "sk_live_", "rk_live_", "eyJ", "-----BEGIN ", "aws_secret_access_key",
                "SecretAccessKey", "s", "k", "-", "_", " ", "\n", ".", "é", "日", "\uD83D\uDE00", "a1", "=", "\"", "x"};
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(10); n > 0; n--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            char[] chars = text.toString().toCharArray();
            assertThat(Secrets.candidates(chars)).as("%s", text).isEqualTo(everyCharacter(chars));
        }
    }

    @Test
    void agreesWithATestOfEveryCharacterOnTheCorpus() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(SharedFiles.corpus())) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path file : files) {
            char[] chars = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).toCharArray();
            assertThat(Secrets.candidates(chars)).as("%s", file).isEqualTo(everyCharacter(chars));
        }
    }

    /** Where a prefix starts and the character before is no letter, digit, '_' or '-'. */
    private static List<Integer> everyCharacter(char[] chars) {
        String text = new String(chars);
        List<Integer> starts = new ArrayList<>();
        for (int at = 0; at < chars.length; at++) {
            if (at > 0 && (Character.isLetterOrDigit(chars[at - 1]) || chars[at - 1] == '_' || chars[at - 1] == '-')) {
                continue;
            }
            for (String prefix : Secrets.PREFIXES) {
                if (text.startsWith(prefix, at)) {
                    starts.add(at);
                    break;
                }
            }
        }
        return starts;
    }
}
