package io.agentstudio.gui.problems;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.agentlist.NewSkillWriter;
import io.agentstudio.gui.agentlist.FileChangeContext;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.common.FixAction;
import io.agentstudio.gui.common.Delay;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.workspace.UserAgentFolders;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.Severity;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Predicate;

/**
 * The problems pane and the live validation behind it: every finding of the open workspace, grouped by agent or by
 * rule, filtered by severity and by "current agent only", with counts per severity; going to a problem; its rule's
 * explanation; and its quick fixes. The validation runs on its own executor (see {@link LiveValidation}); results,
 * and every property here, change on the UI thread. The selection survives updates: a row whose problem is still
 * there stays selected, one that moved (typing shifted its line) is found again by file, rule and message.
 */
public final class ProblemsViewModel {
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel agents;
    private final RuleCatalog rules;
    private final ProblemStore store = new ProblemStore();
    private final ProblemGroups groups = new ProblemGroups(this::fileName);
    // One wrapper for all callers: a listener on a throwaway wrapper is dropped when the wrapper is collected.
    private final ObservableList<ProblemGroup> readOnlyGroups = FXCollections.unmodifiableObservableList(groups.groups());
    private final LiveValidation validation;
    private final OpenTabsValidation openTabs;
    private final QuickFixes quickFixes;
    private final DialogService dialogs;
    private Path root;

    // Properties
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping", Grouping.BY_AGENT);
    private final SeverityFilter severities = new SeverityFilter();
    private final BooleanProperty currentAgentOnly = new SimpleBooleanProperty(this, "currentAgentOnly", false);
    private final ObjectProperty<Path> currentFile = new SimpleObjectProperty<>(this, "currentFile");
    private final ObjectProperty<ProblemRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<RuleInfo> explanation = new ReadOnlyObjectWrapper<>(this, "explanation");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    private Runnable onGoTo = () -> { };

    /**
     * @param validationExecutor one thread for the validation engine (latest-wins per file)
     * @param background         disk work (renaming a file)
     * @param ui                 the UI thread
     * @param delay              the typing debounce
     */
    public ProblemsViewModel(EditorTabsViewModel tabs, AgentListViewModel agents, DialogService dialogs, RuleCatalog rules,
                             Executor validationExecutor, Executor background, Executor ui, Delay delay) {
        this.tabs = tabs;
        this.agents = agents;
        this.rules = rules;
        this.dialogs = dialogs;
        this.validation = new LiveValidation(rules, validationExecutor, ui, new LiveValidation.Publisher() {
            @Override
            public void opened(Map<Path, List<Finding>> findings) {
                showOpened(findings);
            }

            @Override
            public void changed(Map<Path, List<Finding>> files) {
                showChanged(files);
            }
        });
        FileRenamer renamer = new FileRenamer(new FileChangeContext(tabs, agents, background, ui), dialogs, () -> root, validation);
        FileCreator creator = new FileCreator(dialogs, () -> root, new NewSkillWriter(dialogs, agents, tabs, background, ui), validation);
        this.quickFixes = new QuickFixes(dialogs, renamer, creator, tabs);
        this.openTabs = new OpenTabsValidation(tabs, validation, delay, editor -> new OpenAgentProblems(
                store.findings(editor.path()), some -> quickFixes.of(some, store.findings(editor.path()), file -> Optional.of(editor)),
                action -> whenCurrent(editor, action)));
        for (Observable filter : new Observable[]{grouping, currentAgentOnly}) {
            filter.addListener(observable -> rebuild());
        }
        for (Observable filter : severities.observables()) {
            filter.addListener(observable -> rebuild());
        }
        currentFile.addListener(observable -> {
            if (currentAgentOnly.get()) {
                rebuild();
            }
        });
        selected.addListener((observable, before, row) -> explanation.set(row == null ? null : rules.find(row.ruleId()).orElse(null)));
    }

    // Properties

    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** Which severities the pane shows: those picked, or all while none is. */
    public SeverityFilter severities() {
        return severities;
    }

    /** Only the problems of {@link #currentFileProperty()}. */
    public BooleanProperty currentAgentOnlyProperty() {
        return currentAgentOnly;
    }

    /** The agent the user is on: the selected tab's file, else the agent selected in the list. */
    public ObjectProperty<Path> currentFileProperty() {
        return currentFile;
    }

    /** The groups shown, in order, each with its rows. */
    public ObservableList<ProblemGroup> groups() {
        return readOnlyGroups;
    }

    /** Every row shown, group after group. */
    public List<ProblemRow> rows() {
        return groups.rows();
    }

    public ObjectProperty<ProblemRow> selectedProperty() {
        return selected;
    }

    /** The selected problem's rule: what it checks, why it matters, what its fix does. */
    public ReadOnlyObjectProperty<RuleInfo> explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    /** True from opening a workspace until its first complete check is shown. */
    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    /** Problems of a severity in the whole workspace, whatever the filters show. */
    public ReadOnlyIntegerProperty countProperty(Severity severity) {
        return store.count(severity);
    }

    /**
     * The worst severity of each file that has problems (absolute paths of agent files, and of files that did not
     * load); files without problems are absent. Changes on the UI thread: the agent list's badges and the graph's
     * nodes bind to it.
     */
    public ObservableMap<Path, Severity> worstSeverityByFile() {
        return store.worstByFile();
    }

    /** Each file's findings (absolute paths); files without problems are absent. Changes on the UI thread. */
    public ObservableMap<Path, List<Finding>> findingsByFile() {
        return store.byFile();
    }

    /** What an open tab's panes draw and offer: its file's findings and their fixes. */
    public EditorProblems problemsOf(AgentEditorViewModel editor) {
        return openTabs.problemsOf(editor);
    }

    // Commands

    /** Checks a freshly loaded workspace in the background; its results replace the previous workspace's. */
    public void open(Workspace loaded) {
        root = loaded.root();
        checking.set(true);
        validation.open(openTabs.withOpenTabs(loaded));
    }

    /**
     * A program (or the studio's own rename) changed ({@code agent} present) or removed an agent file. A file open in
     * a tab keeps being checked as the tab has it: the tab decides whether it follows the disk, and then it is checked
     * again. A tab that already holds the new text is checked now: it may have been opened on the file just before
     * (a rename's new path), and its text will not change to prompt a check.
     */
    public void diskChanged(Path file, Optional<WorkspaceAgent> agent) {
        if (agent.isEmpty()) {
            validation.remove(file);
        } else if (tabs.editorOf(file).map(editor -> editor.document().text().equals(agent.get().document().text())).orElse(true)) {
            validation.update(agent.get());
        }
    }

    /**
     * A skill's {@code SKILL.md} changed on disk (a save in its tab, another program), or went: it is checked again,
     * with the agents that preload it, or forgotten.
     */
    public void skillChanged(Path file, Optional<WorkspaceSkill> skill) {
        skill.ifPresentOrElse(validation::update, () -> validation.remove(file));
    }

    /** The workspace's {@code .agent-studio/rules.yaml} changed. */
    public void rulesChanged() {
        validation.reloadSettings();
    }

    /**
     * A Claude Code settings file changed (the list's switch, another program): which agents are off may have changed,
     * and with it the findings of every agent that hands work to one.
     */
    public void agentSwitchesChanged() {
        validation.reloadSettings();
    }

    /** Opens the problem's agent (if it is not open) and moves to the problem: its form field, body line or Source. */
    public void goTo(ProblemRow row) {
        if (row == null) {
            return;
        }
        selected.set(row);
        onGoTo.run();
        editorOf(row.file()).ifPresent(editor -> openTabs.problemsOf(editor).reveal(row.problem()));
    }

    /** Every rule the studio checks, in catalog order: Help > Rules Reference lists them. */
    public List<RuleInfo> rules() {
        return rules.all();
    }

    /** What the window does before a problem is gone to: make the editor the main view. */
    public void setOnGoTo(Runnable action) {
        this.onGoTo = action;
    }

    /**
     * The row's quick fixes, and "fix all of this kind" in this file and in the workspace where that is safe. A row may be older than the
     * text of its agent's tab (typing's pause not over yet): applying a fix first checks the tab's text as it is now,
     * then applies the same fix of the problem as it is then, or says that the problem has changed.
     */
    public List<FixAction> fixes(ProblemRow row) {
        if (row == null) {
            return List.of();
        }
        List<FixAction> actions = new ArrayList<>(quickFixes.of(List.of(row.finding()), store.findings(row.file()), this::editorOf).stream()
                .map(fix -> new FixAction(fix.title(), () -> applyWhenCurrent(row, fix)))
                .toList());
        quickFixes.inWorkspace(row.ruleId(), store::byFile).ifPresent(actions::add);
        return actions;
    }

    private void applyWhenCurrent(ProblemRow row, FixAction offered) {
        Optional<AgentEditorViewModel> open = tabs.editorOf(row.file());
        if (open.isEmpty()) {
            offered.apply();
            return;
        }
        whenCurrent(open.get(), () -> {
            List<Finding> now = store.findings(row.file());
            List<Finding> ofRule = now.stream().filter(finding -> finding.ruleId().equals(row.ruleId())).toList();
            quickFixes.of(ofRule, now, this::editorOf).stream()
                    .filter(fix -> fix.title().equals(offered.title()))
                    .findFirst()
                    .ifPresentOrElse(FixAction::apply, () -> dialogs.inform("The fix was not applied", "The problem has changed"
                            + " since: \"" + offered.title() + "\" no longer applies to the agent as it is now."));
        });
    }

    private void whenCurrent(AgentEditorViewModel editor, Runnable action) {
        openTabs.whenCurrent(editor, action);
    }

    private Optional<AgentEditorViewModel> editorOf(Path file) {
        Optional<AgentEditorViewModel> open = tabs.editorOf(file);
        if (open.isPresent()) {
            tabs.selectedProperty().set(open.get());
            return open;
        }
        return agents.agents().stream().filter(agent -> agent.path().equals(file)).findFirst().map(tabs::open);
    }

    private void showOpened(Map<Path, List<Finding>> findings) {
        checking.set(false);
        store.replaceAll(findings);
        tabs.editors().forEach(editor -> openTabs.problemsOf(editor).show(store.findings(editor.path())));
        rebuild();
    }

    private void showChanged(Map<Path, List<Finding>> files) {
        ProblemRow before = selected.get();
        files.forEach((file, now) -> {
            List<Finding> previous = store.findings(file);
            store.put(file, now);
            groups.update(file, previous, now);
            openTabs.problemsOf(file).ifPresent(markers -> markers.show(now));
        });
        reselect(before);
    }

    private void rebuild() {
        ProblemRow before = selected.get();
        groups.rebuild(grouping.get(), filter(), store.byFile());
        reselect(before);
    }

    private Predicate<Finding> filter() {
        Set<Severity> shown = EnumSet.noneOf(Severity.class);
        for (Severity severity : Severity.values()) {
            if (severities.shows(severity)) {
                shown.add(severity);
            }
        }
        boolean onlyCurrent = currentAgentOnly.get();
        Path current = currentFile.get();
        return finding -> shown.contains(finding.severity()) && (!onlyCurrent || finding.file().equals(current));
    }

    /** After an update: the same problem if it is still shown, else its closest match in the same file and rule. */
    private void reselect(ProblemRow before) {
        if (before == null) {
            return;
        }
        List<ProblemRow> shown = groups.rows();
        Optional<ProblemRow> again = shown.stream().filter(before::equals).findFirst()
                .or(() -> shown.stream().filter(row -> sameKind(row, before) && row.message().equals(before.message())).findFirst())
                .or(() -> shown.stream().filter(row -> sameKind(row, before))
                        .min(Comparator.comparingInt(row -> Math.abs(row.problem().line() - before.problem().line()))));
        selected.set(again.orElse(null));
    }

    private static boolean sameKind(ProblemRow row, ProblemRow other) {
        return row.file().equals(other.file()) && row.ruleId().equals(other.ruleId());
    }

    private String fileName(Path file) {
        if (root != null && file.startsWith(root)) {
            return root.relativize(file).toString().replace('\\', '/');
        }
        return UserAgentFolders.shown(file).orElse(file.toString());
    }
}
