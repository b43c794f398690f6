package io.agentstudio.app;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.GuiTest;
import io.agentstudio.gui.problems.ProblemRow;
import io.agentstudio.gui.problems.ProblemsViewModel;
import io.agentstudio.gui.shell.MainWindowViewModel;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.Severity;
import io.agentstudio.testing.SharedFiles;
import io.agentstudio.testing.OnUiThread;
import javafx.scene.control.TreeTableRow;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The five seeds of ../shared/seeds as a user would meet them: copied as {@code .md} files into the {@code agents/}
 * folder of a workspace and opened in the studio. Their problems show in the pane; the fixes, applied through the
 * pane (Ctrl+1 on a row, and its fix commands) and saved, leave files that are valid agents and round-trip.
 */
@CorpusTest
@GuiTest
@ExtendWith(ApplicationExtension.class)
class SeedsProblemsWindowTest {
    private static final String NO_FRONTMATTER = "003_cd06dead3fe52f29.md";
    private static final String MOJIBAKE = "002_d926eee19de48e31.md";
    private static final String CUSTOM_KEYS = "001_419a01bdca355ac0.md";

    @TempDir
    static Path home;
    @TempDir
    static Path workspace;
    private CompositionRoot studio;

    @BeforeAll
    static void copySeeds() throws IOException {
        Path agents = Files.createDirectories(workspace.resolve("agents"));
        try (Stream<Path> seeds = Files.list(SharedFiles.seeds())) {
            for (Path seed : seeds.filter(p -> p.getFileName().toString().endsWith(".txt")).toList()) {
                String name = seed.getFileName().toString();
                Files.copy(seed, agents.resolve(name.substring(0, name.length() - ".txt".length()) + ".md"));
            }
        }
    }

    @Start
    void start(Stage stage) {
        studio = HeadlessStudio.start(stage, home, Optional.of(workspace));
    }

    @AfterEach
    void tearDown() throws Exception {
        HeadlessStudio.stop(studio);
    }

    private ProblemsViewModel problems() {
        return studio.mainWindow().problems();
    }

    private Path agent(String fileName) throws IOException {
        return workspace.resolve("agents").resolve(fileName).toRealPath();
    }

    private List<ProblemRow> rows(String fileName, String ruleId) throws Exception {
        Path file = agent(fileName);
        return WaitForAsyncUtils.asyncFx(() -> problems().rows().stream()
                .filter(row -> row.file().equals(file) && row.ruleId().equals(ruleId)).toList()).get();
    }

    @Test
    void theSeedsProblemsShowAndTheirFixesLeaveValidFilesThatRoundTrip(FxRobot robot) throws Exception {
        HeadlessStudio.awaitWorkspace(studio);
        MainWindowViewModel window = studio.mainWindow();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !problems().checkingProperty().get());

        ProblemRow missing = rows(NO_FRONTMATTER, "frontmatter-missing").get(0);
        assertThat(missing.severity()).isEqualTo(Severity.ERROR);
        assertThat(problems().fixes(missing)).first().satisfies(fix -> assertThat(fix.title()).startsWith("Add a frontmatter"));
        assertThat(rows(MOJIBAKE, "text-mojibake")).singleElement()
                .satisfies(row -> assertThat(row.message()).contains("ðŸ“‘"));
        // Claude Code 2.1.332 loads the agent and logs each such key as one it does not recognize or apply: a warning.
        assertThat(rows(CUSTOM_KEYS, "key-unknown")).hasSize(2).allSatisfy(row -> {
            assertThat(row.severity()).isEqualTo(Severity.WARNING);
            assertThat(row.message()).containsAnyOf("celestial_name", "hermetic_nature")
                    .contains("is not a Claude Code field; the tool ignores it");
        });

        // Seed 003 the keyboard way: the agent selected in the list, its problems only, its row selected, Ctrl+1.
        Path noFrontmatter = agent(NO_FRONTMATTER);
        robot.interact(() -> {
            window.agentList().select(noFrontmatter);
            problems().currentAgentOnlyProperty().set(true);
        });
        // The tree shows the narrowed rows a pulse or two after the filter changes.
        OnUiThread.waitFor(10, () -> robot.lookup("#problems-tree .tree-table-row-cell")
                .match((TreeTableRow<?> row) -> missing.equals(row.getItem())).tryQuery().isPresent());
        robot.clickOn(robot.lookup("#problems-tree .tree-table-row-cell")
                .match((TreeTableRow<?> row) -> missing.equals(row.getItem())).queryAs(TreeTableRow.class));
        robot.press(KeyCode.SHORTCUT, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(NO_FRONTMATTER, "frontmatter-missing").isEmpty());
        // Every other edit fix through the pane's commands, until none is left.
        robot.interact(() -> problems().currentAgentOnlyProperty().set(false));
        applyEditFixes(robot);

        robot.interact(window::saveAll);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.tabs().anyDirty());

        AgentDocument created = AgentFileParser.parse(Files.readAllBytes(agent(NO_FRONTMATTER)));
        assertThat(created.state()).isEqualTo(FrontmatterState.CLOSED);
        assertThat(created.isEditable()).isTrue();
        assertThat(created.string("name")).isPresent();
        assertThat(created.string("description")).hasValueSatisfying(d -> assertThat(d).isNotBlank());
        assertThat(Files.readString(agent(MOJIBAKE))).doesNotContain("ðŸ“‘");
        try (Stream<Path> files = Files.list(workspace.resolve("agents"))) {
            for (Path file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                assertThat(AgentFileParser.toBytes(AgentFileParser.parse(bytes))).as(file.toString()).isEqualTo(bytes);
            }
        }
        WorkspaceValidation again = WorkspaceValidation.of(WorkspaceLoader.load(workspace), RuleCatalog.standard());
        assertThat(again.findings()).filteredOn(f -> f.severity() == Severity.ERROR)
                .as("only the two agents named backend-specialist, which needs a person to choose")
                .extracting(Finding::ruleId).containsOnly("name-duplicate");
        assertThat(again.findings()).noneMatch(f -> f.ruleId().equals("frontmatter-missing"));
    }

    private void applyEditFixes(FxRobot robot) throws Exception {
        for (int round = 0; round < 20; round++) {
            Optional<ProblemRow> fixable = WaitForAsyncUtils.asyncFx(() -> problems().rows().stream()
                    .filter(row -> row.finding().fixes().stream().anyMatch(fix -> fix instanceof QuickFix.Edit))
                    .findFirst()).get();
            if (fixable.isEmpty()) {
                return;
            }
            ProblemRow row = fixable.get();
            robot.interact(() -> problems().fixes(row).stream()
                    .filter(fix -> row.finding().fixes().stream().anyMatch(q -> q instanceof QuickFix.Edit && q.title().equals(fix.title())))
                    .findFirst().orElseThrow().apply());
            OnUiThread.waitFor(10, () -> !problems().rows().contains(row));
        }
        throw new AssertionError("Edit fixes kept coming: " + problems().rows());
    }
}
