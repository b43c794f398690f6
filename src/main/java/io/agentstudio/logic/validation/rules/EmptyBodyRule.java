package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.Severity;

import java.util.List;

/** A frontmatter with nothing after it: the agent has no system prompt. */
public final class EmptyBodyRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("body-empty", Severity.WARNING,
            "The file has no text after the frontmatter.",
            "The body is the agent's system prompt; without one the agent runs with the tool's bare default behaviour.", null);

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        if (file.fieldsReadable() && file.bodyBlank()) {
            file.report(RULE, file.document().yamlEnd(), null,
                    "The agent has no prompt: nothing follows the frontmatter. Write its instructions below the closing `---`.");
        }
    }
}
