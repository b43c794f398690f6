package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Optional;

/** {@code hooks: []}: Claude Code expects a map there and drops the whole agent silently; {@code {}} is fine. */
public final class EmptyHooksRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("hooks-empty-list", Severity.ERROR,
            "`hooks` is an empty list (`hooks: []`).",
            "Claude Code expects a map of hook events there; an empty list makes it drop the agent without a word,"
                    + " while an empty map (`{}`) is fine.",
            "Write `hooks: {}`.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        Optional<FrontmatterField> hooks = file.field("hooks");
        if (file.fieldsReadable() && file.catalog().knows("hooks") && hooks.isPresent()
                && hooks.get().value() instanceof List<?> list && list.isEmpty()) {
            file.reportOn(RULE, hooks.get(), "`hooks: []` makes Claude Code drop this agent silently. Write `hooks: {}` for no"
                    + " hooks, or remove the field.", new QuickFix.Edit("Write `hooks: {}`",
                    document -> FrontmatterEditor.set(document, "hooks", new FieldValue.Raw("{}"))));
        }
    }
}
