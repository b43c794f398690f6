package io.agentstudio.logic.validation.cache;

import io.agentstudio.logic.validation.cache.WorkspaceFingerprint.FileDigest;
import io.agentstudio.logic.validation.cache.WorkspaceFingerprint.Fingerprint;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The key changes with anything a validation depends on, and only files whose stat changed are read again. */
class WorkspaceFingerprintTest {
    private static final String BUILD = "1.0@2026-12-06T10:00:00Z";

    @TempDir
    Path root;
    private Path agent;

    @BeforeEach
    void workspace() throws IOException {
        agent = root.resolve(".claude/agents/reviewer.md");
        Files.createDirectories(agent.getParent());
        Files.writeString(agent, "---\nname: reviewer\ndescription: Reviews code.\n---\nBody.\n");
        Files.setLastModifiedTime(agent, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
    }

    private Fingerprint take(String build, Fingerprint earlier) throws IOException {
        return WorkspaceFingerprint.of(root, WorkspaceScanner.scan(root), build, earlier);
    }

    @Test
    void anotherBuildOfTheStudioTrustsNoEarlierResult() throws IOException {
        assertThat(take(BUILD, Fingerprint.none()).key()).isEqualTo(take(BUILD, Fingerprint.none()).key())
                .isNotEqualTo(take("1.0@2026-12-07T10:00:00Z", Fingerprint.none()).key());
    }

    @Test
    void ruleSettingsArePartOfTheKey() throws IOException {
        String before = take(BUILD, Fingerprint.none()).key();
        Files.createDirectories(root.resolve(".agent-studio"));
        Files.writeString(root.resolve(".agent-studio/rules.yaml"), "rules:\n  body-empty: off\n");

        assertThat(take(BUILD, Fingerprint.none()).key()).isNotEqualTo(before);
    }

    @Test
    void aFileWhoseStatIsUnchangedKeepsItsChecksumAndOneJustModifiedIsReadAgain() throws IOException {
        Fingerprint first = take(BUILD, Fingerprint.none());
        String relative = root.relativize(agent).toString();
        // A forged earlier checksum shows whether the file was read again or its old checksum kept.
        Map<String, FileDigest> forged = new HashMap<>(first.files().get());
        FileDigest real = first.files().get().get(relative);
        forged.put(relative, new FileDigest(real.size(), real.modified(), real.identity(), "forged"));
        // Another stat key, so that the files are looked at one by one.
        Fingerprint earlier = new Fingerprint(first.key(), "other", first.takenAt(), () -> forged);

        assertThat(take(BUILD, earlier).files().get().get(relative).content()).as("an hour-old file, unchanged").isEqualTo("forged");

        Fingerprint racy = new Fingerprint(first.key(), "other", real.modified() + WorkspaceFingerprint.RACY_NANOS / 2, () -> forged);
        assertThat(take(BUILD, racy).files().get().get(relative).content())
                .as("modified too close to the earlier look to trust its time").isEqualTo(real.content());
    }

    @Test
    void whenNoStatChangedTheEarlierKeyStandsWithoutAFileBeingRead() throws IOException {
        Fingerprint first = take(BUILD, Fingerprint.none());
        Fingerprint forged = new Fingerprint("forged-key", first.statKey(), first.takenAt(), first.files());

        assertThat(take(BUILD, forged).key()).isEqualTo("forged-key");

        Files.writeString(agent, "---\nname: reviewer\ndescription: Reviews code!\n---\nBody.\n");
        assertThat(take(BUILD, forged).key()).as("a changed stat reads the file").isEqualTo(take(BUILD, Fingerprint.none()).key());
    }

    @Test
    void aFileReplacedByAnotherOfTheSameSizeAndTimeIsReadAgain() throws IOException {
        Fingerprint first = take(BUILD, Fingerprint.none());
        FileTime modified = Files.getLastModifiedTime(agent);
        // As a checkout or an editor's atomic save may leave it: another file moved over it, its time set back.
        Path replacement = root.resolve("replacement.tmp");
        Files.writeString(replacement, "---\nname: reviewer\ndescription: Reviews code!\n---\nBody.\n");
        Files.setLastModifiedTime(replacement, modified);
        Files.move(replacement, agent, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        assertThat(Files.size(agent)).as("same size").isEqualTo(first.files().get().values().iterator().next().size());

        Fingerprint second = take(BUILD, first);
        assertThat(second.statKey()).as("another file, by its identity").isNotEqualTo(first.statKey());
        assertThat(second.key()).as("read again").isNotEqualTo(first.key()).isEqualTo(take(BUILD, Fingerprint.none()).key());
    }
}
