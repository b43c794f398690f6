package io.agentstudio.gui.problems;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.NewSkillWriter;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.workspace.SkillLocator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The quick fix that creates a file ({@code skill-unknown}: the skill an agent preloads, from a template): writes it
 * off the UI thread, never over an existing file, then lists it, checks it (and the agents that preload it) and opens
 * it in a tab to be written.
 */
final class FileCreator {
    private final DialogService dialogs;
    private final Supplier<Path> root;
    private final NewSkillWriter skills;
    private final LiveValidation validation;

    FileCreator(DialogService dialogs, Supplier<Path> root, NewSkillWriter skills, LiveValidation validation) {
        this.dialogs = dialogs;
        this.root = root;
        this.skills = skills;
        this.validation = validation;
    }

    void create(QuickFix.Create fix) {
        Path workspace = root.get();
        if (workspace == null) {
            return;
        }
        if (!SkillLocator.isSkillFile(fix.relativePath())) {
            dialogs.showError("The file was not created", fix.relativePath() + " is not a skill's SKILL.md.");
            return;
        }
        skills.write(workspace, fix.relativePath(), fix.text().getBytes(StandardCharsets.UTF_8), validation::update);
    }
}
