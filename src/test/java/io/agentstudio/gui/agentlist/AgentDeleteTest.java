package io.agentstudio.gui.agentlist;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Delete: to the trash where there is one, else permanently after a confirmation; unsaved tabs are asked about. */
class AgentDeleteTest extends AgentActionsFixture {

    @BeforeEach
    void setUp() throws IOException {
        workspace("alpha", "---\nname: alpha\ndescription: The alpha\n---\nBody\n",
                "beta", "---\nname: beta\ndescription: The beta\n---\nBody\n");
    }

    @Test
    void withATrashTheFileGoesThereWithoutAQuestion() {
        opened("alpha");

        actions.delete(row("alpha"));
        assertThat(agentFile("alpha")).as("nothing deleted before the background runs").exists();
        finishWork();

        assertThat(dialogs.asked).isEmpty();
        assertThat(trash.trashed).containsExactly(agentFile("alpha"));
        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("beta");
        assertThat(tabs.editors()).isEmpty();
    }

    @Test
    void withoutATrashADeclinedConfirmationKeepsTheFile() {
        trash.available = false;
        dialogs.confirmation = false;

        actions.delete(row("alpha"));
        finishWork();

        assertThat(dialogs.asked).singleElement().asString().contains("no trash").contains("Edit > Undo can bring it back");
        assertThat(agentFile("alpha")).exists();
        assertThat(list.agentCount()).isEqualTo(2);
    }

    @Test
    void withoutATrashAConfirmedDeleteRemovesTheFile() {
        trash.available = false;
        dialogs.confirmation = true;

        actions.delete(row("alpha"));
        finishWork();

        assertThat(agentFile("alpha")).doesNotExist();
        assertThat(trash.trashed).isEmpty();
        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("beta");
    }

    @Test
    void anUnsavedTabIsAskedAboutAndKeptOnNo() {
        openedAndEdited("alpha");
        dialogs.confirmation = false;

        actions.delete(row("alpha"));
        finishWork();

        assertThat(dialogs.asked).singleElement().asString().contains("alpha has unsaved changes");
        assertThat(agentFile("alpha")).exists();
        assertThat(tabs.editors()).hasSize(1);
    }

    @Test
    void anUnsavedTabIsClosedWhenTheUserAgrees() {
        openedAndEdited("alpha");
        dialogs.confirmation = true;

        actions.delete(row("alpha"));
        finishWork();

        assertThat(agentFile("alpha")).doesNotExist();
        assertThat(tabs.editors()).isEmpty();
        assertThat(tabs.dirtyPaths()).isEmpty();
    }
}
