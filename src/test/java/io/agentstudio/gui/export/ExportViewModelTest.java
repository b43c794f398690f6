package io.agentstudio.gui.export;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.logic.export.ExportReport;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.FileMover;
import io.agentstudio.logic.startup.SampleWorkspace;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The export dialog's behaviour without a window: review first, then export, remembered per workspace. */
class ExportViewModelTest {
    @TempDir
    Path temp;

    private Path workspace;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final List<Path> opened = new ArrayList<>();
    private final ExportService service = new ExportService(Clock.fixed(Instant.parse("2026-08-01T12:00:00Z"), ZoneOffset.UTC), "test", FileMover.ATOMIC);

    @BeforeEach
    void sample() throws IOException {
        workspace = new SampleWorkspace(temp.resolve("data")).ensureCopy();
    }

    private ExportViewModel dialog(int unsaved) {
        ExportViewModel viewModel = new ExportViewModel(workspace, unsaved, service, dialogs, opened::add, Runnable::run, Runnable::run);
        viewModel.load();
        return viewModel;
    }

    @Test
    void aReviewShowsTheReportAndWritesNothingThenExportWritesAndOffersTheFolder() {
        ExportViewModel viewModel = dialog(0);
        Path out = temp.resolve("deploy");
        viewModel.targetProperty().set(ExportTarget.OPENCODE);
        dialogs.folder = Optional.of(out);
        viewModel.chooseDestination();
        assertThat(viewModel.canExportProperty().get()).isFalse();

        viewModel.review();

        assertThat(viewModel.reviewedProperty().get()).isTrue();
        assertThat(viewModel.summaryProperty().get()).startsWith("Review: dry run, 10 agents and 1 skill, 12 files would change");
        assertThat(viewModel.reportProperty().get()).contains("create    .opencode/agents/tech-lead.md")
                .contains("release-notes (.claude/skills/release-notes) -> .opencode/skills/release-notes/ (1 file); preloaded by release-manager")
                .contains("delegations: translated - permission.task allows");
        assertThat(out).doesNotExist();
        assertThat(viewModel.canExportProperty().get()).isTrue();

        viewModel.export();

        assertThat(out.resolve(".opencode/agents/tech-lead.md")).exists();
        assertThat(viewModel.lastReportProperty().get().outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("10 agents and 1 skill exported, 12 files changed.");
        assertThat(viewModel.exportedFolderProperty().get()).isEqualTo(out);
        viewModel.openFolder();
        assertThat(opened).containsExactly(out);
    }

    @Test
    void aChangedChoiceNeedsAnotherReviewBeforeExporting() {
        ExportViewModel viewModel = dialog(0);
        viewModel.destinationProperty().set(temp.resolve("deploy").toString());
        viewModel.review();

        viewModel.targetProperty().set(ExportTarget.GEMINI);

        assertThat(viewModel.reviewedProperty().get()).isFalse();
        assertThat(viewModel.canExportProperty().get()).isFalse();
        assertThat(viewModel.summaryProperty().get()).contains("review the export again");
        viewModel.export();
        assertThat(temp.resolve("deploy")).doesNotExist();
    }

    @Test
    void errorsBlockUntilTheUserChoosesToExportDespiteThemAndTheReportSaysSo() throws IOException {
        Files.writeString(workspace.resolve(".claude/agents/broken.md"), "---\nname: broken\n---\n\nNo description.\n");
        ExportViewModel viewModel = dialog(0);
        viewModel.destinationProperty().set(temp.resolve("deploy").toString());

        viewModel.review();

        assertThat(viewModel.canExportProperty().get()).isFalse();
        assertThat(viewModel.summaryProperty().get()).contains("the export would be blocked").contains("Export despite errors");
        assertThat(viewModel.reportProperty().get()).contains("description-missing");

        viewModel.forceProperty().set(true);
        viewModel.review();
        assertThat(viewModel.canExportProperty().get()).isTrue();
        viewModel.export();

        assertThat(viewModel.lastReportProperty().get().forced()).isTrue();
        assertThat(viewModel.reportProperty().get()).contains("Forced past these problems");
        assertThat(temp.resolve("deploy/.claude/agents/broken.md")).exists();
    }

    @Test
    void theLastChoicesAndThePluginMetadataAreRememberedPerWorkspace() {
        ExportViewModel first = dialog(0);
        first.targetProperty().set(ExportTarget.CLAUDE_PLUGIN);
        assertThat(first.plugin().nameProperty().get()).isEqualTo("sample-workspace");
        first.plugin().nameProperty().set("sample-team");
        first.plugin().marketplaceProperty().set(true);
        first.destinationProperty().set(temp.resolve("plugin").toString());
        first.cleanProperty().set(true);
        first.review();
        first.export();

        ExportViewModel second = dialog(0);

        assertThat(second.targetProperty().get()).isEqualTo(ExportTarget.CLAUDE_PLUGIN);
        assertThat(second.destinationProperty().get()).isEqualTo(temp.resolve("plugin").toString());
        assertThat(second.cleanProperty().get()).isTrue();
        assertThat(second.plugin().nameProperty().get()).isEqualTo("sample-team");
        assertThat(second.plugin().marketplaceProperty().get()).isTrue();
        assertThat(temp.resolve("plugin/.claude-plugin/marketplace.json")).exists();

        second.targetProperty().set(ExportTarget.OPENCODE);
        assertThat(second.destinationProperty().get()).isEqualTo(besideTheWorkspace("opencode"));
        second.targetProperty().set(ExportTarget.CLAUDE_PLUGIN);
        assertThat(second.destinationProperty().get()).isEqualTo(temp.resolve("plugin").toString());
    }

    private String besideTheWorkspace(String targetId) {
        return workspace.toAbsolutePath().resolveSibling(workspace.getFileName() + "-" + targetId).toString();
    }

    @Test
    void theSuggestedFolderFollowsTheTargetUntilTheUserGivesTheirOwn() {
        ExportViewModel viewModel = dialog(0);
        assertThat(viewModel.destinationProperty().get()).isEqualTo(besideTheWorkspace("claude"));

        viewModel.targetProperty().set(ExportTarget.OPENCODE);
        assertThat(viewModel.destinationProperty().get()).isEqualTo(besideTheWorkspace("opencode"));

        viewModel.destinationProperty().set(temp.resolve("mine").toString());
        viewModel.targetProperty().set(ExportTarget.GEMINI);
        assertThat(viewModel.destinationProperty().get()).isEqualTo(temp.resolve("mine").toString());
    }

    @Test
    void theFormerTargetsReportGoesWhenTheTargetChanges() {
        ExportViewModel viewModel = dialog(0);
        viewModel.review();
        assertThat(viewModel.reportProperty().get()).contains("create    .claude/agents/tech-lead.md");

        viewModel.targetProperty().set(ExportTarget.OPENCODE);

        assertThat(viewModel.reportProperty().get()).isEmpty();
        assertThat(viewModel.lastReportProperty().get()).isNull();
        assertThat(viewModel.summaryProperty().get()).isEqualTo("The target changed to OpenCode: review the export again before writing it.");
        viewModel.review();
        assertThat(viewModel.reportProperty().get()).contains("create    .opencode/agents/tech-lead.md");
    }

    @Test
    void unsavedTabsAreMentionedAndNothingCanBeReviewedWithoutADestination() {
        ExportViewModel viewModel = dialog(2);

        assertThat(viewModel.unsavedNoteProperty().get()).isEqualTo("2 agents have unsaved edits; the export reads the files as saved.");
        viewModel.destinationProperty().set("");
        assertThat(viewModel.canReviewProperty().get()).isFalse();
        viewModel.zipProperty().set(temp.resolve("agents.zip").toString());
        assertThat(viewModel.canReviewProperty().get()).isTrue();
    }
}
