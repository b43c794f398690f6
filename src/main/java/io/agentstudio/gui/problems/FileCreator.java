package io.agentstudio.gui.problems;

import io.agentstudio.gui.BackgroundTask;
import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.workspace.NewWorkspaceFile;
import io.agentstudio.logic.workspace.SkillLocator;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceSkill;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The quick fix that creates a file ({@code skill-unknown}: the skill an agent preloads, from a template): writes it
 * off the UI thread, never over an existing file, then lists it, checks it (and the agents that preload it) and opens
 * it in a tab to be written.
 */
final class FileCreator {
    private final DialogService dialogs;
    private final Supplier<Path> root;
    private final AgentListViewModel list;
    private final EditorTabsViewModel tabs;
    private final LiveValidation validation;
    private final Executor background;
    private final Executor ui;

    FileCreator(DialogService dialogs, Supplier<Path> root, AgentListViewModel list, EditorTabsViewModel tabs, LiveValidation validation,
                Executor background, Executor ui) {
        this.dialogs = dialogs;
        this.root = root;
        this.list = list;
        this.tabs = tabs;
        this.validation = validation;
        this.background = background;
        this.ui = ui;
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
        new BackgroundTask<WorkspaceSkill>(background, ui, this::created, why -> dialogs.showError("The skill was not created", why))
                .run(() -> {
                    if (!NewWorkspaceFile.create(workspace, fix.relativePath(), fix.text().getBytes(StandardCharsets.UTF_8))) {
                        throw new IllegalStateException(fix.relativePath() + " exists already; nothing was written.");
                    }
                    return WorkspaceLoader.reloadSkill(workspace, workspace.resolve(fix.relativePath()));
                });
    }

    private void created(WorkspaceSkill skill) {
        list.putSkill(skill);
        validation.update(skill);
        tabs.open(SkillEditing.asEditable(skill));
    }
}
