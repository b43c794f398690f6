package io.agentstudio;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The build's training run validates the sample as `validate --cache` does before the studio opens in its JVM. */
class ArchiveTrainingTest {
    @TempDir
    Path workspace;

    @AfterEach
    void clearProperty() {
        System.clearProperty(ArchiveTraining.PROPERTY);
    }

    @Test
    void withTheFolderNamedItIsValidatedAndItsCacheFilled() throws IOException {
        Path agents = Files.createDirectories(workspace.resolve(".claude/agents"));
        Files.writeString(agents.resolve("reviewer.md"), "---\nname: reviewer\ndescription: Reviews code\n---\nReview.\n");
        System.setProperty(ArchiveTraining.PROPERTY, workspace.toString());

        ArchiveTraining.validateFirst();

        assertThat(workspace.resolve(".agent-studio/cache/validate.bin")).isNotEmptyFile();
    }

    @Test
    void withoutItNothingIsValidated() {
        ArchiveTraining.validateFirst();

        assertThat(workspace.resolve(".agent-studio")).doesNotExist();
    }
}
