package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.enablement.AgentSwitch;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A turned-off agent says so in validate, and handing work to it is a warning. */
class DisabledAgentRuleTest {
    private static final String LEAD = "---\nname: lead\ndescription: Leads the team.\n---\nLead.\n\n## Delegates to\n\n"
            + "- `reviewer` — reviews every change\n";

    @TempDir
    Path root;

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static List<Problem> problems(WorkspaceValidation validation, String ruleId) {
        return validation.findings().stream().map(f -> f.problem()).filter(p -> p.ruleId().equals(ruleId)).toList();
    }

    @Test
    void aDelegationToAnAgentTurnedOffInTheProjectSettingsIsAWarning() throws IOException {
        write(".claude/agents/lead.md", LEAD);
        write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews code.\n---\nReview.\n");
        write(".claude/settings.json", "{\"permissions\": {\"deny\": [\"Agent(reviewer)\"]}}");

        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard());

        List<Problem> warnings = problems(validation, "agent-delegates-to-disabled");
        assertThat(warnings).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName()).hasToString("lead.md");
            assertThat(p.line()).isEqualTo(9);
            assertThat(p.message()).contains("`reviewer` is turned off", "Agent(reviewer)", ".claude/settings.json");
        });
        assertThat(problems(validation, "agent-disabled")).singleElement().satisfies(p -> {
            assertThat(p.file().getFileName()).hasToString("reviewer.md");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void theCommandLinesValidationSeesItToo() throws IOException {
        write(".claude/agents/lead.md", LEAD);
        write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews code.\n---\nReview.\n");
        write(".claude/settings.local.json", "{\"permissions\": {\"deny\": [\"Task(reviewer)\"]}}");

        WorkspaceValidation validation = WorkspaceValidation.once(root.toAbsolutePath(), WorkspaceScanner.scan(root.toAbsolutePath()),
                RuleCatalog.standard());

        assertThat(problems(validation, "agent-delegates-to-disabled")).hasSize(1);
        assertThat(problems(validation, "agent-disabled")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("settings.local.json"));
    }

    @Test
    void turningTheAgentOffOrOnIsFollowed() throws Exception {
        write(".claude/agents/lead.md", LEAD);
        write(".claude/agents/reviewer.md", "---\nname: reviewer\ndescription: Reviews code.\n---\nReview.\n");
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard());
        assertThat(problems(validation, "agent-delegates-to-disabled")).isEmpty();
        WorkspaceAgent reviewer = WorkspaceLoader.load(root).agents().stream().filter(a -> a.name().equals("reviewer")).findFirst()
                .orElseThrow();

        new AgentSwitch().disable(reviewer);
        validation.reloadSettings();
        assertThat(problems(validation, "agent-delegates-to-disabled")).hasSize(1);

        new AgentSwitch().enable(reviewer);
        validation.reloadSettings();
        assertThat(problems(validation, "agent-delegates-to-disabled")).isEmpty();
        assertThat(problems(validation, "agent-disabled")).isEmpty();
    }

    @Test
    void anOpenCodeAgentTurnedOffInItsOwnFileReChecksThoseThatHandWorkToIt() throws Exception {
        write(".opencode/agents/lead.md", "---\ndescription: Leads the team.\npermission:\n  task:\n    reviewer: allow\n---\nLead.\n");
        write(".opencode/agents/reviewer.md", "---\ndescription: Reviews code.\nmode: subagent\n---\nReview.\n");
        WorkspaceValidation validation = WorkspaceValidation.of(WorkspaceLoader.load(root), RuleCatalog.standard());
        WorkspaceAgent reviewer = WorkspaceLoader.load(root).agents().stream().filter(a -> a.fileId().equals("reviewer")).findFirst()
                .orElseThrow();

        validation.update(new AgentSwitch().disable(reviewer).agent());

        assertThat(problems(validation, "agent-delegates-to-disabled")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("lets the agent spawn it", "disable: true"));
        assertThat(problems(validation, "agent-disabled")).singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("disable"));
    }
}
