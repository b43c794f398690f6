package io.agentstudio.gui.agentlist;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** New agent and Duplicate without a JavaFX toolkit, on a temporary workspace. */
class AgentActionsViewModelTest extends AgentActionsFixture {

    @BeforeEach
    void setUp() throws IOException {
        workspace("alpha", "---\nname: alpha\ndescription: The alpha\n---\nBody\n");
    }

    @Test
    void newAgentCancelledAtTheTemplateDoesNothing() {
        dialogs.chooser = options -> Optional.empty();
        dialogs.text = Optional.of("beta");

        actions.newAgent();
        finishWork();

        assertThat(root.resolve(".claude/agents/beta.md")).doesNotExist();
        assertThat(list.agentCount()).isEqualTo(1);
        assertThat(tabs.editors()).isEmpty();
    }

    @Test
    void newAgentCancelledAtTheNameDoesNothing() {
        actions.newAgent();
        finishWork();

        assertThat(list.agentCount()).isEqualTo(1);
        assertThat(tabs.editors()).isEmpty();
    }

    @Test
    void aBadNameIsRefusedWithAMessage() {
        dialogs.text = Optional.of("Bad Name");

        actions.newAgent();
        finishWork();

        assertThat(dialogs.refusal).startsWith("Use lower-case letters");
        assertThat(list.agentCount()).isEqualTo(1);
    }

    @Test
    void aTakenNameIsRefusedWithAMessage() {
        dialogs.text = Optional.of("alpha");

        actions.newAgent();
        finishWork();

        assertThat(dialogs.refusal).isEqualTo("An agent named alpha already exists in this workspace.");
        assertThat(tabs.editors()).isEmpty();
    }

    @Test
    void newAgentIsWrittenOffTheUiThreadThenListedAndOpened() throws IOException {
        dialogs.chooser = options -> Optional.of("Code reviewer");
        dialogs.text = Optional.of("beta");

        actions.newAgent();
        Path file = root.resolve(".claude/agents/beta.md");
        assertThat(file).as("nothing written before the background runs").doesNotExist();
        finishWork();

        assertThat(Files.readString(file)).startsWith("---\nname: beta\ndescription: Reviews code changes");
        assertThat(list.visibleRows()).extracting(AgentRow::name).containsExactly("alpha", "beta");
        assertThat(list.selectedProperty().get().name()).isEqualTo("beta");
        assertThat(tabs.selectedProperty().get().path()).isEqualTo(file);
    }

    @Test
    void theSuggestedNameOfTheChosenTemplateMakesALoadableAgent() throws IOException {
        dialogs.chooser = options -> Optional.of("Test writer");
        dialogs.keepSuggestedName = true;

        actions.newAgent();
        finishWork();

        assertThat(Files.readString(root.resolve(".claude/agents/test-writer.md")))
                .startsWith("---\nname: test-writer\ndescription: Writes focused tests");
        assertThat(tabs.selectedProperty().get().path()).isEqualTo(root.resolve(".claude/agents/test-writer.md"));
    }

    @Test
    void aNameTheGraphGaveIsKeptWhateverTheTemplate() {
        dialogs.chooser = options -> Optional.of("Researcher");
        dialogs.keepSuggestedName = true;

        actions.newAgent("fact-checker", agent -> { });
        finishWork();

        assertThat(dialogs.suggestedName).isEqualTo("fact-checker");
        assertThat(root.resolve(".claude/agents/fact-checker.md")).exists();
    }

    @Test
    void aFileThatAppearedMeanwhileIsNeverReplaced() throws IOException {
        dialogs.text = Optional.of("beta");
        actions.newAgent();
        Path file = Files.writeString(root.resolve(".claude/agents/beta.md"), "someone else's\n");
        finishWork();

        assertThat(Files.readString(file)).isEqualTo("someone else's\n");
        assertThat(dialogs.errors).containsExactly("beta.md already exists. Nothing was written: choose another name, or open that file.");
        assertThat(tabs.editors()).isEmpty();
    }

    @Test
    void duplicateOffersTheCopyNameAndWritesTheCopyBesideTheOriginal() throws IOException {
        dialogs.text = Optional.of("alpha-copy");

        actions.duplicate(list.visibleRows().get(0));
        finishWork();

        assertThat(dialogs.initialText).isEqualTo("alpha-copy");
        assertThat(Files.readString(root.resolve(".claude/agents/alpha-copy.md")))
                .isEqualTo("---\nname: alpha-copy\ndescription: The alpha\n---\nBody\n");
        assertThat(list.agentCount()).isEqualTo(2);
        assertThat(tabs.selectedProperty().get().path()).isEqualTo(root.resolve(".claude/agents/alpha-copy.md"));
    }

    @Test
    void newSkillWritesTheTemplateInItsOwnFolderListsItAndOpensIt() throws IOException {
        dialogs.chooser = options -> options.stream().filter(option -> option.startsWith("Forked")).findFirst();
        dialogs.text = Optional.of("release-notes");

        actions.newSkill();
        finishWork();

        Path skill = root.resolve(".claude/skills/release-notes/SKILL.md");
        assertThat(Files.readString(skill)).startsWith("---\nname: release-notes\n").contains("context: fork");
        assertThat(list.skills()).extracting(s -> s.name()).containsExactly("release-notes");
        assertThat(list.agentCount()).as("a skill is no agent").isEqualTo(1);
        assertThat(tabs.editors()).singleElement().satisfies(editor -> assertThat(editor.path()).isEqualTo(skill));

        dialogs.text = Optional.of("release-notes");
        actions.newSkill();
        finishWork();
        assertThat(dialogs.refusal).isEqualTo("There is a skill named release-notes already.");

        dialogs.text = Optional.of("Release Notes");
        actions.newSkill();
        finishWork();
        assertThat(dialogs.refusal).startsWith("Use 1-64 lowercase letters");
    }
}
