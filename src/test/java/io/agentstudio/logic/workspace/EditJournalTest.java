package io.agentstudio.logic.workspace;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Recovery from every stage an edit of several files can be killed in: the journal alone, some files written, all
 * written and some moved, everything done but the journal still there; and a file another program changed.
 */
class EditJournalTest {
    private static final String LEAD_OLD = "---\nname: lead\n---\n- `qa`\n";
    private static final String LEAD_NEW = "---\nname: lead\n---\n- `tester`\n";
    private static final String HELPER_OLD = "---\nname: helper\n---\nAsk `qa`.\n";
    private static final String HELPER_NEW = "---\nname: helper\n---\nAsk `tester`.\n";
    private static final String QA_OLD = "---\nname: qa\n---\nQA.\n";
    private static final String QA_NEW = "---\nname: tester\n---\nQA.\n";

    @TempDir
    Path root;
    private List<EditJournal.Entry> entries;
    private Map<String, String> before;
    private Map<String, String> after;

    @BeforeEach
    void workspace() throws IOException {
        write("a/lead.md", LEAD_OLD);
        write("a/helper.md", HELPER_OLD);
        write("a/qa.md", QA_OLD);
        entries = List.of(entry("a/lead.md", null, LEAD_OLD, LEAD_NEW), entry("a/helper.md", null, HELPER_OLD, HELPER_NEW),
                entry("a/qa.md", "a/tester.md", QA_OLD, QA_NEW));
        before = files();
        after = Map.of("a/lead.md", LEAD_NEW, "a/helper.md", HELPER_NEW, "a/tester.md", QA_NEW);
    }

    @Test
    void applyWritesEveryFileAndRemovesTheJournal() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries).apply();

        assertThat(files()).isEqualTo(after);
        assertThat(EditJournal.recover(root)).isEmpty();
    }

    @Test
    void killedAfterTheJournalBeforeAnyFileTheEditIsCompleted() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries);

        assertThat(EditJournal.recover(root)).hasValueSatisfying(r -> assertThat(r.message())
                .isEqualTo("An interrupted edit (qa is now tester) was completed."));
        assertThat(files()).isEqualTo(after);
    }

    @Test
    void killedAfterSomeFilesTheEditIsCompleted() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries);
        write("a/lead.md", LEAD_NEW);

        assertThat(EditJournal.recover(root)).hasValueSatisfying(r -> assertThat(r.completed()).isTrue());
        assertThat(files()).isEqualTo(after);
    }

    @Test
    void killedAfterEveryWriteButBeforeTheMoveTheEditIsCompleted() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries);
        write("a/lead.md", LEAD_NEW);
        write("a/helper.md", HELPER_NEW);
        write("a/qa.md", QA_NEW);

        assertThat(EditJournal.recover(root)).hasValueSatisfying(r -> assertThat(r.completed()).isTrue());
        assertThat(files()).isEqualTo(after);
    }

    @Test
    void killedAfterTheMoveBeforeTheJournalWentNothingChangesAndTheJournalGoes() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries);
        write("a/lead.md", LEAD_NEW);
        write("a/helper.md", HELPER_NEW);
        Files.delete(root.resolve("a/qa.md"));
        write("a/tester.md", QA_NEW);

        assertThat(EditJournal.recover(root)).hasValueSatisfying(r -> assertThat(r.completed()).isTrue());
        assertThat(files()).isEqualTo(after);
        assertThat(EditJournal.recover(root)).as("recovery is done once").isEmpty();
    }

    @Test
    void recoveryKilledHalfwayIsRunAgainToTheSameEnd() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries);
        write("a/lead.md", LEAD_NEW);
        Path journal = new StudioStateDirectory(root).resolve(EditJournal.FILE);
        byte[] saved = Files.readAllBytes(journal);
        EditJournal.recover(root);
        // As if the first recovery had been killed just before it deleted the journal.
        Files.write(journal, saved);

        assertThat(EditJournal.recover(root)).hasValueSatisfying(r -> assertThat(r.completed()).isTrue());
        assertThat(files()).isEqualTo(after);
    }

    @Test
    void aFileAnotherProgramChangedIsLeftAndTheOthersAreRolledBack() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries);
        write("a/lead.md", LEAD_NEW);
        write("a/helper.md", "changed by hand\n");

        assertThat(EditJournal.recover(root)).hasValueSatisfying(r -> assertThat(r.message()).isEqualTo(
                "An interrupted edit (qa is now tester) was rolled back; changed by another program and left as they are: a/helper.md."));
        Map<String, String> expected = new TreeMap<>(before);
        expected.put("a/helper.md", "changed by hand\n");
        assertThat(files()).isEqualTo(expected);
    }

    @Test
    void aChangeByAnotherProgramDuringTheEditPutsBackWhatWasWritten() throws IOException {
        EditJournal journal = EditJournal.begin(root, "qa is now tester", entries);
        write("a/qa.md", "changed by hand\n");

        assertThatThrownBy(journal::apply).isInstanceOf(IOException.class).hasMessageContaining("a/qa.md was changed by another program");
        Map<String, String> expected = new TreeMap<>(before);
        expected.put("a/qa.md", "changed by hand\n");
        assertThat(files()).isEqualTo(expected);
        assertThat(EditJournal.recover(root)).isEmpty();
    }

    @Test
    void aSecondEditWaitsForTheFirst() throws IOException {
        EditJournal.begin(root, "qa is now tester", entries);

        assertThatThrownBy(() -> EditJournal.begin(root, "another", entries)).hasMessageContaining("Nothing was written");
        assertThat(files()).isEqualTo(before);
    }

    @Test
    void aJournalThatDoesNotParseWasNeverActedOnAndGoes() throws IOException {
        new StudioStateDirectory(root).write(EditJournal.FILE, "{\"edit\": ".getBytes(StandardCharsets.UTF_8));

        assertThat(EditJournal.recover(root)).isEmpty();
        assertThat(files()).isEqualTo(before);
    }

    private static EditJournal.Entry entry(String path, String newPath, String old, String now) {
        return EditJournal.Entry.of(path, newPath, old.getBytes(StandardCharsets.UTF_8), now.getBytes(StandardCharsets.UTF_8));
    }

    private void write(String relative, String text) throws IOException {
        Files.createDirectories(root.resolve(relative).getParent());
        Files.writeString(root.resolve(relative), text);
    }

    private Map<String, String> files() throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root.resolve("a"))) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        }
        return files;
    }
}
