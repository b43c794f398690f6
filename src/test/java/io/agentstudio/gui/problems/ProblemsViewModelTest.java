package io.agentstudio.gui.problems;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.CommandStack;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The problems pane's ViewModel and the live validation behind it, without a JavaFX toolkit. */
class ProblemsViewModelTest {
    /*
     * Severities as Claude Code 2.1.332 loads these files: bravo's name holds `:`, which it refuses (an error); charlie
     * loads, with duplicate tools and a key it ignores (warnings) and a `\n` kept as two characters in its description
     * (info).
     */
    private static final String ALPHA = "---\nname: alpha\ndescription: Plans the work of the team before anyone writes code.\n---\nPlan the work.\n";
    private static final String BRAVO = "---\nname: bravo:agent\ndescription: Builds the services the team has planned and tested.\n---\nBuild it.\n";
    private static final String CHARLIE = "---\nname: charlie\ndescription: Reviews code changes for bugs and style problems before merge.\\nNot after.\n"
            + "tools: Read, Read, Grep, Grep\nfoo: 1\n---\nReview it.\n";

    @TempDir
    Path root;
    final QueuedExecutor validation = new QueuedExecutor();
    final QueuedExecutor background = new QueuedExecutor();
    final QueuedExecutor ui = new QueuedExecutor();
    final ManualDelay typing = new ManualDelay();
    final FakeDialogs dialogs = new FakeDialogs();
    EditorTabsViewModel tabs;
    AgentListViewModel list;
    ProblemsViewModel problems;
    Workspace workspace;

    @BeforeEach
    void openWorkspace() throws IOException {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        Files.writeString(agents.resolve("alpha.md"), ALPHA);
        Files.writeString(agents.resolve("bravo.md"), BRAVO);
        Files.writeString(agents.resolve("charlie.md"), CHARLIE);
        workspace = WorkspaceLoader.load(root);
        tabs = new EditorTabsViewModel(Catalogs.load(), new AgentFileStore(), dialogs, background, ui, new CommandStack(() -> 0L));
        list = new AgentListViewModel(tabs.dirtyPaths());
        tabs.useListedAgents(list::agent);
        list.show(workspace.agents());
        problems = new ProblemsViewModel(tabs, list, dialogs, RuleCatalog.standard(), validation, background, ui, typing);
        problems.open(workspace);
        assertThat(problems.checkingProperty().get()).isTrue();
        finishWork();
    }

    private void finishWork() {
        while (validation.pending() > 0 || background.pending() > 0 || ui.pending() > 0) {
            validation.runAll();
            background.runAll();
            ui.runAll();
        }
    }

    private Path file(String name) {
        return workspace.root().resolve(".claude/agents/" + name + ".md");
    }

    private WorkspaceAgent agent(String name) {
        return workspace.agents().stream().filter(a -> a.path().equals(file(name))).findFirst().orElseThrow();
    }

    private ProblemRow row(String ruleId) {
        return problems.rows().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    private List<String> titles() {
        return problems.groups().stream().map(ProblemGroup::title).toList();
    }

    @Test
    void aUserAgentsProblemsAreTitledByItsPathFromTheHome(@TempDir Path home) throws IOException {
        Path userAgents = Files.createDirectories(home.resolve(".claude/agents"));
        Files.writeString(userAgents.resolve("delta.md"), BRAVO.replace("bravo", "delta"));
        workspace = WorkspaceLoader.load(root, Optional.of(home));
        list.show(workspace.agents());
        problems.open(workspace);
        finishWork();

        assertThat(titles()).contains("~/.claude/agents/delta.md").noneMatch(title -> title.startsWith(home.toString()));
    }

    @Test
    void theWholeWorkspaceIsCheckedOffTheUiThreadAndGroupedByAgent() {
        assertThat(problems.checkingProperty().get()).isFalse();
        assertThat(titles()).containsExactly(".claude/agents/bravo.md", ".claude/agents/charlie.md");
        assertThat(problems.groups().get(1).labelProperty().get()).isEqualTo(".claude/agents/charlie.md (4)");
        ProblemRow bravo = problems.groups().get(0).rows().get(0);
        assertThat(bravo.severity()).isEqualTo(Severity.ERROR);
        assertThat(bravo.ruleId()).isEqualTo("name-invalid");
        assertThat(bravo.message()).contains("Claude Code", "it skips this file");
        assertThat(bravo.location()).isEqualTo("bravo.md:2");
        assertThat(bravo.fileName()).isEqualTo(".claude/agents/bravo.md");
        assertThat(problems.groups().get(1).rows()).extracting(ProblemRow::ruleId)
                .containsExactly("description-literal-newline", "tools-duplicate", "tools-duplicate", "key-unknown");
        assertThat(problems.groups().get(1).rows()).extracting(ProblemRow::severity)
                .containsExactly(Severity.INFO, Severity.WARNING, Severity.WARNING, Severity.WARNING);
    }

    @Test
    void groupingByRuleListsEachRuleWithItsProblems() {
        problems.groupingProperty().set(Grouping.BY_RULE);

        assertThat(titles()).containsExactly("description-literal-newline", "key-unknown", "name-invalid", "tools-duplicate");
        assertThat(problems.groups().get(3).rows()).hasSize(2).allSatisfy(r -> assertThat(r.file()).isEqualTo(file("charlie")));
    }

    @Test
    void countsPerSeverityAndTheWorstOfEachFileCoverTheWholeWorkspace() {
        problems.severities().pickedProperty(Severity.WARNING).set(true);
        problems.currentAgentOnlyProperty().set(true);

        assertThat(problems.countProperty(Severity.ERROR).get()).isEqualTo(1);
        assertThat(problems.countProperty(Severity.WARNING).get()).isEqualTo(3);
        assertThat(problems.countProperty(Severity.INFO).get()).isEqualTo(1);
        assertThat(problems.worstSeverityByFile()).containsOnlyKeys(file("bravo"), file("charlie"))
                .containsEntry(file("bravo"), Severity.ERROR).containsEntry(file("charlie"), Severity.WARNING);
    }

    @Test
    void pickedSeveritiesAndTheCurrentAgentFilterTheRows() {
        problems.severities().pickedProperty(Severity.ERROR).set(true);
        assertThat(problems.rows()).extracting(ProblemRow::ruleId).as("errors picked: the errors are shown").containsExactly("name-invalid");

        problems.severities().pickedProperty(Severity.INFO).set(true);
        assertThat(problems.rows()).extracting(ProblemRow::ruleId).containsExactly("name-invalid", "description-literal-newline");

        problems.severities().showAll();
        assertThat(problems.rows()).hasSize(5);

        problems.severities().pickedProperty(Severity.WARNING).set(true);
        problems.currentFileProperty().set(file("charlie"));
        problems.currentAgentOnlyProperty().set(true);
        assertThat(problems.rows()).extracting(ProblemRow::ruleId).containsExactly("tools-duplicate", "tools-duplicate", "key-unknown");

        problems.currentFileProperty().set(file("alpha"));
        assertThat(problems.groups()).isEmpty();
    }

    @Test
    void anEditIsCheckedOnceTypingStopsAndTheRowsFollow() {
        AgentEditorViewModel alpha = tabs.open(agent("alpha"));

        alpha.apply("Typing", "field:name", d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("alpha:")));
        alpha.apply("Typing", "field:name", d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("alpha:one")));
        finishWork();
        assertThat(problems.worstSeverityByFile()).doesNotContainKey(file("alpha"));
        assertThat(typing.waiting()).isEqualTo(1);
        assertThat(typing.lastWait()).isEqualTo(OpenTabsValidation.DEBOUNCE);

        typing.elapse();
        finishWork();
        assertThat(problems.worstSeverityByFile()).containsEntry(file("alpha"), Severity.ERROR);
        assertThat(titles()).containsExactly(".claude/agents/alpha.md", ".claude/agents/bravo.md", ".claude/agents/charlie.md");
        assertThat(problems.problemsOf(alpha).findings()).extracting(f -> f.ruleId()).containsExactly("name-invalid");

        alpha.undo();
        typing.elapse();
        finishWork();
        assertThat(problems.worstSeverityByFile()).doesNotContainKey(file("alpha"));
        assertThat(problems.problemsOf(alpha).findings()).isEmpty();
    }

    @Test
    void closingATabWithoutSavingChecksTheFileOnDiskAgain() {
        dialogs.saveChoice = io.agentstudio.gui.SaveChoice.DISCARD;
        AgentEditorViewModel alpha = tabs.open(agent("alpha"));
        alpha.apply("Typing", "field:name", d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("Alpha One")));
        typing.elapse();
        finishWork();
        assertThat(problems.worstSeverityByFile()).containsKey(file("alpha"));

        tabs.close(alpha);
        finishWork();

        assertThat(problems.worstSeverityByFile()).doesNotContainKey(file("alpha"));
    }

    @Test
    void theSelectionSurvivesUpdatesOfOtherFilesAndOfItsOwnWhenItsLineMoves() {
        ProblemRow keyUnknown = row("key-unknown");
        problems.selectedProperty().set(keyUnknown);
        assertThat(problems.explanationProperty().get().id()).isEqualTo("key-unknown");

        AgentEditorViewModel bravo = tabs.open(agent("bravo"));
        bravo.apply("Fix", null, d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("bravo")));
        typing.elapse();
        finishWork();
        assertThat(problems.selectedProperty().get()).isSameAs(keyUnknown);

        AgentEditorViewModel charlie = tabs.open(agent("charlie"));
        charlie.apply("Add a line above", null, d -> AgentFileParser.parse(d.text().replace("name: charlie\n", "name: charlie\nmodel: sonnet\n")));
        typing.elapse();
        finishWork();

        ProblemRow now = problems.selectedProperty().get();
        assertThat(now).isNotNull().isNotEqualTo(keyUnknown);
        assertThat(now.ruleId()).isEqualTo("key-unknown");
        assertThat(now.problem().line()).isEqualTo(keyUnknown.problem().line() + 1);
    }

    @Test
    void aSelectedProblemThatIsFixedLeavesNothingSelected() {
        problems.selectedProperty().set(row("name-invalid"));

        AgentEditorViewModel bravo = tabs.open(agent("bravo"));
        bravo.apply("Fix", null, d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("bravo")));
        typing.elapse();
        finishWork();

        assertThat(problems.selectedProperty().get()).isNull();
        assertThat(problems.explanationProperty().get()).isNull();
    }

    @Test
    void aFixFromARowOpensTheAgentAndIsOneUndoableEdit() {
        List<FixAction> fixes = problems.fixes(row("tools-duplicate"));

        assertThat(fixes).extracting(FixAction::title)
                .containsExactly("Remove the second `Read`", "Fix all 2 tools-duplicate problems in this file");
        fixes.get(1).apply();

        AgentEditorViewModel charlie = tabs.editorOf(file("charlie")).orElseThrow();
        assertThat(tabs.selectedProperty().get()).isSameAs(charlie);
        assertThat(charlie.document().text()).contains("tools: Read, Grep\n");
        assertThat(charlie.isDirty()).isTrue();
        typing.elapse();
        finishWork();
        assertThat(problems.rows()).extracting(ProblemRow::ruleId).doesNotContain("tools-duplicate");

        charlie.undo();
        assertThat(charlie.document().text()).isEqualTo(CHARLIE);
    }

    @Test
    void aFixAskedForRightAfterTypingIsTheFixOfTheTextAsItIsNow() {
        AgentEditorViewModel alpha = tabs.open(agent("alpha"));
        alpha.apply("Typing", "field:name", d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("Alpha_One")));
        typing.elapse();
        finishWork();
        alpha.apply("Typing", "field:name", d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("Alpha_Two")));
        List<String> offered = new ArrayList<>();

        problems.problemsOf(alpha).whenCurrent(() -> problems.problemsOf(alpha).fixes(problems.problemsOf(alpha).findings())
                .forEach(fix -> offered.add(fix.title())));
        finishWork();

        assertThat(offered).containsExactly("Rename the agent to `alpha-two`");
        assertThat(typing.waiting()).isZero();
    }

    @Test
    void aFixFromARowOlderThanTheTabsTextStillAppliesWhileItsProblemIsThere() {
        AgentEditorViewModel charlie = tabs.open(agent("charlie"));
        List<FixAction> offered = problems.fixes(row("tools-duplicate"));
        charlie.apply("Typing", "field:tools", d -> FrontmatterEditor.set(d, "tools", new FieldValue.Text("Read, Read, Grep, Bash")));

        offered.get(0).apply();
        finishWork();

        assertThat(charlie.document().text()).contains("tools: Read, Grep, Bash\n");
        assertThat(dialogs.information).isEmpty();
    }

    @Test
    void aFixFromARowWhoseProblemTheUserAlreadyRemovedChangesNothingAndSaysSo() {
        AgentEditorViewModel bravo = tabs.open(agent("bravo"));
        List<FixAction> offered = problems.fixes(row("name-invalid"));
        bravo.apply("Typing", "field:name", d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("bravo-builder")));
        String typed = bravo.document().text();

        offered.get(0).apply();
        finishWork();

        assertThat(bravo.document().text()).isEqualTo(typed);
        assertThat(dialogs.information).singleElement().asString().contains("has changed");
    }

    @Test
    void goingToAProblemOpensItsAgentAndAsksItsPanesToShowIt() {
        ProblemRow keyUnknown = row("key-unknown");

        problems.goTo(keyUnknown);

        AgentEditorViewModel charlie = tabs.selectedProperty().get();
        assertThat(charlie.path()).isEqualTo(file("charlie"));
        assertThat(problems.problemsOf(charlie).revealProperty().get()).isEqualTo(keyUnknown.problem());
        assertThat(problems.selectedProperty().get()).isSameAs(keyUnknown);
    }

    @Test
    void changesOnDiskAreCheckedButAnOpenTabsTextStandsInForItsFile() throws IOException {
        Files.writeString(file("alpha"), ALPHA.replace("name: alpha", "name: alpha:disk"));
        problems.diskChanged(file("alpha"), WorkspaceLoader.reload(workspace.root(), file("alpha")));
        finishWork();
        assertThat(problems.worstSeverityByFile()).containsEntry(file("alpha"), Severity.ERROR);

        tabs.open(agent("bravo"));
        Files.writeString(file("bravo"), ALPHA.replace("alpha", "bravo"));
        problems.diskChanged(file("bravo"), WorkspaceLoader.reload(workspace.root(), file("bravo")));
        finishWork();
        assertThat(problems.worstSeverityByFile()).containsEntry(file("bravo"), Severity.ERROR);

        Files.delete(file("charlie"));
        problems.diskChanged(file("charlie"), Optional.empty());
        finishWork();
        assertThat(problems.worstSeverityByFile()).doesNotContainKey(file("charlie"));
        assertThat(problems.countProperty(Severity.WARNING).get()).isZero();
    }

    @Test
    void aFileWhoseCleanTabOpenedBeforeItsChangeWasHeardOfIsChecked() throws IOException {
        // A rename opens the tab on the new path before the disk watcher reports the new file.
        Path renamed = file("alpha").resolveSibling("alpha-two.md");
        Files.move(file("alpha"), renamed);
        WorkspaceAgent moved = WorkspaceLoader.reload(workspace.root(), renamed).orElseThrow();
        list.remove(file("alpha"));
        list.put(moved);
        tabs.open(moved);

        problems.diskChanged(file("alpha"), Optional.empty());
        problems.diskChanged(renamed, Optional.of(moved));
        finishWork();

        assertThat(problems.findingsByFile().get(renamed)).extracting(Finding::ruleId).contains("name-file-mismatch");
    }

    @Test
    void aChangedRulesFileAppliesAtOnce() throws IOException {
        Files.createDirectories(root.resolve(".agent-studio"));
        Files.writeString(root.resolve(".agent-studio/rules.yaml"), "rules:\n  tools-duplicate: off\n  key-unknown: error\n");

        problems.rulesChanged();
        finishWork();

        assertThat(problems.rows()).extracting(ProblemRow::ruleId).containsExactly("name-invalid", "description-literal-newline",
                "key-unknown");
        assertThat(problems.countProperty(Severity.ERROR).get()).isEqualTo(2);
        // The workspace's own choice stands, though Claude Code loads the file.
        assertThat(row("key-unknown").severity()).isEqualTo(Severity.ERROR);
        assertThat(row("key-unknown").message()).doesNotContain("loads the agent all the same");
    }

    @Test
    void openingAnotherWorkspaceDropsWhatTheFirstStillHadWaiting() throws IOException {
        AgentEditorViewModel alpha = tabs.open(agent("alpha"));
        alpha.apply("Typing", "field:name", d -> FrontmatterEditor.set(d, "name", new FieldValue.Text("alpha:")));
        typing.elapse();

        Path other = Files.createDirectories(root.resolve("other/.claude/agents"));
        Files.writeString(other.resolve("delta.md"), ALPHA.replace("alpha", "delta"));
        problems.open(WorkspaceLoader.load(root.resolve("other")));
        finishWork();

        assertThat(problems.worstSeverityByFile()).isEmpty();
        assertThat(problems.groups()).isEmpty();
    }
}
