package io.agentstudio.gui.editor;

import io.agentstudio.gui.export.FolderOpener;
import io.agentstudio.logic.workspace.WorkspaceSkill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The "Files in this skill" of a skill's tab: the supporting files beside its {@code SKILL.md}, each opened with the
 * program the system has for it (scripts, references, images alike), off the UI thread.
 */
public final class SkillFilesViewModel {
    private final WorkspaceSkill skill;
    private final FolderOpener opener;
    private final Executor background;
    private final Executor ui;
    private final Consumer<String> onProblem;

    /** @param onProblem told, on the UI thread, why a file did not open */
    public SkillFilesViewModel(WorkspaceSkill skill, FolderOpener opener, Executor background, Executor ui, Consumer<String> onProblem) {
        this.skill = skill;
        this.opener = opener;
        this.background = background;
        this.ui = ui;
        this.onProblem = onProblem;
    }

    /** The files relative to the skill's folder, with {@code /} separators, sorted. */
    public List<String> files() {
        return skill.supportingFiles().stream().map(file -> file.toString().replace('\\', '/')).toList();
    }

    /** The skill's folder, for the list's heading and tooltip. */
    public Path folder() {
        return skill.folder();
    }

    /** Opens one of {@link #files()} with the system. */
    public void open(String file) {
        Path path = skill.folder().resolve(file).normalize();
        if (!path.startsWith(skill.folder())) {
            return;
        }
        background.execute(() -> {
            try {
                opener.open(path);
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> onProblem.accept(file + " did not open: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        });
    }
}
