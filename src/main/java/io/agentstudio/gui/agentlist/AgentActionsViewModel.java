package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.BackgroundTask;
import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.NewAgentForm;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.templates.AgentTemplate;
import io.agentstudio.logic.templates.AgentTemplates;
import io.agentstudio.logic.templates.SkillTemplates;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.AgentNameCheck;
import io.agentstudio.logic.workspace.SaveResult;
import io.agentstudio.logic.workspace.SkillNames;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The list's actions. New agent and Duplicate ask for a template and a name, write the new file off the UI thread
 * (never over an existing one), then show it in the list and open its tab; Rename and Delete are in
 * {@link AgentRenamer} and {@link AgentDeleter}.
 */
public final class AgentActionsViewModel {
    static final Path CLAUDE_AGENTS = Path.of(".claude", "agents");

    private final DialogService dialogs;
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final AgentFileStore store;
    private final Supplier<Path> workspaceRoot;
    private final Executor background;
    private final Executor ui;
    private final AgentRenamer renamer;
    private final AgentDeleter deleter;
    private final NewSkillWriter skills;
    private final SkillActions skillActions;
    private final AgentOnOff onOff;
    private Consumer<String> onNotice = notice -> { };

    /** {@code workspaceRoot} gives the open workspace's folder, or null while none is open. */
    public AgentActionsViewModel(DialogService dialogs, EditorTabsViewModel tabs, AgentListViewModel list, AgentFileStore store,
                                 Supplier<Path> workspaceRoot, Trash trash, Executor background, Executor ui) {
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.list = list;
        this.store = store;
        this.workspaceRoot = workspaceRoot;
        this.background = background;
        this.ui = ui;
        this.renamer = new AgentRenamer(dialogs, tabs, list, background, ui, notice -> onNotice.accept(notice));
        this.deleter = new AgentDeleter(dialogs, new FileChangeContext(tabs, list, background, ui), trash, store);
        this.skills = new NewSkillWriter(dialogs, list, tabs, background, ui);
        this.skillActions = new SkillActions(dialogs, tabs, list, trash, background, ui, notice -> onNotice.accept(notice));
        this.onOff = new AgentOnOff(dialogs, tabs, list, background, ui);
        onOff.setOnNotice(notice -> onNotice.accept(notice));
    }

    /**
     * Where the files the on/off switch wrote go to be read back (a settings file or the agent's own), as a change on
     * disk would be; the window reads them and checks the workspace again.
     */
    public void setOnFilesWritten(Consumer<Set<Path>> onFilesWritten) {
        onOff.setOnWritten(onFilesWritten);
    }

    /** Where a finished action says what it did ("Renamed … in 2 files: …"); the window shows it in the status bar. */
    public void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    // Commands

    /** Asks for a template and a name (the template's suggestion offered) and creates {@code .claude/agents/<name>.md}. */
    public void newAgent() {
        newAgent("", agent -> { });
    }

    /**
     * The same, offering {@code suggestedName} whatever the template (none when empty); {@code created} gets the new agent once it is listed and open (the
     * graph canvas places and links it).
     */
    public void newAgent(String suggestedName, Consumer<WorkspaceAgent> created) {
        Path root = workspaceRoot.get();
        if (root == null) {
            return;
        }
        NewAgentForm form = new NewAgentForm(AgentTemplates.all(), list.takenNames(), suggestedName);
        if (dialogs.askNewAgent(form)) {
            String name = form.name();
            AgentTemplate template = form.template();
            create(root, CLAUDE_AGENTS.resolve(name + ".md"), () -> AgentTemplates.instantiate(template, name), created);
        }
    }

    /**
     * Asks for a kind of skill (a template: basic, forked, reference) and a name, and creates
     * {@code .claude/skills/<name>/SKILL.md} from it, never over a skill that is there; the new skill is listed and
     * opens in a tab to be written.
     */
    public void newSkill() {
        Path root = workspaceRoot.get();
        if (root == null) {
            return;
        }
        List<String> choices = SkillTemplates.all().stream().map(template -> template.title() + ": " + template.summary()).toList();
        Optional<AgentTemplate> template = dialogs.choose("New skill", "Which kind of skill?", choices)
                .map(choice -> SkillTemplates.all().get(choices.indexOf(choice)));
        if (template.isEmpty()) {
            return;
        }
        var taken = list.skills().stream().map(WorkspaceSkill::name).collect(Collectors.toSet());
        dialogs.askText("New skill", "Name of the skill (lowercase letters, digits and hyphens; its folder takes the name):", "",
                name -> !SkillNames.valid(name) ? "Use 1-" + SkillNames.LONGEST + " lowercase letters, digits and single hyphens."
                        : taken.contains(name) ? "There is a skill named " + name + " already." : "").ifPresent(name ->
                skills.write(root, SkillTemplates.relativePath(name),
                        AgentFileParser.toBytes(SkillTemplates.instantiate(template.get(), name)), skill -> { }));
    }

    /** Copies the row's file, as saved, next to it under a new name ({@code <name>-copy} is offered). */
    public void duplicate(AgentRow row) {
        Path root = workspaceRoot.get();
        if (root == null || row == null || forSkill(row, skill -> skillActions.duplicate(root, skill))) {
            return;
        }
        AgentDocument source = row.agent().document();
        askNewName("Duplicate agent", "Name of the copy of " + row.name() + ":", row.name() + "-copy").ifPresent(name -> {
            Path target = row.agent().relativePath().resolveSibling(name + extension(row));
            create(root, target, () -> named(source, name), agent -> { });
        });
    }

    /**
     * Asks for a new name; the agent's name, its file and every reference to it in other agents follow. The dialog
     * opens on the current name, which is not "taken" by another agent: keeping it is fine and changes nothing.
     */
    public void rename(AgentRow row) {
        Path root = workspaceRoot.get();
        if (root == null || row == null || forSkill(row, skill -> skillActions.rename(root, skill))) {
            return;
        }
        var taken = list.takenNames();
        dialogs.askText("Rename agent", "New name for " + row.name() + " (its file and the references to it follow):", row.name(),
                        name -> name.equals(row.name()) ? "" : AgentNameCheck.reason(name, taken))
                .filter(name -> !name.equals(row.name()))
                .ifPresent(name -> renamer.rename(root, row, name));
    }

    /**
     * Moves the agent's file to the trash, or deletes it after a confirmation where there is no trash; the user may
     * take the delegations to it out of the other agents in the same step. Undo brings it all back.
     */
    public void delete(AgentRow row) {
        Path root = workspaceRoot.get();
        if (root != null && row != null && !forSkill(row, skillActions::delete)) {
            deleter.delete(root, row);
        }
    }

    /**
     * Turns the row's agent off without deleting it (Claude Code: {@code Agent(name)} in the project's
     * {@code .claude/settings.json}; OpenCode: {@code disable: true}), or on again when it is off.
     */
    public void toggleOff(AgentRow row) {
        onOff.toggle(row);
    }

    /** Empty when the row's agent can be turned off and on; else a sentence saying why not (its tool has no switch). */
    public Optional<String> whyNoSwitch(AgentRow row) {
        return onOff.whyNot(row);
    }

    /** True when the row's agent is turned off, as the validation last found. */
    public boolean isOff(AgentRow row) {
        return onOff.isOff(row);
    }

    /** A skill's row goes to {@link SkillActions}: a skill is a folder, and its name is in the agents' skills: lists. */
    private boolean forSkill(AgentRow row, Consumer<WorkspaceSkill> action) {
        if (row.isSkill()) {
            list.skill(row.agent().path()).ifPresent(action);
        }
        return row.isSkill();
    }

    private Optional<String> askNewName(String title, String prompt, String initial) {
        var taken = list.takenNames();
        return dialogs.askText(title, prompt, initial, name -> AgentNameCheck.reason(name, taken));
    }

    /** The copy carries the new name where the source has a name field; a file without one is named by its file. */
    private static AgentDocument named(AgentDocument source, String name) {
        if (source.field("name").isEmpty() || !source.isEditable()) {
            return source;
        }
        return FrontmatterEditor.set(source, "name", new FieldValue.Text(name));
    }

    /** Copilot agents end in {@code .agent.md}; the copy keeps the form its dialect loads. */
    private static String extension(AgentRow row) {
        return row.agent().path().getFileName().toString().endsWith(".agent.md") ? ".agent.md" : ".md";
    }

    private void create(Path root, Path target, Supplier<AgentDocument> document, Consumer<WorkspaceAgent> then) {
        new BackgroundTask<SaveResult>(background, ui, result -> created(result, then),
                why -> dialogs.showError("The agent was not created", why)).run(() -> store.saveAs(root, target, document.get()));
    }

    private void created(SaveResult result, Consumer<WorkspaceAgent> then) {
        if (result instanceof SaveResult.Saved saved) {
            list.put(saved.agent());
            list.select(saved.agent().path());
            tabs.open(saved.agent());
            then.accept(saved.agent());
        } else if (result instanceof SaveResult.Conflict conflict) {
            dialogs.showError("The agent was not created", conflict.message());
        }
    }
}
