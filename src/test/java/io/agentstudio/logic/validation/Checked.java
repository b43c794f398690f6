package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the file rules on a text as if it were at a path inside a workspace (which need not exist), and applies quick
 * fixes. The workspace root is a folder that does not exist, so link targets and rename targets are never found.
 */
final class Checked {
    static final Path ROOT = Path.of("/nonexistent-workspace").toAbsolutePath();
    static final RuleCatalog RULES = RuleCatalog.standard();

    /** A small agent every rule passes; fixtures change one thing in it. */
    static final String CLEAN = "---\nname: reviewer\ndescription: Reviews code for bugs and style; use proactively after each change.\n"
            + "---\nYou are a careful code reviewer.\n";

    private Checked() {
    }

    static WorkspaceAgent agent(String relative, String text) {
        return agent(ROOT, relative, AgentFileParser.parse(text));
    }

    static WorkspaceAgent agent(Path root, String relative, AgentDocument document) {
        Path path = Path.of(relative);
        Dialect dialect = DialectLocator.dialectOf(path).orElseThrow();
        return new WorkspaceAgent(root.resolve(path), path, dialect, document, null);
    }

    static List<Finding> findings(String relative, String text) {
        return WorkspaceValidation.checkFile(agent(relative, text), RULES, RuleSettings.DEFAULTS);
    }

    static List<Finding> findings(String text) {
        return findings(".claude/agents/reviewer.md", text);
    }

    static List<String> ruleIds(String relative, String text) {
        return findings(relative, text).stream().map(Finding::ruleId).toList();
    }

    static List<String> ruleIds(String text) {
        return ruleIds(".claude/agents/reviewer.md", text);
    }

    /** The one finding of the rule. */
    static Finding only(String relative, String text, String ruleId) {
        List<Finding> matching = findings(relative, text).stream().filter(f -> f.ruleId().equals(ruleId)).toList();
        assertThat(matching).as("findings of %s", ruleId).hasSize(1);
        return matching.get(0);
    }

    static Finding only(String text, String ruleId) {
        return only(".claude/agents/reviewer.md", text, ruleId);
    }

    /**
     * Applies the finding's one text fix and returns the new text, after checking that the rule no longer fires and
     * that the result is what the codec reads back.
     */
    static String fixed(String relative, String text, String ruleId) {
        Finding finding = only(relative, text, ruleId);
        assertThat(finding.fixes()).as("fixes of %s", ruleId).singleElement().isInstanceOf(QuickFix.Edit.class);
        QuickFix.Edit fix = (QuickFix.Edit) finding.fixes().get(0);
        AgentDocument result = fix.applyTo(AgentFileParser.parse(text));
        assertThat(ruleIds(relative, result.text())).as("rules after the fix").doesNotContain(ruleId);
        return result.text();
    }

    static String fixed(String text, String ruleId) {
        return fixed(".claude/agents/reviewer.md", text, ruleId);
    }
}
