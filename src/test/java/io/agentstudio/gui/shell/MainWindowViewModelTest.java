package io.agentstudio.gui.shell;

import io.agentstudio.app.MainWindowWiring;
import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.FakeTrash;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.SaveChoice;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.DiskState;
import io.agentstudio.logic.agentfile.BodyEditor;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.export.ExportProgress;
import io.agentstudio.logic.export.ExportRequest;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.FileMover;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.EditJournal;
import io.agentstudio.gui.agentlist.AgentRow;
import io.agentstudio.logic.settings.SettingsStore;
import io.agentstudio.logic.settings.WorkspaceMemory;
import io.agentstudio.logic.startup.SampleWorkspace;
import io.agentstudio.logic.startup.StartupWorkspace;
import io.agentstudio.logic.startup.WorkspaceOrigin;
import io.agentstudio.model.Severity;
import io.agentstudio.testing.Fifos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The window's behaviour without a JavaFX toolkit: background and UI work run when the test says so. */
class MainWindowViewModelTest {
    @TempDir
    Path home;
    final QueuedExecutor background = new QueuedExecutor();
    final QueuedExecutor ui = new QueuedExecutor();
    final FakeDialogs dialogs = new FakeDialogs();
    final List<Path> watched = new ArrayList<>();
    Consumer<Set<Path>> diskChanges;
    SettingsStore settings;
    SampleWorkspace sample;
    MainWindowViewModel window;
    boolean quitCalled;

    @BeforeEach
    void setUp() {
        settings = new SettingsStore(home.resolve("config"));
        sample = new SampleWorkspace(home.resolve("data"));
        EditorTabsViewModel tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), dialogs, background, ui, new CommandStack(() -> 0L));
        window = MainWindowWiring.mainWindow(new StartupWorkspace(settings, sample), new WorkspaceMemory(settings), dialogs, tabs,
                new PreferencesViewModel(settings, background), (root, onChanges) -> {
                    watched.add(root);
                    diskChanges = onChanges;
                    return () -> { };
                }, new FakeTrash(), background, ui, () -> quitCalled = true, background, new ImmediateDelay());
    }

    private void finishWork() {
        while (background.pending() > 0 || ui.pending() > 0) {
            background.runAll();
            ui.runAll();
        }
    }

    private Path workspaceWith(String name, String... agents) throws IOException {
        Path folder = Files.createDirectories(home.resolve(name).resolve(".claude/agents"));
        for (String agent : agents) {
            Files.writeString(folder.resolve(agent + ".md"), "---\nname: " + agent + "\ndescription: The " + agent + "\n---\nBody\n");
        }
        return home.resolve(name);
    }

    @Test
    void openingAWorkspaceCompletesAnInterruptedRenameAndSaysSo() throws IOException {
        Path workspace = workspaceWith("interrupted", "qa");
        Path qa = workspace.resolve(".claude/agents/qa.md");
        byte[] old = Files.readAllBytes(qa);
        byte[] renamed = "---\nname: tester\ndescription: The qa\n---\nBody\n".getBytes(StandardCharsets.UTF_8);
        // A rename killed after its journal was written and before it touched the file.
        EditJournal.begin(workspace, "qa is now tester", List.of(EditJournal.Entry.of(".claude/agents/qa.md", ".claude/agents/tester.md", old, renamed)));

        window.openFolder(workspace);
        finishWork();

        assertThat(window.status().messageProperty().get()).isEqualTo("An interrupted edit (qa is now tester) was completed.");
        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("tester");
        assertThat(qa).doesNotExist();
    }

    @Test
    void showLogShowsTheLogsLastLinesAndWhereTheFileIs() throws IOException {
        Path log = home.resolve("config/logs/agent-studio-0.log");
        Files.createDirectories(log.getParent());
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= MainWindowViewModel.LOG_LINES_SHOWN + 5; i++) {
            lines.append("line ").append(i).append('\n');
        }
        Files.writeString(log, lines);
        window.useLogFile(log);

        window.showLog();
        assertThat(dialogs.information).as("read off the UI thread").isEmpty();
        finishWork();

        assertThat(dialogs.information).singleElement().satisfies(shown -> assertThat(shown)
                .contains("The last lines of " + log).contains("line 6\n").doesNotContain("line 5\n")
                .endsWith("line " + (MainWindowViewModel.LOG_LINES_SHOWN + 5)));
    }

    @Test
    void aFolderWithoutAgentsIsAFirstRunUntilTheFirstAgentIsCreated() throws IOException {
        window.openFolder(Files.createDirectories(home.resolve("empty")));
        assertThat(window.firstRunProperty().get()).as("not while loading").isFalse();
        finishWork();
        assertThat(window.firstRunProperty().get()).isTrue();

        dialogs.keepSuggestedName = true;
        window.agentActions().newAgent();
        finishWork();

        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("code-reviewer");
        assertThat(window.firstRunProperty().get()).isFalse();
    }

    @Test
    void aWorkspaceWithAgentsIsNoFirstRun() throws IOException {
        window.openFolder(workspaceWith("team", "qa"));
        finishWork();

        assertThat(window.firstRunProperty().get()).isFalse();
    }

    @Test
    void loadingHappensOffTheUiThreadBehindAProgressFlag() {
        window.start(Optional.empty());

        assertThat(window.loadingProperty().get()).isTrue();
        assertThat(window.status().messageProperty().get()).isEqualTo("Opening the workspace…");
        assertThat(window.agentList().visibleRows()).isEmpty();
        assertThat(sample.copyFolder()).as("no disk work before the background runs").doesNotExist();

        finishWork();

        assertThat(window.loadingProperty().get()).isFalse();
        assertThat(window.agentList().allRows()).hasSize(10);
        assertThat(window.agentList().visibleRows()).as("the sample's 10 agents and its skill").hasSize(11);
    }

    @Test
    void firstStartOpensTheSampleCopyAndSaysSo() {
        window.start(Optional.empty());
        finishWork();

        assertThat(window.currentProperty().get().origin()).isEqualTo(WorkspaceOrigin.SAMPLE);
        assertThat(window.status().workspaceProperty().get()).isEqualTo("Sample workspace (copy at " + sample.copyFolder() + ")");
        assertThat(window.status().agentsProperty().get()).isEqualTo("10 agents");
        assertThat(window.status().problemsProperty().get()).isEmpty();
        assertThat(window.titleProperty().get()).isEqualTo("Sample workspace — Agent Studio");
    }

    @Test
    void anArgumentOpensInsteadOfTheLastUsedWorkspace() throws IOException {
        settings.rememberWorkspace(workspaceWith("last", "old-agent"));
        Path argument = workspaceWith("argument", "new-agent");

        window.start(Optional.of(argument));
        finishWork();

        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("new-agent");
        assertThat(window.status().workspaceProperty().get()).endsWith("(from the command line)");
        assertThat(settings.lastWorkspace()).contains(argument);
    }

    /** A kill as the commit sees it: an Error no catch block of it handles. */
    private static final class Killed extends Error {
        private static final long serialVersionUID = 1L;

    }

    @Test
    void openingAWorkspaceCompletesAnExportOfItThatWasKilledHalfway() throws IOException {
        Path workspace = workspaceWith("exported", "reviewer", "planner");
        Path destination = home.resolve("deploy");
        ExportService.standard().run(ExportRequest.into(workspace, ExportTarget.GEMINI, destination), ExportProgress.NONE);
        Files.writeString(workspace.resolve(".claude/agents/tester.md"), "---\nname: tester\ndescription: The tester\n---\nBody\n");
        int[] moves = {0};
        FileMover killedAtTheThirdMove = (source, target) -> {
            if (++moves[0] == 3) {
                throw new Killed();
            }
            FileMover.ATOMIC.move(source, target);
        };
        try {
            new ExportService(Clock.systemUTC(), "test", killedAtTheThirdMove).run(
                    ExportRequest.into(workspace, ExportTarget.GEMINI, destination), ExportProgress.NONE);
        } catch (Killed expected) {
            // the process "died" after the commit point, with the export half written
        }
        assertThat(Files.readString(destination.resolve("agent-studio-export.json"))).doesNotContain("tester.md");

        window.start(Optional.of(workspace));
        finishWork();

        assertThat(destination.resolve(".gemini/agents/tester.md")).exists();
        assertThat(Files.readString(destination.resolve("agent-studio-export.json"))).contains("tester.md");
        assertThat(window.status().messageProperty().get()).contains("interrupted").contains("completed");
    }

    @Test
    void withoutArgumentTheLastUsedWorkspaceComesBack() throws IOException {
        settings.rememberWorkspace(workspaceWith("last", "old-agent"));

        window.start(Optional.empty());
        finishWork();

        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("old-agent");
        assertThat(window.status().workspaceProperty().get()).endsWith("(last used)");
        assertThat(sample.copyFolder()).doesNotExist();
    }

    @Test
    void theHelpMenuListsTheShortcutsEveryRuleAndTheVersions() {
        window.showShortcuts();
        window.showRulesReference();
        window.showAbout();

        assertThat(dialogs.information).hasSize(3);
        assertThat(dialogs.information.get(0)).contains("Ctrl+1").contains("Quick fix");
        assertThat(dialogs.information.get(1)).contains("agent-unknown (warning)").contains("yaml-syntax (error)")
                .contains("Why: ");
        assertThat(dialogs.information.get(2)).startsWith("Agent Studio ").contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void anAgentOpenedFromTheListTakesTheMainViewFromTheGraph() throws IOException {
        window.start(Optional.of(workspaceWith("w", "alpha", "beta")));
        finishWork();
        window.graph().shownProperty().set(true);

        window.agentList().open(window.agentList().visibleRows().get(1));

        assertThat(window.graph().shownProperty().get()).isFalse();
    }

    @Test
    void openingAnAgentTwiceShowsOneTab() throws IOException {
        window.start(Optional.of(workspaceWith("w", "alpha", "beta")));
        finishWork();

        window.agentList().open(window.agentList().visibleRows().get(1));
        window.agentList().open(window.agentList().visibleRows().get(1));

        assertThat(window.tabs().editors()).hasSize(1);
        assertThat(window.tabs().selectedProperty().get().document().text()).isEqualTo("---\nname: beta\ndescription: The beta\n---\nBody\n");
        assertThat(window.status().dialectProperty().get()).isEqualTo("Claude Code");
        assertThat(window.status().saveStateProperty().get()).isEqualTo("Saved");
    }

    @Test
    void openWorkspaceAsksForAFolderAndRemembersIt() throws IOException {
        window.start(Optional.empty());
        finishWork();
        Path picked = workspaceWith("picked", "gamma");
        dialogs.folder = Optional.of(picked);

        window.openWorkspace();
        finishWork();

        assertThat(dialogs.askedFrom).isEqualTo(sample.copyFolder());
        assertThat(window.currentProperty().get().origin()).isEqualTo(WorkspaceOrigin.CHOSEN);
        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("gamma");
        assertThat(settings.lastWorkspace()).contains(picked);
    }

    @Test
    void openRecentListsTheOpenedWorkspacesNewestFirstWithoutMissingFolders() throws IOException {
        Path a = workspaceWith("a", "alpha");
        Path b = workspaceWith("b", "beta");
        Path c = workspaceWith("c", "gamma");
        window.start(Optional.of(a));
        finishWork();
        window.openFolder(b);
        finishWork();
        window.openFolder(c);
        finishWork();
        assertThat(window.recentWorkspaces()).containsExactly(c, b, a);

        deleteTree(b);
        window.openFolder(a);
        finishWork();

        assertThat(window.recentWorkspaces()).containsExactly(a, c);
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @Test
    void eachWorkspaceReopensTheTabsItWasLeftWith() throws IOException {
        Path first = workspaceWith("first", "alpha", "beta");
        Path second = workspaceWith("second", "gamma");
        String alphaBefore = Files.readString(first.resolve(".claude/agents/alpha.md"));
        window.start(Optional.of(first));
        finishWork();
        window.agentList().open(row("beta"));
        window.agentList().open(row("alpha"));
        window.agentList().open(row("beta"));
        window.openFolder(second);
        finishWork();
        assertThat(window.tabs().editors()).isEmpty();
        window.agentList().open(row("gamma"));
        window.quit();
        finishWork();

        setUp(); // the next start of the studio, with the same settings
        window.start(Optional.of(first));
        finishWork();

        assertThat(window.tabs().editors()).extracting(editor -> editor.path().getFileName().toString())
                .containsExactly("beta.md", "alpha.md");
        assertThat(window.tabs().selectedProperty().get().path().getFileName()).hasToString("beta.md");
        assertThat(Files.readString(first.resolve(".claude/agents/alpha.md"))).isEqualTo(alphaBefore);

        window.openFolder(second);
        finishWork();
        assertThat(window.tabs().editors()).extracting(editor -> editor.path().getFileName().toString())
                .containsExactly("gamma.md");
    }

    @Test
    void reloadingKeepsTheTabsAsTheUserHasThem() throws IOException {
        Path first = workspaceWith("first", "alpha");
        window.start(Optional.of(first));
        finishWork();
        window.agentList().open(row("alpha"));
        window.openFolder(workspaceWith("second", "gamma"));
        finishWork();
        window.openFolder(first);
        finishWork();
        assertThat(window.tabs().editors()).hasSize(1);

        window.closeTab();
        window.reload();
        finishWork();

        assertThat(window.tabs().editors()).isEmpty();
    }

    private AgentRow row(String name) {
        return window.agentList().visibleRows().stream().filter(row -> row.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void cancellingTheChooserChangesNothing() {
        window.start(Optional.empty());
        finishWork();

        window.openWorkspace();

        assertThat(background.pending()).isZero();
        assertThat(window.loadingProperty().get()).isFalse();
        assertThat(window.currentProperty().get().origin()).isEqualTo(WorkspaceOrigin.SAMPLE);
    }

    @Test
    void aFolderThatDoesNotOpenIsReportedAndTheOldWorkspaceStays() throws IOException {
        window.start(Optional.of(workspaceWith("w", "alpha")));
        finishWork();
        dialogs.folder = Optional.of(home.resolve("vanished"));

        window.openWorkspace();
        finishWork();

        assertThat(window.loadingProperty().get()).isFalse();
        assertThat(window.status().failedProperty().get()).isTrue();
        assertThat(window.status().messageProperty().get()).contains("vanished").endsWith(": no such folder");
        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("alpha");
    }

    @Test
    void reloadPicksUpChangesOnDiskAndKeepsTheSelection() throws IOException {
        Path workspace = workspaceWith("w", "alpha", "beta");
        window.start(Optional.of(workspace));
        finishWork();
        window.agentList().selectedProperty().set(window.agentList().visibleRows().get(1));
        workspaceWith("w", "gamma");

        window.reload();
        finishWork();

        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("alpha", "beta", "gamma");
        assertThat(window.agentList().selectedProperty().get().name()).isEqualTo("beta");
        assertThat(window.status().agentsProperty().get()).isEqualTo("3 agents");
    }

    @Test
    void aSlowLoadThatFinishesLastDoesNotReplaceANewerOne() throws IOException {
        Path first = workspaceWith("first", "alpha");
        Path second = workspaceWith("second", "beta");
        window.start(Optional.of(first));
        dialogs.folder = Optional.of(second);
        window.openWorkspace();

        finishWork();

        assertThat(window.currentProperty().get().root()).isEqualTo(second);
        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("beta");
    }

    @Test
    void filesThatCouldNotLoadAreNamedAndEveryProblemIsCountedBySeverity() throws IOException {
        Path workspace = workspaceWith("w", "alpha");
        Files.write(workspace.resolve(".claude/agents/binary.md"), new byte[] {'-', '-', 0, 1, 2});
        // YAML Claude Code 2.1.332 cannot repair (an unclosed quote, conformance case yaml-unclosed-quote): it refuses the file.
        Files.writeString(workspace.resolve(".claude/agents/broken.md"), "---\nname: broken\ndescription: \"oops\n---\n");

        window.start(Optional.of(workspace));
        finishWork();

        assertThat(window.status().agentsProperty().get()).isEqualTo("2 agents");
        assertThat(window.status().problemsProperty().get()).isEqualTo("1 file not loaded");
        assertThat(window.status().problemDetailsProperty().get()).contains(".claude/agents/binary.md: ");
        Path binary = workspace.resolve(".claude/agents/binary.md").toRealPath();
        Path broken = workspace.resolve(".claude/agents/broken.md").toRealPath();
        assertThat(window.problems().worstSeverityByFile()).containsEntry(binary, Severity.ERROR).containsEntry(broken, Severity.ERROR);
        assertThat(window.problems().findingsByFile().get(broken)).extracting(finding -> finding.ruleId()).contains("yaml-syntax");
        assertThat(window.status().problemCountProperty(Severity.ERROR).get())
                .isEqualTo(window.problems().findingsByFile().values().stream().flatMap(List::stream)
                        .filter(finding -> finding.severity() == Severity.ERROR).count())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aNamedPipeAmongTheAgentsNeitherHangsTheOpeningNorALaterReread() throws IOException {
        Path workspace = workspaceWith("w", "alpha", "beta");
        Path pipe = Fifos.make(workspace.resolve(".claude/agents/pipe.md"));

        window.start(Optional.of(workspace));
        assertTimeoutPreemptively(Duration.ofSeconds(10), this::finishWork);

        assertThat(window.agentList().agents()).hasSize(2);
        assertThat(window.problems().worstSeverityByFile()).containsEntry(pipe.toRealPath(), Severity.WARNING);

        Path beta = workspace.resolve(".claude/agents/beta.md").toRealPath();
        Files.delete(beta);
        Fifos.make(beta);
        diskChanges.accept(Set.of(beta));
        assertTimeoutPreemptively(Duration.ofSeconds(10), this::finishWork);

        assertThat(window.agentList().agents()).extracting(agent -> agent.name()).containsExactly("alpha");
    }

    @Test
    void changesOnDiskAndToTheRulesFileAreValidated() throws IOException {
        Path workspace = workspaceWith("w", "alpha");
        window.start(Optional.of(workspace));
        finishWork();
        Path alpha = workspace.resolve(".claude/agents/alpha.md").toRealPath();
        assertThat(window.problems().worstSeverityByFile()).containsEntry(alpha, Severity.WARNING);

        Files.writeString(alpha, "---\nname: alpha:one\ndescription: The alpha\n---\nBody\n");
        diskChanges.accept(Set.of(alpha));
        finishWork();
        assertThat(window.problems().worstSeverityByFile()).containsEntry(alpha, Severity.ERROR);

        Path rules = Files.createDirectories(workspace.resolve(".agent-studio")).resolve("rules.yaml");
        Files.writeString(rules, "rules:\n  name-invalid: off\n  description-too-short: off\n");
        diskChanges.accept(Set.of(rules.toRealPath()));
        finishWork();
        // Turning the rule off does not make Claude Code load the file: what is left says it refuses it.
        assertThat(window.problems().findingsByFile().get(alpha)).extracting(finding -> finding.ruleId()).containsExactly("agent-not-loaded");
        assertThat(window.problems().worstSeverityByFile()).containsEntry(alpha, Severity.ERROR);

        Files.writeString(rules, "rules:\n  name-invalid: off\n  description-too-short: off\n  agent-not-loaded: off\n");
        diskChanges.accept(Set.of(rules.toRealPath()));
        finishWork();
        assertThat(window.problems().worstSeverityByFile()).doesNotContainKey(alpha);
        assertThat(window.agentList().agents()).hasSize(1);
    }

    @Test
    void quitIsPassedOnOnceTheOpenTabsAreWrittenDown() {
        window.quit();
        finishWork();

        assertThat(quitCalled).isTrue();
    }

    private AgentEditorViewModel openedAndEdited() throws IOException {
        window.start(Optional.of(workspaceWith("w", "alpha")));
        finishWork();
        window.agentList().open(window.agentList().visibleRows().get(0));
        AgentEditorViewModel editor = window.tabs().selectedProperty().get();
        editor.apply("Typing", "body", d -> BodyEditor.replaceBody(d, "Edited\n"));
        return editor;
    }

    @Test
    void closingADirtyTabAsksAndCancelKeepsIt() throws IOException {
        AgentEditorViewModel editor = openedAndEdited();
        dialogs.saveChoice = SaveChoice.CANCEL;

        window.closeTab();

        assertThat(dialogs.asked).anySatisfy(q -> assertThat(q).contains("alpha has unsaved changes"));
        assertThat(window.tabs().editors()).containsExactly(editor);
    }

    @Test
    void closingADirtyTabWithDiscardLeavesTheFileAlone() throws IOException {
        openedAndEdited();
        dialogs.saveChoice = SaveChoice.DISCARD;

        window.closeTab();

        assertThat(window.tabs().editors()).isEmpty();
        assertThat(Files.readString(home.resolve("w/.claude/agents/alpha.md"))).endsWith("Body\n");
    }

    @Test
    void closingADirtyTabWithSaveSavesOffTheUiThreadThenCloses() throws IOException {
        openedAndEdited();
        dialogs.saveChoice = SaveChoice.SAVE;

        window.closeTab();
        assertThat(window.tabs().editors()).as("still open while the save runs").hasSize(1);
        finishWork();

        assertThat(window.tabs().editors()).isEmpty();
        assertThat(Files.readString(home.resolve("w/.claude/agents/alpha.md"))).endsWith("---\nEdited\n");
    }

    @Test
    void quittingWithUnsavedEditsAsksOnceAndCancelKeepsTheStudioOpen() throws IOException {
        openedAndEdited();
        dialogs.saveChoice = SaveChoice.CANCEL;

        window.quit();

        assertThat(quitCalled).isFalse();
        assertThat(dialogs.asked).contains("Save changes to alpha before quitting?");
        dialogs.saveChoice = SaveChoice.DISCARD;
        window.quit();
        finishWork();
        assertThat(quitCalled).isTrue();
    }

    @Test
    void quittingNamesTheAgentsWithUnsavedEditsAndNoOther() throws IOException {
        window.start(Optional.of(workspaceWith("w", "alpha", "beta", "gamma")));
        finishWork();
        window.agentList().visibleRows().forEach(window.agentList()::open);
        window.tabs().editors().stream().filter(editor -> !editor.titleProperty().get().equals("beta"))
                .forEach(editor -> editor.apply("Typing", "body", d -> BodyEditor.replaceBody(d, "Edited\n")));
        dialogs.saveChoice = SaveChoice.CANCEL;

        window.quit();

        assertThat(dialogs.asked).containsExactly("Save changes to alpha and gamma before quitting?");
        assertThat(quitCalled).isFalse();
        assertThat(window.tabs().editors()).hasSize(3);
    }

    @Test
    void openingAnotherWorkspaceNamesTheAgentsWithUnsavedEditsToo() throws IOException {
        openedAndEdited();
        Path other = workspaceWith("other", "delta");

        window.openFolder(other);

        assertThat(dialogs.asked).contains("Save changes to alpha before opening another workspace?");
        assertThat(window.currentProperty().get().root()).isNotEqualTo(other);
    }

    @Test
    void aChangeOnDiskUpdatesTheListAndShowsTheDirtyTabsConflict() throws IOException {
        AgentEditorViewModel editor = openedAndEdited();
        Path file = home.resolve("w/.claude/agents/alpha.md");
        Files.writeString(file, "---\nname: alpha\ndescription: Changed elsewhere\n---\nBody\n");
        Path added = Files.writeString(home.resolve("w/.claude/agents/gamma.md"), "---\nname: gamma\ndescription: New\n---\n");

        assertThat(watched).containsExactly(home.resolve("w").toAbsolutePath().normalize());
        diskChanges.accept(Set.of(file, added));
        finishWork();

        assertThat(editor.diskStateProperty().get()).isEqualTo(DiskState.CHANGED_ON_DISK);
        assertThat(window.agentList().visibleRows()).extracting(AgentRow::name).containsExactly("alpha", "gamma");
        assertThat(window.agentList().visibleRows().get(0).description()).isEqualTo("Changed elsewhere");
        assertThat(window.status().saveStateProperty().get()).isEqualTo("Changed on disk");
    }

    @Test
    void aDirtyTabMarksItsRow() throws IOException {
        AgentEditorViewModel editor = openedAndEdited();

        assertThat(window.agentList().dirtyPaths()).containsExactly(editor.path());
        editor.undo();
        assertThat(window.agentList().dirtyPaths()).isEmpty();
    }

    @Test
    void theGraphCanvasOpensAgainAtTheNextStartWhenItWasShown() throws IOException {
        Path folder = workspaceWith("team", "alpha", "beta");
        window.start(Optional.of(folder));
        finishWork();
        assertThat(window.graph().shownProperty().get()).as("the canvas is off until asked for").isFalse();
        window.graph().shownProperty().set(true);
        window.quit();
        finishWork();

        setUp();
        window.start(Optional.of(folder));
        finishWork();

        assertThat(window.graph().shownProperty().get()).isTrue();
        assertThat(window.graph().laidOut().boxes()).containsOnlyKeys(".claude/agents/alpha.md", ".claude/agents/beta.md");
    }
}
