package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.CatalogPatterns;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code name} outside the dialect's name pattern. Two severities by consequence: a name the tool rejects or that
 * cannot be addressed ({@code :}, a leading {@code -}, blanks, slashes) is an error; any other departure from the
 * pattern (capitals, dots, underscores) still loads and is a warning.
 */
public final class NameFormatRule implements FileRule {
    static final RuleInfo INVALID = new RuleInfo("name-invalid", Severity.ERROR,
            "`name` contains `:`, starts with `-`, or holds blanks or slashes.",
            "Claude Code reserves `:` for plugin agents (`plugin:name`) and skips a name with it or with a leading `-`;"
                    + " a name with blanks or slashes cannot be written where agents are named (`@name`, `Agent(name)`).",
            "Replace the name with a slug: lowercase letters, digits and hyphens.");
    static final RuleInfo NOT_SLUG = new RuleInfo("name-not-slug", Severity.WARNING,
            "`name` is not lowercase letters, digits and hyphens (the dialect's name pattern).",
            "The tools document names as slugs; capitals, dots or underscores load today but break tools that match"
                    + " names exactly or build file names from them.",
            "Replace the name with a slug: lowercase letters, digits and hyphens.");
    private static final Pattern UNADDRESSABLE = Pattern.compile("[\\s/\\\\]");

    @Override
    public List<RuleInfo> rules() {
        return List.of(INVALID, NOT_SLUG);
    }

    @Override
    public void check(FileCheck file) {
        String pattern = file.catalog().namePattern();
        Optional<FrontmatterField> field = file.field("name");
        if (!file.fieldsReadable() || pattern == null || field.isEmpty() || !(field.get().value() instanceof String name)
                || name.isBlank() || CatalogPatterns.matches(pattern, name)) {
            return;
        }
        String slug = Slug.of(name, file.catalog());
        QuickFix[] fix = slug.isEmpty() || !CatalogPatterns.matches(pattern, slug) ? new QuickFix[0] : new QuickFix[] {
                new QuickFix.Edit("Rename the agent to `" + slug + "`",
                        document -> FrontmatterEditor.set(document, "name", new FieldValue.Text(slug)))};
        String use = slug.isEmpty() ? "Use lowercase letters, digits and hyphens." : "Use `" + slug + "`.";
        Optional<String> fatal = fatalReason(name, file.catalog().dialect());
        if (fatal.isPresent()) {
            file.reportOn(INVALID, field.get(), "The name `" + name + "` " + fatal.get() + " " + use, fix);
        } else {
            file.reportOn(NOT_SLUG, field.get(), "The name `" + name + "` is not a slug (" + pattern + "). " + use, fix);
        }
    }

    private static Optional<String> fatalReason(String name, Dialect dialect) {
        if (name.contains(":")) {
            return Optional.of(dialect == Dialect.CLAUDE_CODE
                    ? "contains `:`, which Claude Code keeps for plugin agents; it skips this file."
                    : "contains `:`, which names of agents must not.");
        }
        if (name.startsWith("-")) {
            return Optional.of(dialect == Dialect.CLAUDE_CODE
                    ? "starts with `-`; Claude Code skips this file." : "starts with `-`, which names of agents must not.");
        }
        if (UNADDRESSABLE.matcher(name).find()) {
            return Optional.of("has blanks or slashes, so it cannot be written where agents are named (`@name`, `Agent(name)`).");
        }
        return Optional.empty();
    }
}
