package io.agentstudio.gui;

import io.agentstudio.logic.templates.AgentTemplate;
import io.agentstudio.logic.templates.AgentTemplates;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The new-agent dialog's form without a JavaFX toolkit: suggestions follow the template, problems wait for typing. */
class NewAgentFormTest {

    private static AgentTemplate template(String title) {
        return AgentTemplates.all().stream().filter(t -> t.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void everyTemplateSaysInOneLineWhatItIsFor() {
        assertThat(AgentTemplates.all()).extracting(AgentTemplate::title)
                .contains("Code reviewer", "Test writer", "Researcher", "Planner that delegates", "Blank");
        assertThat(AgentTemplates.all()).allSatisfy(t -> assertThat(t.summary()).isNotBlank().doesNotContain("\n"));
    }

    @Test
    void opensWithTheFirstTemplatesSuggestedNameAndNoProblem() {
        NewAgentForm form = new NewAgentForm(AgentTemplates.all(), Set.of(), "");

        assertThat(form.template()).isEqualTo(AgentTemplates.all().get(0));
        assertThat(form.name()).isEqualTo(form.template().suggestedName());
        assertThat(form.problemProperty().get()).isEmpty();
        assertThat(form.acceptableProperty().get()).isTrue();
    }

    @Test
    void theSuggestedNameFollowsTheTemplateUntilTheUserTypesOne() {
        NewAgentForm form = new NewAgentForm(AgentTemplates.all(), Set.of(), "");

        form.templateProperty().set(template("Planner that delegates"));
        assertThat(form.name()).isEqualTo("planner");

        form.nameProperty().set("lead");
        form.templateProperty().set(template("Researcher"));
        assertThat(form.name()).isEqualTo("lead");
    }

    @Test
    void aSuggestionTakenInTheWorkspaceGetsTheFirstFreeNumber() {
        NewAgentForm form = new NewAgentForm(AgentTemplates.all(), Set.of("researcher", "researcher-2"), "");

        form.templateProperty().set(template("Researcher"));

        assertThat(form.name()).isEqualTo("researcher-3");
        assertThat(form.problemProperty().get()).isEmpty();
    }

    @Test
    void aProblemShowsOnlyOnceTheUserHasTyped() {
        NewAgentForm form = new NewAgentForm(AgentTemplates.all(), Set.of("alpha"), "");
        assertThat(form.problemProperty().get()).isEmpty();

        form.nameProperty().set("Bad Name");
        assertThat(form.problemProperty().get()).startsWith("Use lower-case letters");
        assertThat(form.acceptableProperty().get()).isFalse();

        form.nameProperty().set("alpha");
        assertThat(form.problemProperty().get()).isEqualTo("An agent named alpha already exists in this workspace.");

        form.nameProperty().set("");
        assertThat(form.problemProperty().get()).isEqualTo("Enter a name.");
        assertThat(form.acceptableProperty().get()).isFalse();
    }

    @Test
    void aNameGivenBeforeOpeningStaysWhateverTheTemplate() {
        NewAgentForm form = new NewAgentForm(AgentTemplates.all(), Set.of(), "release-manager");

        form.templateProperty().set(template("Blank"));

        assertThat(form.name()).isEqualTo("release-manager");
        assertThat(form.acceptableProperty().get()).isTrue();
    }
}
