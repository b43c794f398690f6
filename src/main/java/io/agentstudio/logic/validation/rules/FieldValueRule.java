package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.Suggestions;
import io.agentstudio.model.CatalogPatterns;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldType;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A value outside what the catalog allows for the field ({@code model}, {@code permissionMode}, {@code effort},
 * {@code memory}, {@code isolation}, {@code color}, and the other dialects' enums). The catalog says how the tool
 * treats such a value, which picks the rule: refused ({@code value-invalid}) or ignored ({@code value-unknown}).
 */
public final class FieldValueRule implements FileRule {
    static final RuleInfo INVALID = new RuleInfo("value-invalid", Severity.ERROR,
            "A field has a value the tool refuses or cannot run (such as a `model` it does not know).",
            "The agent fails when it is started: the tool cannot run it with that value. Claude Code loads an agent with any"
                    + " model and fails only when it runs, so there it is a warning.",
            "Replace the value with the closest allowed one.");
    static final RuleInfo UNKNOWN = new RuleInfo("value-unknown", Severity.WARNING,
            "A field has a value the tool does not know and ignores (such as `color: teal`).",
            "The tool falls back to its default, so the setting silently does nothing.",
            "Replace the value with the closest allowed one.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(INVALID, UNKNOWN);
    }

    @Override
    public void check(FileCheck file) {
        if (!file.fieldsReadable()) {
            return;
        }
        for (FrontmatterField field : file.document().fields()) {
            Optional<FieldSpec> spec = file.catalog().field(field.key()).filter(FieldSpec::checksValues);
            Object value = field.value();
            if (spec.isEmpty() || value == null || value instanceof Collection<?> || value instanceof Map<?, ?>) {
                continue;
            }
            String text = String.valueOf(value);
            if (!allowed(spec.get(), text)) {
                report(file, field, spec.get(), text);
            }
        }
    }

    private static boolean allowed(FieldSpec spec, String value) {
        return spec.values().contains(value) || spec.alsoAccepted().contains(value)
                || spec.pattern() != null && CatalogPatterns.matches(spec.pattern(), value);
    }

    private static void report(FileCheck file, FrontmatterField field, FieldSpec spec, String value) {
        // A model is passed on as written: the tool loads the agent, and the agent fails when it runs.
        boolean failsWhenRun = spec.type() == FieldType.MODEL;
        boolean refused = spec.badValue() == Severity.ERROR || failsWhenRun;
        String tool = file.catalog().dialect().displayName();
        String takes = spec.pattern() != null ? spec.help() : "It takes " + String.join(", ", spec.values()) + ".";
        Optional<String> suggestion = Suggestions.closest(value, spec.values());
        String consequence = failsWhenRun && spec.badValue() != Severity.ERROR
                ? "it loads the " + file.kind() + ", but the " + file.kind() + " fails when it runs unless your account offers"
                        + " that model. "
                : refused ? "it will not run the " + file.kind() + " with it. " : "it ignores it. ";
        String message = "`" + field.key() + ": " + value + "` is not a value " + tool + " knows; " + consequence
                + suggestion.map(s -> "Did you mean `" + s + "`? ").orElse("") + takes;
        QuickFix[] fix = suggestion.map(s -> new QuickFix[] {new QuickFix.Edit("Replace `" + value + "` with `" + s + "`",
                document -> FrontmatterEditor.set(document, field.key(), new FieldValue.Text(s)))}).orElse(new QuickFix[0]);
        file.report(refused ? INVALID : UNKNOWN, file.offsetIn(field, value), field.key(), message, fix);
    }
}
