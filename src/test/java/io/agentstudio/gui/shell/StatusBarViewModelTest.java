package io.agentstudio.gui.shell;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.startup.WorkspaceChoice;
import io.agentstudio.logic.startup.WorkspaceOrigin;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatusBarViewModelTest {
    private static final Path ROOT = Path.of("/work/team-agents").toAbsolutePath();

    @Test
    void namesTheWorkspaceAndWhereItCameFrom() {
        assertThat(StatusBarViewModel.describe(new WorkspaceChoice(ROOT, WorkspaceOrigin.SAMPLE)))
                .isEqualTo("Sample workspace (copy at " + ROOT + ")");
        assertThat(StatusBarViewModel.describe(new WorkspaceChoice(ROOT, WorkspaceOrigin.ARGUMENT)))
                .isEqualTo("team-agents — " + ROOT + " (from the command line)");
        assertThat(StatusBarViewModel.describe(new WorkspaceChoice(ROOT, WorkspaceOrigin.LAST_USED)))
                .isEqualTo("team-agents — " + ROOT + " (last used)");
        assertThat(StatusBarViewModel.describe(new WorkspaceChoice(ROOT, WorkspaceOrigin.CHOSEN)))
                .isEqualTo("team-agents — " + ROOT);
    }

    @Test
    void aFailureIsReportedAndClearedByTheNextLoad() {
        StatusBarViewModel status = new StatusBarViewModel();

        status.failed(new WorkspaceChoice(ROOT, WorkspaceOrigin.ARGUMENT), "there is no such folder");
        assertThat(status.failedProperty().get()).isTrue();
        assertThat(status.messageProperty().get()).isEqualTo("Could not open " + ROOT + ": there is no such folder");

        status.loading(new WorkspaceChoice(ROOT, WorkspaceOrigin.CHOSEN));
        assertThat(status.failedProperty().get()).isFalse();
        assertThat(status.workspaceProperty().get()).isEqualTo(StatusBarViewModel.NO_WORKSPACE);
    }

    @Test
    void countsOnlyTheFilesNotLoadedNotTheNotesOnALoadedAgent() {
        StatusBarViewModel status = new StatusBarViewModel();
        Path linked = ROOT.resolve(".claude/agents/linked.md");
        WorkspaceAgent agent = new WorkspaceAgent(linked, ROOT.relativize(linked), Dialect.CLAUDE_CODE,
                AgentFileParser.parse("---\nname: linked\ndescription: Linked in.\n---\nBody\n"), new FileStamp(40, 0));
        Problem note = new Problem(WorkspaceScanner.LINKED_OUTSIDE_RULE, Severity.INFO, "A link out of the workspace.", linked, 0, 0, null);
        Problem binary = new Problem(WorkspaceLoader.BINARY_RULE, Severity.ERROR, "Binary.", ROOT.resolve(".claude/agents/logo.md"), 0, 0, null);

        status.loaded(new WorkspaceChoice(ROOT, WorkspaceOrigin.CHOSEN), new Workspace(ROOT, List.of(agent), List.of(), List.of(note, binary)), "");

        assertThat(status.problemsProperty().get()).isEqualTo("1 file not loaded");
        assertThat(status.problemDetailsProperty().get()).contains("Binary.").doesNotContain("A link out");
    }
}
