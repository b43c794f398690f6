package io.agentstudio.cli;

import io.agentstudio.logic.validation.RuleCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/rules.md is generated from the rules; this keeps the committed copy from drifting. */
class RuleReferenceTest {

    @Test
    void theCommittedRuleReferenceIsTheGeneratedOne() throws IOException {
        String committed = Files.readString(Path.of("docs/rules.md"));

        assertThat(committed)
                .as("docs/rules.md is stale: regenerate it with `validate --list-rules --format markdown > docs/rules.md`")
                .isEqualTo(RuleListing.markdown(RuleCatalog.standard()));
    }

    @Test
    void theReadmeLinksTheRuleReference() throws IOException {
        assertThat(Files.readString(Path.of("README.md"))).contains("(docs/rules.md)");
    }
}
