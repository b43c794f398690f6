package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.BackgroundTask;
import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.agentfile.SkillsField;
import io.agentstudio.logic.graph.SkillRenamer;
import io.agentstudio.logic.workspace.NewWorkspaceFile;
import io.agentstudio.logic.workspace.SkillLocator;
import io.agentstudio.logic.workspace.SkillNames;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Duplicate, Rename and Delete on a skill's row. A skill is a folder: Duplicate copies it whole under a new name,
 * Rename moves it and changes its name and every agent's {@code skills:} entry ({@link SkillRenamer}, all or nothing),
 * Delete moves the folder to the trash. The files' tabs must be saved first; the disk work runs off the UI thread,
 * then the list and the tabs follow.
 */
final class SkillActions {
    private final DialogService dialogs;
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final Trash trash;
    private final Executor background;
    private final Executor ui;
    private final NewSkillWriter writer;
    private final Consumer<String> notice;

    SkillActions(DialogService dialogs, EditorTabsViewModel tabs, AgentListViewModel list, Trash trash, Executor background, Executor ui,
                 Consumer<String> notice) {
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.list = list;
        this.trash = trash;
        this.background = background;
        this.ui = ui;
        this.writer = new NewSkillWriter(dialogs, list, tabs, background, ui);
        this.notice = notice;
    }

    void duplicate(Path root, WorkspaceSkill skill) {
        askName("Duplicate skill", "Name of the copy of " + skill.name() + ":", skill.name() + "-copy").ifPresent(name -> {
            Path folder = skill.relativePath().getParent().resolveSibling(name);
            AgentDocument copy = skill.document().field("name").isPresent() && skill.document().isEditable()
                    ? FrontmatterEditor.set(skill.document(), "name", new FieldValue.Text(name)) : skill.document();
            // The supporting files first: the skill appears (its SKILL.md) only once they are there.
            new BackgroundTask<Boolean>(background, ui, done -> writer.write(root, folder.resolve(SkillLocator.SKILL_FILE),
                    AgentFileParser.toBytes(copy), created -> { }), why -> dialogs.showError("The skill was not duplicated", why))
                    .run(() -> {
                        if (Files.exists(root.resolve(folder), LinkOption.NOFOLLOW_LINKS)) {
                            throw new IllegalStateException(folder + " exists already; nothing was written.");
                        }
                        for (Path file : skill.supportingFiles()) {
                            NewWorkspaceFile.create(root, folder.resolve(file), Files.readAllBytes(skill.folder().resolve(file)));
                        }
                        return true;
                    });
        });
    }

    void rename(Path root, WorkspaceSkill skill) {
        List<WorkspaceAgent> preloading = list.agents().stream()
                .filter(agent -> SkillsField.entries(agent.document()).contains(skill.name())).toList();
        if (unsaved(skill, preloading, "renamed")) {
            return;
        }
        askName("Rename skill", "New name for " + skill.name() + " (its folder and the agents' skills: entries follow):", skill.name())
                .filter(name -> !name.equals(skill.name())).ifPresent(name -> {
                    Workspace workspace = new Workspace(root, list.agents(), list.skills(), List.of());
                    new BackgroundTask<Renamed>(background, ui, this::renamed, why -> dialogs.showError("The skill was not renamed", why))
                            .run(() -> {
                                SkillRenamer.Plan plan = SkillRenamer.plan(workspace, skill.name(), name);
                                List<Path> written = SkillRenamer.apply(workspace, plan);
                                WorkspaceSkill moved = WorkspaceLoader.reloadSkill(root, root.resolve(plan.newFolder()).resolve(SkillLocator.SKILL_FILE));
                                List<WorkspaceAgent> agents = new ArrayList<>();
                                for (WorkspaceAgent agent : preloading) {
                                    WorkspaceLoader.reload(root, agent.path()).ifPresent(agents::add);
                                }
                                return new Renamed(skill, moved, agents, plan.edit().summary() + " " + written.size() + " files written.");
                            });
                });
    }

    private record Renamed(WorkspaceSkill before, WorkspaceSkill after, List<WorkspaceAgent> agents, String summary) {
    }

    private void renamed(Renamed renamed) {
        Optional<AgentEditorViewModel> open = tabs.editorOf(renamed.before().path());
        open.ifPresent(tabs::close);
        list.remove(renamed.before().path());
        list.putSkill(renamed.after());
        renamed.agents().forEach(agent -> {
            list.put(agent);
            tabs.diskChanged(agent.path(), Optional.of(agent));
        });
        if (open.isPresent()) {
            tabs.open(SkillEditing.asEditable(renamed.after()));
        }
        list.select(renamed.after().path());
        notice.accept(renamed.summary());
    }

    void delete(WorkspaceSkill skill) {
        if (unsaved(skill, List.of(), "deleted")) {
            return;
        }
        long users = list.agents().stream().filter(agent -> SkillsField.entries(agent.document()).contains(skill.name())).count();
        String using = users == 0 ? "" : " " + users + (users == 1 ? " agent preloads" : " agents preload") + " it; their skills: entry will name no skill.";
        boolean toTrash = trash.isAvailable();
        String question = (toTrash ? "Move the skill " + skill.name() + " (its whole folder) to the trash?"
                : "Delete the skill " + skill.name() + " and its whole folder for good? This system has no trash.") + using;
        if (!dialogs.confirmDestructive("Delete skill", question, toTrash ? "Move to Trash" : "Delete")) {
            return;
        }
        new BackgroundTask<Boolean>(background, ui, done -> {
            tabs.editorOf(skill.path()).ifPresent(tabs::close);
            list.remove(skill.path());
            notice.accept("Deleted the skill " + skill.name() + " (" + skill.relativePath().getParent().toString().replace('\\', '/') + ").");
        }, why -> dialogs.showError("The skill was not deleted", why)).run(() -> {
            if (toTrash) {
                trash.moveToTrash(skill.folder());
            } else {
                deleteTree(skill.folder());
            }
            return true;
        });
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** True (and says so) when a tab of the skill or of one of {@code agents} holds unsaved changes. */
    private boolean unsaved(WorkspaceSkill skill, List<WorkspaceAgent> agents, String what) {
        List<String> dirty = Stream.concat(Stream.of(skill.path()), agents.stream().map(WorkspaceAgent::path))
                .filter(path -> tabs.editorOf(path).map(AgentEditorViewModel::isDirty).orElse(false))
                .map(path -> path.getFileName().toString().equals(SkillLocator.SKILL_FILE) ? skill.name() : path.getFileName().toString())
                .toList();
        if (!dirty.isEmpty()) {
            dialogs.showError("The skill was not " + what, "Save or revert " + String.join(", ", dirty) + " first.");
        }
        return !dirty.isEmpty();
    }

    private Optional<String> askName(String title, String prompt, String initial) {
        Set<String> taken = list.skills().stream().map(WorkspaceSkill::name).collect(Collectors.toSet());
        return dialogs.askText(title, prompt, initial, name -> name.equals(initial) && title.startsWith("Rename") ? ""
                : !SkillNames.valid(name) ? "Use 1-" + SkillNames.LONGEST + " lowercase letters, digits and single hyphens."
                : taken.contains(name) ? "There is a skill named " + name + " already." : "");
    }
}
