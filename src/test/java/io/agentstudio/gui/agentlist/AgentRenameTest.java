package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Rename goes through the graph's rename: the file, the name and every reference follow; open tabs show it. */
class AgentRenameTest extends AgentActionsFixture {
    static final String LEAD = "---\nname: lead\ndescription: The lead\n---\nPlans.\n\n## Delegates to\n\n- `reviewer`: checks\n";

    @BeforeEach
    void setUp() throws IOException {
        workspace("lead", LEAD, "reviewer", "---\nname: reviewer\ndescription: The reviewer\n---\nReviews.\n");
    }

    @Test
    void theNameTheFileAndTheReferencesFollow() throws IOException {
        dialogs.text = Optional.of("critic");

        actions.rename(row("reviewer"));
        assertThat(agentFile("reviewer")).as("nothing written before the background runs").exists();
        finishWork();

        assertThat(dialogs.initialText).isEqualTo("reviewer");
        assertThat(agentFile("reviewer")).doesNotExist();
        assertThat(Files.readString(agentFile("critic"))).isEqualTo("---\nname: critic\ndescription: The reviewer\n---\nReviews.\n");
        assertThat(Files.readString(agentFile("lead"))).isEqualTo(LEAD.replace("`reviewer`", "`critic`"));
        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("critic", "lead");
    }

    @Test
    void aPackagesAgentRenamesWithoutTouchingTheRootsNamesakeOrItsReferrers() throws IOException {
        Files.createDirectories(root.resolve("packages/a/.claude/agents"));
        Files.writeString(root.resolve("packages/a/.claude/agents/reviewer.md"),
                "---\nname: reviewer\ndescription: Reviews package a\n---\nReviews a.\n");
        String builder = "---\nname: builder\ndescription: Builds a\n---\nBuilds.\n\n## Delegates to\n\n- `reviewer`: checks\n";
        Files.writeString(root.resolve("packages/a/.claude/agents/builder.md"), builder);
        workspace();
        dialogs.text = Optional.of("a-reviewer");
        AgentRow packageReviewer = list.visibleRows().stream()
                .filter(row -> row.name().equals("reviewer") && row.file().startsWith("packages/a/")).findFirst().orElseThrow();

        actions.rename(packageReviewer);
        finishWork();

        assertThat(dialogs.errors).isEmpty();
        assertThat(root.resolve("packages/a/.claude/agents/a-reviewer.md")).exists();
        assertThat(Files.readString(root.resolve("packages/a/.claude/agents/builder.md"))).isEqualTo(builder.replace("`reviewer`", "`a-reviewer`"));
        assertThat(Files.readString(agentFile("reviewer"))).as("the root's namesake").contains("name: reviewer\n");
        assertThat(Files.readString(agentFile("lead"))).as("its reviewer is the root's").isEqualTo(LEAD);
    }

    @Test
    void afterwardsItSaysWhichFilesItChanged() {
        List<String> notices = new ArrayList<>();
        actions.setOnNotice(notices::add);
        dialogs.text = Optional.of("critic");

        actions.rename(row("reviewer"));
        finishWork();

        assertThat(notices).containsExactly("Renamed reviewer → critic in 2 files: .claude/agents/critic.md"
                + " (was .claude/agents/reviewer.md), .claude/agents/lead.md");
    }

    @Test
    void keepingTheSameNameIsNoErrorAndChangesNothing() throws IOException {
        List<String> notices = new ArrayList<>();
        actions.setOnNotice(notices::add);
        dialogs.text = Optional.of("reviewer");

        actions.rename(row("reviewer"));
        finishWork();

        assertThat(dialogs.refusal).as("the agent's own name is not taken by another").isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(notices).isEmpty();
        assertThat(tabs.commands().toUndo(agentFile("reviewer"))).isEmpty();
        assertThat(Files.readString(agentFile("lead"))).isEqualTo(LEAD);
    }

    @Test
    void cleanOpenTabsShowTheRenamedFiles() {
        AgentEditorViewModel lead = opened("lead");
        opened("reviewer");
        list.select(agentFile("reviewer"));
        dialogs.text = Optional.of("critic");

        actions.rename(row("reviewer"));
        finishWork();

        assertThat(lead.document().text()).contains("`critic`");
        assertThat(lead.isDirty()).isFalse();
        assertThat(tabs.editors()).extracting(AgentEditorViewModel::path).containsExactly(agentFile("lead"), agentFile("critic"));
        assertThat(tabs.selectedProperty().get().path()).isEqualTo(agentFile("critic"));
        assertThat(list.selectedProperty().get().name()).isEqualTo("critic");
    }

    @Test
    void aDirtyTabOfAChangedFileRefusesTheRename() throws IOException {
        openedAndEdited("lead");
        dialogs.text = Optional.of("critic");

        actions.rename(row("reviewer"));
        finishWork();

        assertThat(dialogs.errors).singleElement().asString().contains("lead.md").contains("Save or revert them first");
        assertThat(agentFile("reviewer")).exists();
        assertThat(Files.readString(agentFile("lead"))).isEqualTo(LEAD);
    }

    @Test
    void aTakenOrInvalidNameIsRefused() {
        dialogs.text = Optional.of("lead");
        actions.rename(row("reviewer"));
        assertThat(dialogs.refusal).isEqualTo("An agent named lead already exists in this workspace.");

        dialogs.text = Optional.of("Critic!");
        actions.rename(row("reviewer"));
        finishWork();

        assertThat(dialogs.refusal).startsWith("Use lower-case letters");
        assertThat(agentFile("reviewer")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"con", "nul", "lpt1"})
    void aNameNoToolOrFileSystemTakesIsRefusedWithTheCommandLinesReason(String name) throws IOException {
        dialogs.text = Optional.of(name);

        actions.rename(row("reviewer"));
        finishWork();

        assertThat(dialogs.refusal).startsWith("This cannot be an agent name: ").contains("reserved file name on Windows");
        assertThat(agentFile("reviewer")).exists();
        assertThat(Files.readString(agentFile("lead"))).isEqualTo(LEAD);
    }

    @Test
    void aNameLongerThanClaudeCodeTakesIsRefused() throws IOException {
        dialogs.text = Optional.of("a".repeat(300));

        actions.rename(row("reviewer"));
        finishWork();

        assertThat(dialogs.refusal).startsWith("This cannot be an agent name: ").contains("256");
        assertThat(agentFile("reviewer")).exists();
        assertThat(Files.readString(agentFile("lead"))).isEqualTo(LEAD);
    }
}
