package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.FieldSpec;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code name} and {@code description} where the dialect's catalog requires them: absent, empty or blank. */
public final class RequiredFieldRule implements FileRule {
    static final RuleInfo NAME = new RuleInfo("name-missing", Severity.ERROR,
            "The frontmatter has no `name` (or an empty one) where the tool requires it.",
            "Claude Code identifies an agent by its name and skips a file without one, silently.",
            "Add `name` made from the file name.");
    static final RuleInfo DESCRIPTION = new RuleInfo("description-missing", Severity.ERROR,
            "The frontmatter has no `description`, or an empty one.",
            "The description tells the main agent when to delegate; Claude Code skips an agent without one, silently.",
            "Add `description` taken from the first paragraph of the prompt.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NAME, DESCRIPTION);
    }

    @Override
    public void check(FileCheck file) {
        if (!file.fieldsReadable()) {
            return;
        }
        if (required(file, "name") && blank(file, "name")) {
            Optional<String> name = FrontmatterCreation.nameFor(file);
            report(file, NAME, "name", "The agent has no `name`; " + file.catalog().dialect().displayName()
                    + " needs one to load it. Add `name:` with lowercase letters, digits and hyphens.",
                    name.map(n -> fix("Add `name: " + n + "`", "name", n)));
        }
        if (required(file, "description") && blank(file, "description")) {
            Optional<String> paragraph = BodyText.firstParagraph(file.markdown());
            report(file, DESCRIPTION, "description", "The agent has no `description`; " + file.catalog().dialect().displayName()
                    + " needs one to load it and to know when to use the agent. Say in a sentence when to delegate to it.",
                    paragraph.map(p -> fix("Add a description from the first paragraph", "description", p)));
        }
    }

    private static boolean required(FileCheck file, String key) {
        return file.catalog().field(key).map(FieldSpec::required).orElse(false);
    }

    /** Absent, null or blank text; a list or map is a type problem, reported by the value rules. */
    private static boolean blank(FileCheck file, String key) {
        Object value = file.document().value(key).orElse(null);
        return value == null || !(value instanceof Collection<?> || value instanceof Map<?, ?>) && String.valueOf(value).isBlank();
    }

    private static void report(FileCheck file, RuleInfo rule, String key, String message, Optional<QuickFix> fix) {
        QuickFix[] fixes = fix.stream().toArray(QuickFix[]::new);
        Optional<FrontmatterField> field = file.field(key);
        if (field.isPresent()) {
            file.reportOn(rule, field.get(), message, fixes);
        } else {
            file.reportAt(rule, 1, 1, key, message, fixes);
        }
    }

    private static QuickFix fix(String title, String key, String value) {
        return new QuickFix.Edit(title, document -> FrontmatterEditor.set(document, key, new FieldValue.Text(value)));
    }
}
