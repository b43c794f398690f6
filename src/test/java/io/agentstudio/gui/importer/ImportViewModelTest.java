package io.agentstudio.gui.importer;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.logic.importer.ImportService;
import io.agentstudio.logic.importer.ImportSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import static org.assertj.core.api.Assertions.assertThat;

class ImportViewModelTest {
    @TempDir
    Path temp;

    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Runnable> queued = new ArrayList<>();
    /** Work "in the background" waits until the test lets it run, so the test sees the busy state. */
    private final Executor background = queued::add;
    private int reloads;

    private ImportViewModel viewModel(Path workspace) {
        return new ImportViewModel(workspace, new ImportService(), dialogs, background, Runnable::run, () -> reloads++);
    }

    @Test
    void choosingAFolderGuessesTheToolAndTheDestinationIsTheWorkspacesAgentsFolder() throws IOException {
        Path other = temp.resolve("other");
        write(other.resolve(".github/agents/helper.agent.md"), "---\nname: helper\ndescription: Helps\n---\nHelp.\n");
        ImportViewModel viewModel = viewModel(temp.resolve("ws"));
        assertThat(viewModel.destinationProperty().get()).isEqualTo(temp.resolve("ws/.claude/agents").toString());
        assertThat(viewModel.canRunProperty().get()).isFalse();

        dialogs.folder = Optional.of(other);
        viewModel.chooseSource();
        assertThat(viewModel.toolProperty().get()).as("the folder is looked at off the UI thread").isNull();
        runBackground();

        assertThat(viewModel.toolProperty().get()).isEqualTo(ImportSource.COPILOT);
        assertThat(viewModel.canRunProperty().get()).isTrue();
    }

    @Test
    void reviewWritesNothingAndImportWritesOffTheUiThreadThenReloadsTheWorkspace() throws IOException {
        Path other = temp.resolve("other");
        write(other.resolve(".opencode/agents/team/reviewer.md"), "---\ndescription: Reviews\n---\nReview.\n");
        write(other.resolve(".opencode/agents/broken.md"), "---\nmode: subagent\n---\nNo description.\n");
        Path workspace = temp.resolve("ws");
        ImportViewModel viewModel = viewModel(workspace);
        viewModel.sourceProperty().set(other.toString());
        runBackground();

        viewModel.review();
        assertThat(viewModel.busyProperty().get()).isTrue();
        assertThat(viewModel.canRunProperty().get()).isFalse();
        runBackground();
        assertThat(viewModel.busyProperty().get()).isFalse();
        assertThat(viewModel.summaryProperty().get()).contains("dry run, 1 agent would be imported, 1 not imported");
        assertThat(viewModel.reportProperty().get()).contains("team/reviewer.md -> team-reviewer.md", "broken.md: not imported");
        assertThat(workspace).doesNotExist();
        assertThat(reloads).isZero();

        viewModel.importAgents();
        runBackground();
        assertThat(workspace.resolve(".claude/agents/team-reviewer.md")).exists();
        assertThat(viewModel.summaryProperty().get()).contains("1 agent imported, 1 not imported");
        assertThat(reloads).isEqualTo(1);
        assertThat(viewModel.lastReportProperty().get().importedCount()).isEqualTo(1);

        viewModel.overwriteProperty().set(true);
        assertThat(viewModel.reportProperty().get()).as("a report belongs to the choices it was made with").isEmpty();
    }

    @Test
    void aMissingFolderIsSaidInOneLine() {
        ImportViewModel viewModel = viewModel(temp.resolve("ws"));
        viewModel.sourceProperty().set(temp.resolve("nowhere").toString());
        viewModel.toolProperty().set(ImportSource.GEMINI);
        viewModel.importAgents();
        runBackground();
        assertThat(viewModel.summaryProperty().get()).startsWith("Cannot import: ").contains("nowhere").contains("no such folder");
        assertThat(viewModel.busyProperty().get()).isFalse();
    }

    private void runBackground() {
        List<Runnable> now = new ArrayList<>(queued);
        queued.clear();
        now.forEach(Runnable::run);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
