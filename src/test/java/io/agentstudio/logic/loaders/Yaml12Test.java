package io.agentstudio.logic.loaders;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortcuts of {@link Yaml12#load} (shared schemas and constructors, rewrites skipped) leave what it reads alone. */
class Yaml12Test {
    @Test
    void jsYamlReadsATimestampAsADateAndBunAsText() {
        assertThat(Yaml12.jsYaml().load("at: 2024-01-02\nn: 12\n").value())
                .isEqualTo(Map.of("at", new Yaml12.Timestamp("2024-01-02"), "n", 12));
        assertThat(Yaml12.bun().load("at: 2024-01-02\nn: 12\n").value()).isEqualTo(Map.of("at", "2024-01-02", "n", 12));
    }

    @Test
    void readsTheCoreSchemaOnEveryLoadAndThread() throws InterruptedException {
        Map<String, Object> expected = Map.of("a", true, "b", "yes", "c", 1.5, "d", "0o17");
        assertThat(Yaml12.bun().load("a: true\nb: yes\nc: 1.5\nd: 0o17\n").value()).isEqualTo(expected);
        Thread other = new Thread(() -> assertThat(Yaml12.bun().load("a: true\nb: yes\nc: 1.5\nd: 0o17\n").value())
                .isEqualTo(expected));
        other.start();
        other.join();
    }

    @Test
    void aFailedLoadLeavesNothingForTheNext() {
        assertThat(Yaml12.bun().load("a: [1, 2\n").ok()).isFalse();
        assertThat(Yaml12.jsYaml().load("a: 1\na: 2\n").ok()).isFalse();
        assertThat(Yaml12.bun().load("a: [1, 2]\n").value()).isEqualTo(Map.of("a", List.of(1, 2)));
        assertThat(Yaml12.bun().load("a: 1\na: 2\n").value()).isEqualTo(Map.of("a", 2));
    }

    @Test
    void readsATabAfterAKeyAndLineSeparatorsAsJavaScriptDoes() {
        assertThat(Yaml12.bun().load("name:\tx\n").value()).isEqualTo(Map.of("name", "x"));
        assertThat(Yaml12.bun().load("d: a\u2028b\n").value()).isEqualTo(Map.of("d", "a\u2028b"));
        // A stand-in written in the file comes back as the separator it stands for, with or without a separator beside it.
        assertThat(Yaml12.bun().load("d: a\uE028b\n").value()).isEqualTo(Map.of("d", "a\u2028b"));
    }
}
