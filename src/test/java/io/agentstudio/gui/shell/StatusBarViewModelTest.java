package io.agentstudio.gui.shell;

import io.agentstudio.logic.startup.WorkspaceChoice;
import io.agentstudio.logic.startup.WorkspaceOrigin;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

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
}
