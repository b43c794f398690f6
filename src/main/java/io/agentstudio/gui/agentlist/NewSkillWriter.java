package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.BackgroundTask;
import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.logic.workspace.NewWorkspaceFile;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceSkill;

import java.nio.file.Path;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Writes a new skill's {@code SKILL.md} off the UI thread, never over one that is there, then lists it, selects it and
 * opens it in a tab to be written: New skill and the quick fix that creates a missing skill.
 */
public final class NewSkillWriter {
    private final DialogService dialogs;
    private final AgentListViewModel list;
    private final EditorTabsViewModel tabs;
    private final Executor background;
    private final Executor ui;

    public NewSkillWriter(DialogService dialogs, AgentListViewModel list, EditorTabsViewModel tabs, Executor background, Executor ui) {
        this.dialogs = dialogs;
        this.list = list;
        this.tabs = tabs;
        this.background = background;
        this.ui = ui;
    }

    /** @param then told of the skill once it is listed and open (on the UI thread) */
    public void write(Path root, Path relative, byte[] bytes, Consumer<WorkspaceSkill> then) {
        new BackgroundTask<WorkspaceSkill>(background, ui, skill -> {
            list.putSkill(skill);
            list.select(skill.path());
            tabs.open(SkillEditing.asEditable(skill));
            then.accept(skill);
        }, why -> dialogs.showError("The skill was not created", why)).run(() -> {
            if (!NewWorkspaceFile.create(root, relative, bytes)) {
                throw new IllegalStateException(relative + " exists already; nothing was written.");
            }
            return WorkspaceLoader.reloadSkill(root, root.resolve(relative));
        });
    }
}
