package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;
import io.agentstudio.model.ValueStyle;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code \n} written in a description where YAML does not read escapes (plain, single-quoted or block values): the
 * author meant line breaks, the tool gets a backslash and an n. In a double-quoted value {@code \n} is a real break.
 */
public final class LiteralNewlineRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("description-literal-newline", Severity.WARNING,
            "The description holds `\\n` where YAML reads it as a backslash and an `n`.",
            "Only double-quoted YAML values turn `\\n` into a line break; in plain, single-quoted and block values the"
                    + " other tools read the two characters, and the examples run together. Claude Code turns every `\\n`"
                    + " of a description into a line break itself, so there it is only information.",
            "Turn each `\\n` into a real line break (the value becomes a `|` block).");
    private static final Set<ValueStyle> NO_ESCAPES = Set.of(ValueStyle.PLAIN, ValueStyle.SINGLE_QUOTED,
            ValueStyle.LITERAL_BLOCK, ValueStyle.FOLDED_BLOCK);

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        Optional<FrontmatterField> field = file.field("description");
        if (!file.fieldsReadable() || field.isEmpty() || !NO_ESCAPES.contains(field.get().style())
                || !(field.get().value() instanceof String description) || !description.contains("\\n")) {
            return;
        }
        long count = description.split("\\\\n", -1).length - 1L;
        file.report(RULE, file.offsetIn(field.get(), "\\n"), "description", "The description holds " + count + " `\\n`"
                        + " that YAML keeps as a backslash and an `n` here. Write real line breaks (a `|` block) or double-quote the value.",
                new QuickFix.Edit("Turn `\\n` into line breaks", document -> FrontmatterEditor.set(document, "description",
                        new FieldValue.Text(document.string("description").orElse("").replace("\\n", "\n")))));
    }
}
