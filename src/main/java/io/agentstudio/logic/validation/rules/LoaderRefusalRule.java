package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.loaders.LoaderVerdict;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Optional;

/**
 * The last word of the tool's own loader: when the studio's reproduction of Claude Code's or Gemini CLI's loader
 * refuses a file and no other rule said why, this says it, so that every file the tool will not load has an error.
 * Runs after every other file rule.
 */
public final class LoaderRefusalRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("agent-not-loaded", Severity.ERROR,
            "The tool's own loader does not load the file as an agent, for a reason no other rule names.",
            "The studio reproduces the loaders of Claude Code and Gemini CLI as observed on the edge-case corpus; when that"
                    + " loader would skip or refuse the file, the agent is simply not there in the tool.", null);

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        Optional<LoaderVerdict> verdict = file.loaderVerdict();
        if (verdict.isEmpty() || verdict.get().loads() || file.hasError()) {
            return;
        }
        String message = verdict.get().reason() + "; " + file.loaderName().orElseThrow() + " does not load this agent.";
        Optional<FrontmatterField> field = Optional.ofNullable(verdict.get().key()).flatMap(file::field);
        if (field.isPresent()) {
            file.reportOn(RULE, field.get(), message);
        } else {
            file.reportAt(RULE, 1, 1, verdict.get().key(), message);
        }
    }
}
