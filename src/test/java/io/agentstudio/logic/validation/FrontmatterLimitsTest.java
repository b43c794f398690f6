package io.agentstudio.logic.validation;

import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Hostile frontmatters (many keys, an alias bomb, deep nesting, a huge block) go through the whole pipeline (load,
 * the studio's parser, the rules, the reproduced loaders) in bounded time, and end in one located warning that the
 * studio cannot check the file fully: the tools may load such a file, so it is not reported as broken. The timeout is
 * only a safety net against a hang, not a performance figure.
 */
class FrontmatterLimitsTest {
    private static final Duration SAFETY = Duration.ofSeconds(10);
    private static final String OVER_LIMIT = "frontmatter-over-limit";

    @TempDir
    Path dir;

    @Test
    void twentyThousandKeysEndInOneWarningAtTheKeyOverTheLimit() throws IOException {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            keys.append("k").append(i).append(": v\n");
        }

        List<Finding> findings = validate(frontmatter(keys.toString()));

        Finding limit = onlyLimitFinding(findings);
        assertThat(limit.problem().message()).contains("1,000 keys");
        assertThat(limit.problem().line()).isEqualTo(4 + 998); // the 1,001st key (after name and description) is k998, on line 4 + 998
    }

    @Test
    void aMegabyteOfKeysIsNotParsed() throws IOException {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            keys.append("key").append(i).append(": v\n");
        }
        assertThat(keys.length()).isGreaterThan(1_000_000);

        Finding limit = onlyLimitFinding(validate(frontmatter(keys.toString())));

        assertThat(limit.problem().message()).contains("characters");
        assertThat(limit.problem().line()).isEqualTo(2);
    }

    @Test
    void anAliasBombOverSnakeYamlsAliasCapEndsInOneWarning() throws IOException {
        Finding limit = onlyLimitFinding(validate(frontmatter(aliasBomb(9, 9))));

        assertThat(limit.problem().message()).contains("alias");
    }

    @Test
    void anAliasBombUnderSnakeYamlsAliasCapEndsInOneWarningAtTheAlias() throws IOException {
        // 16 levels of 3 aliases: 48 aliases (under SnakeYAML's 50) standing for 3^17 values.
        Finding limit = onlyLimitFinding(validate(frontmatter(aliasBomb(17, 3))));

        assertThat(limit.problem().message()).contains("alias");
        assertThat(limit.problem().line()).isBetween(4, 4 + 17);
    }

    @Test
    void anAliasBombInAGeminiAgentEndsInOneWarning() throws IOException {
        Finding limit = onlyLimitFinding(validate(".gemini/agents/many.md", frontmatter(aliasBomb(17, 3))));

        assertThat(limit.problem().message()).contains("alias");
    }

    @Test
    void nestingDeeperThanTheLimitEndsInOneWarningAtTheDeepValue() throws IOException {
        Finding limit = onlyLimitFinding(validate(frontmatter("deep: " + "[".repeat(5_000) + "]".repeat(5_000) + "\n")));

        assertThat(limit.problem().message()).contains("nested");
        assertThat(limit.problem().line()).isEqualTo(4);
    }

    @Test
    void aRealisticallyNestedAliasedFrontmatterIsStillReadAndChecked() throws IOException {
        List<Finding> findings = validate(frontmatter("tools: &t [Read, Grep]\ndisallowedTools: [Write]\nx-copy: *t\n"
                + "x-deep: " + "[".repeat(60) + "]".repeat(60) + "\n"));

        assertThat(findings).extracting(Finding::ruleId).doesNotContain(OVER_LIMIT).contains("key-unknown");
    }

    private List<Finding> validate(String text) throws IOException {
        return validate(".claude/agents/many.md", text);
    }

    private List<Finding> validate(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
        return assertTimeoutPreemptively(SAFETY,
                () -> WorkspaceValidation.of(WorkspaceLoader.load(dir), RuleCatalog.standard()).findings());
    }

    private static Finding onlyLimitFinding(List<Finding> findings) {
        assertThat(findings).extracting(Finding::ruleId).containsOnlyOnce(OVER_LIMIT);
        assertThat(findings).as("bounded, and no error: the tool may load the file").hasSizeLessThan(10)
                .noneMatch(f -> f.severity() == Severity.ERROR);
        Finding limit = findings.stream().filter(f -> f.ruleId().equals(OVER_LIMIT)).findFirst().orElseThrow();
        assertThat(limit.severity()).isEqualTo(Severity.WARNING);
        assertThat(limit.problem().message()).contains("cannot check");
        assertThat(limit.problem().line()).isPositive();
        return limit;
    }

    private static String frontmatter(String extra) {
        return "---\nname: many\ndescription: Reviews code for bugs and style; use proactively after each change.\n" + extra
                + "---\nYou review code.\n";
    }

    /** {@code a0: &a0 [x, x, ...]}, then each level a list of {@code perLevel} aliases to the one before. */
    private static String aliasBomb(int levels, int perLevel) {
        StringBuilder yaml = new StringBuilder("a0: &a0 [" + "x, ".repeat(perLevel - 1) + "x]\n");
        for (int level = 1; level < levels; level++) {
            yaml.append("a").append(level).append(": &a").append(level).append(" [");
            for (int i = 0; i < perLevel; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
            }
            yaml.append("]\n");
        }
        return yaml.toString();
    }
}
