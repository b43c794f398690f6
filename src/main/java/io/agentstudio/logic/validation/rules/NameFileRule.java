package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.model.AgentIdentity;
import io.agentstudio.model.CatalogPatterns;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A {@code name} that differs from the file name. Only information: the tools go by the name, but people look for
 * an agent by its file. Not reported while the name itself is not a valid one (that comes first).
 */
public final class NameFileRule implements FileRule {
    static final RuleInfo RULE = new RuleInfo("name-file-mismatch", Severity.INFO,
            "`name` differs from the file name.",
            "The tool goes by `name`, so nothing breaks, but people find and link agents by their files; equal names"
                    + " keep the two from drifting apart.",
            "Rename the file after the agent.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(RULE);
    }

    @Override
    public void check(FileCheck file) {
        Optional<FrontmatterField> field = file.field("name");
        if (!file.fieldsReadable() || file.catalog().identity() == AgentIdentity.FILE_NAME || field.isEmpty()
                || !(field.get().value() instanceof String name) || name.isBlank()) {
            return;
        }
        String stem = file.agent().fileStem();
        String pattern = file.catalog().namePattern();
        if (name.equals(stem) || pattern == null || !CatalogPatterns.matches(pattern, name)) {
            return;
        }
        String fileName = file.path().getFileName().toString();
        String newName = name + fileName.substring(stem.length());
        String message = "The agent is named `" + name + "` but its file is `" + fileName + "`. Rename the file to `" + newName
                + "` so both say the same.";
        Path target = file.path().resolveSibling(newName);
        if (Files.exists(target)) {
            file.reportOn(RULE, field.get(), message + " (A file of that name exists already.)");
        } else {
            file.reportOn(RULE, field.get(), message, new QuickFix.Rename("Rename the file to `" + newName + "`", newName));
        }
    }
}
