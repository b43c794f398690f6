package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A description too short to tell when to delegate, or so long that it weighs on every conversation. */
public final class DescriptionLengthRule implements FileRule {
    static final int SHORTEST = 30;
    static final int LONGEST = 3000;
    static final RuleInfo TOO_SHORT = new RuleInfo("description-too-short", Severity.WARNING,
            "The description has fewer than " + SHORTEST + " characters.",
            "The main agent picks a subagent by its description alone; a few words rarely say when to delegate, so the"
                    + " agent is seldom or wrongly used.", null);
    static final RuleInfo TOO_LONG = new RuleInfo("description-too-long", Severity.WARNING,
            "The description has more than " + String.format(Locale.ROOT, "%,d", LONGEST) + " characters.",
            "Every agent's description is part of the main conversation's context on every turn; long example"
                    + " dialogues there cost tokens whether or not the agent is used.", null);

    @Override
    public List<RuleInfo> rules() {
        return List.of(TOO_SHORT, TOO_LONG);
    }

    @Override
    public void check(FileCheck file) {
        Optional<FrontmatterField> field = file.field("description");
        if (!file.fieldsReadable() || field.isEmpty() || !(field.get().value() instanceof String description) || description.isBlank()) {
            return;
        }
        int length = description.strip().length();
        if (length < SHORTEST) {
            file.reportOn(TOO_SHORT, field.get(), "The description has only " + length + " characters. Say what the agent does"
                    + " and when to delegate to it (\"Use proactively after ...\").");
        } else if (length > LONGEST) {
            file.reportOn(TOO_LONG, field.get(), String.format(Locale.ROOT, "The description has %,d characters (about %,d tokens),"
                    + " carried in every conversation. Keep it to when to delegate; move examples into the prompt.", length, length / 4));
        }
    }
}
