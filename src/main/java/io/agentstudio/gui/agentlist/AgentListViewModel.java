package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.logic.graph.SkillLinks;
import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.rules.DisabledAgentRule;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.Severity;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * The agents of the open workspace and its skills, the search and filters that narrow them (the kind filter shows
 * agents, skills or both), which one is selected, which have unsaved edits in a tab, and the validation's problems of
 * each (the rows' badges). The skills' rows come after the agents' and count the agents that preload each skill.
 */
public final class AgentListViewModel {
    public static final String ANY = "Any";
    private static final String OFF_RULE = DisabledAgentRule.OFF.id();

    /** What the list shows. */
    public enum Kind {
        ALL("All"), AGENTS("Agents"), SKILLS("Skills");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private static final Comparator<AgentRow> BY_NAME =
            Comparator.comparing(AgentRow::name, String.CASE_INSENSITIVE_ORDER).thenComparing(AgentRow::file);

    private final ObservableSet<Path> dirtyPaths;
    private Consumer<WorkspaceAgent> opener = agent -> { };
    private ObservableMap<Path, List<Finding>> problems = FXCollections.observableHashMap();
    /** Raised when the problems change while the "Problems" filter is on, so the filter is applied again. */
    private final IntegerProperty problemsSeen = new SimpleIntegerProperty(this, "problemsSeen", 0);
    /** Raised on every change of the problems, for views that draw from them (the graph greys agents turned off). */
    private final ReadOnlyIntegerWrapper problemsVersion = new ReadOnlyIntegerWrapper(this, "problemsVersion", 0);
    private final MapChangeListener<Path, List<Finding>> problemsChanged = change -> {
        problemsVersion.set(problemsVersion.get() + 1);
        if (problemsOnlyProperty().get()) {
            problemsSeen.set(problemsSeen.get() + 1);
        }
    };

    // Properties
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final StringProperty modelFilter = new SimpleStringProperty(this, "modelFilter", ANY);
    private final StringProperty dialectFilter = new SimpleStringProperty(this, "dialectFilter", ANY);
    private final BooleanProperty problemsOnly = new SimpleBooleanProperty(this, "problemsOnly", false);
    private final ObservableList<AgentRow> rows = FXCollections.observableArrayList();
    private final ObservableList<AgentRow> allRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<AgentRow> skillRows = FXCollections.observableArrayList();
    private final ObservableList<AgentRow> allSkillRows = FXCollections.unmodifiableObservableList(skillRows);
    /** The agents' rows, then the skills': what the filters choose from. */
    private final ObservableList<AgentRow> listed = FXCollections.observableArrayList();
    private final FilteredList<AgentRow> visibleRows = new FilteredList<>(listed);
    private final ObjectProperty<Kind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter", Kind.ALL);
    private List<WorkspaceSkill> skills = List.of();
    private final ObservableList<String> models = FXCollections.observableArrayList(ANY);
    private final ObservableList<String> dialects = FXCollections.observableArrayList(ANY);
    private final ObjectProperty<AgentRow> selected = new SimpleObjectProperty<>(this, "selected");
    private final RowScopes scopes = new RowScopes();

    public AgentListViewModel(ObservableSet<Path> dirtyPaths) {
        this.dirtyPaths = dirtyPaths;
        visibleRows.predicateProperty().bind(Bindings.createObjectBinding(this::filter, search, modelFilter, dialectFilter,
                problemsOnly, problemsSeen, kindFilter));
    }

    /** The validation's findings per file (the problems pane's); the badges and the "Problems" filter follow them. */
    public void useProblems(ObservableMap<Path, List<Finding>> findingsByFile) {
        problems.removeListener(problemsChanged);
        problems = findingsByFile;
        problems.addListener(problemsChanged);
        problemsSeen.set(problemsSeen.get() + 1);
        problemsVersion.set(problemsVersion.get() + 1);
    }

    public ReadOnlyIntegerProperty problemsVersionProperty() {
        return problemsVersion.getReadOnlyProperty();
    }

    /**
     * Why the agent of {@code file} is turned off, or empty when it is on. The validation's {@code agent-disabled}
     * finding says it: the validation already reads the settings files off the UI thread and follows their changes.
     */
    public Optional<String> offReason(Path file) {
        return problems.getOrDefault(file, List.of()).stream().filter(finding -> finding.ruleId().equals(OFF_RULE))
                .map(finding -> finding.problem().message()).findFirst();
    }

    /** The observable findings per file, for views that redraw when they change. */
    public ObservableMap<Path, List<Finding>> problems() {
        return problems;
    }

    /** The row's findings, in file order; empty for a clean file. */
    public List<Finding> problemsOf(AgentRow row) {
        return problems.getOrDefault(row.agent().path(), List.of());
    }

    /** The worst severity of the row's findings, or empty for a clean file. */
    public Optional<Severity> worstSeverity(AgentRow row) {
        return problemsOf(row).stream().map(Finding::severity).min(Comparator.naturalOrder());
    }

    private Predicate<AgentRow> filter() {
        String query = search.get() == null ? "" : search.get();
        String model = modelFilter.get();
        String dialect = dialectFilter.get();
        boolean problems = problemsOnly.get();
        Kind kind = kindFilter.get() == null ? Kind.ALL : kindFilter.get();
        return row -> (kind == Kind.ALL || (kind == Kind.SKILLS) == row.isSkill()) && row.matches(query)
                && (model == null || ANY.equals(model) || model.equals(row.model()))
                && (dialect == null || ANY.equals(dialect) || dialect.equals(row.agent().dialect().displayName()))
                && (!problems || !problemsOf(row).isEmpty());
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** "Any" or a model value the workspace's agents use. */
    public StringProperty modelFilterProperty() {
        return modelFilter;
    }

    public StringProperty dialectFilterProperty() {
        return dialectFilter;
    }

    /** Agents, skills or both. */
    public ObjectProperty<Kind> kindFilterProperty() {
        return kindFilter;
    }

    public BooleanProperty problemsOnlyProperty() {
        return problemsOnly;
    }

    /** The models to filter by: "Any" and each model the agents name. */
    public ObservableList<String> models() {
        return models;
    }

    public ObservableList<String> dialects() {
        return dialects;
    }

    /** The rows that match the search and filters, in name order. */
    public ObservableList<AgentRow> visibleRows() {
        return visibleRows;
    }

    public ObjectProperty<AgentRow> selectedProperty() {
        return selected;
    }

    /** Files with unsaved edits in a tab; the rows show a marker. */
    public ObservableSet<Path> dirtyPaths() {
        return dirtyPaths;
    }

    /** Every row, whatever the search and filters show: changes as agents are loaded, added, changed on disk or removed. */
    public ObservableList<AgentRow> allRows() {
        return allRows;
    }

    /** Every skill's row, whatever the search and filters show. */
    public ObservableList<AgentRow> skillRows() {
        return allSkillRows;
    }

    /** The workspace's skills as last read from disk. */
    public List<WorkspaceSkill> skills() {
        return skills;
    }

    /** The skill whose {@code SKILL.md} is {@code path}; empty when there is none. */
    public Optional<WorkspaceSkill> skill(Path path) {
        return skills.stream().filter(skill -> skill.path().equals(path)).findFirst();
    }

    public int agentCount() {
        return rows.size();
    }

    /** Every agent of the workspace as last read from disk, whatever the search and filters show. */
    public List<WorkspaceAgent> agents() {
        return rows.stream().map(AgentRow::agent).toList();
    }

    /**
     * The agent of {@code path} as last read from disk, or a skill's {@code SKILL.md} as its tab takes it; empty when
     * the file is neither.
     */
    public Optional<WorkspaceAgent> agent(Path path) {
        return rows.stream().map(AgentRow::agent).filter(agent -> agent.path().equals(path)).findFirst()
                .or(() -> skill(path).map(SkillEditing::asEditable));
    }

    /** Names a new or renamed agent may not take: every agent's name and file name. */
    public Set<String> takenNames() {
        Set<String> taken = new HashSet<>();
        rows.forEach(row -> {
            taken.add(row.agent().name());
            taken.add(row.agent().fileStem());
        });
        return taken;
    }

    public void setOnOpen(Consumer<WorkspaceAgent> opener) {
        this.opener = opener;
    }

    // Commands

    /** Opens the row's agent in a tab (double-click or Enter). */
    public void open(AgentRow row) {
        if (row != null) {
            opener.accept(row.agent());
        }
    }

    /**
     * Shows a freshly loaded set of agents. The agent that was selected stays selected when its file is still there
     * (a reload must not lose the user's place); otherwise the first one is, so the text pane is never blank for no reason.
     */
    public void show(List<WorkspaceAgent> agents) {
        show(agents, List.of());
    }

    /**
     * Shows the agents and skills of the workspace at {@code root}, which tells the workspace's agents from the user's:
     * the rows of one scope come together, and the scopes and shadowings are known ({@link #scopes()}).
     */
    public void show(Path root, List<WorkspaceAgent> agents, List<WorkspaceSkill> loadedSkills) {
        scopes.useRoot(root);
        show(agents, loadedSkills);
    }

    /** Where each row's agent is read from, and which are shadowed. */
    public RowScopes scopes() {
        return scopes;
    }

    /** Shows a freshly loaded workspace's agents and skills (see {@link #show(List)}). */
    public void show(List<WorkspaceAgent> agents, List<WorkspaceSkill> loadedSkills) {
        Path previous = selected.get() == null ? null : selected.get().agent().path();
        rows.setAll(agents.stream().map(AgentRow::of).sorted(scopes.order(BY_NAME)).toList());
        skills = List.copyOf(loadedSkills);
        refreshChoices();
        AgentRow again = listed.stream().filter(row -> Objects.equals(row.agent().path(), previous)).findFirst()
                .orElse(visibleRows.isEmpty() ? null : visibleRows.get(0));
        selected.set(again);
    }

    /** An agent file appeared or changed on disk: its row is added or replaced, keeping the selection. */
    public void put(WorkspaceAgent agent) {
        AgentRow row = AgentRow.of(agent);
        boolean wasSelected = selected.get() != null && selected.get().agent().path().equals(agent.path());
        rows.removeIf(existing -> existing.agent().path().equals(agent.path()));
        int at = 0;
        Comparator<AgentRow> order = scopes.order(BY_NAME);
        while (at < rows.size() && order.compare(rows.get(at), row) < 0) {
            at++;
        }
        rows.add(at, row);
        refreshChoices();
        if (wasSelected) {
            selected.set(row);
        }
    }

    /** A skill's {@code SKILL.md} appeared or changed on disk: its row is added or replaced, keeping the selection. */
    public void putSkill(WorkspaceSkill skill) {
        boolean wasSelected = selected.get() != null && selected.get().agent().path().equals(skill.path());
        List<WorkspaceSkill> now = new ArrayList<>(skills);
        now.removeIf(existing -> existing.path().equals(skill.path()));
        now.add(skill);
        skills = List.copyOf(now);
        refreshChoices();
        if (wasSelected) {
            select(skill.path());
        }
    }

    /** Selects the row of {@code path}, when the workspace has it. */
    public void select(Path path) {
        listed.stream().filter(row -> row.agent().path().equals(path)).findFirst().ifPresent(selected::set);
    }

    /** An agent file was deleted on disk. */
    public void remove(Path path) {
        if (selected.get() != null && selected.get().agent().path().equals(path)) {
            selected.set(null);
        }
        rows.removeIf(row -> row.agent().path().equals(path));
        skills = skills.stream().filter(skill -> !skill.path().equals(path)).toList();
        refreshChoices();
    }

    /** The skills' rows again (the agents' {@code skills:} lists count for them), then what the filters offer. */
    private void refreshChoices() {
        scopes.update(agents());
        Map<String, Integer> preloads = new HashMap<>();
        rows.forEach(row -> SkillLinks.preloaded(row.agent().document()).forEach(name -> preloads.merge(name, 1, Integer::sum)));
        skillRows.setAll(skills.stream().map(skill -> AgentRow.of(skill, preloadsOf(skill, preloads))).sorted(BY_NAME).toList());
        List<AgentRow> both = new ArrayList<>(rows);
        both.addAll(skillRows);
        AgentRow wasSelected = selected.get();
        listed.setAll(both);
        if (wasSelected != null && wasSelected.isSkill()) {
            // The skill's row was made again: the same skill stays selected.
            skillRows.stream().filter(row -> row.agent().path().equals(wasSelected.agent().path())).findFirst()
                    .ifPresent(selected::set);
        }
        TreeSet<String> usedModels = new TreeSet<>();
        TreeSet<String> usedDialects = new TreeSet<>();
        rows.forEach(row -> {
            if (!row.model().isEmpty()) {
                usedModels.add(row.model());
            }
            usedDialects.add(row.agent().dialect().displayName());
        });
        models.setAll(ANY);
        models.addAll(usedModels);
        dialects.setAll(ANY);
        dialects.addAll(usedDialects);
    }

    /** Agents name a skill by its name, which is its folder's name unless the skill says otherwise. */
    private static int preloadsOf(WorkspaceSkill skill, Map<String, Integer> preloads) {
        int byName = preloads.getOrDefault(skill.name(), 0);
        return skill.name().equals(skill.folderName()) ? byName : byName + preloads.getOrDefault(skill.folderName(), 0);
    }
}
