package io.agentstudio.logic.validation;

import io.agentstudio.logic.loaders.LoaderVerdict;
import io.agentstudio.logic.parallel.ParallelMap;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The validation of one workspace, its agents and its skills, kept up to date as they change: the model a GUI observes and the command line
 * reads once.
 *
 * <p>Building it checks every agent in parallel. After that, {@link #update} re-checks one changed agent: its file
 * rules, and for each workspace rule only the agents that share a key with the agent before or after the change
 * (see {@link WorkspaceRule}). Listeners hear which files' findings changed. All methods are thread-safe.
 */
public final class WorkspaceValidation {
    private final Path root;
    private final RuleCatalog rules;
    private final List<Problem> loaderProblems;
    private final Map<Path, WorkspaceAgent> agents = new HashMap<>();
    private final Map<Path, List<Finding>> fileFindings = new HashMap<>();
    // By identity: a rule is one object of the catalog, whatever its equals says.
    private final Map<WorkspaceRule, KeyIndex> indexes = new IdentityHashMap<>();
    private final Map<WorkspaceRule, Map<Path, List<Finding>>> crossFindings = new IdentityHashMap<>();
    private final Map<Path, List<Finding>> loaderFindings = new HashMap<>();
    private final Map<Path, List<Finding>> published = new HashMap<>();
    private final List<ValidationListener> listeners = new CopyOnWriteArrayList<>();
    /** What each tool's loader made of an agent kept without its body ({@link #once}), read while the body was there. */
    private final Map<Path, Optional<LoaderVerdict>> verdicts = new HashMap<>();
    private final TeamChecks team = new TeamChecks();
    private RuleSettingsFile.Loaded settings;
    private boolean once;

    private WorkspaceValidation(Path root, RuleCatalog rules, List<Problem> loaderProblems) {
        this.root = root;
        this.rules = rules;
        this.loaderProblems = List.copyOf(loaderProblems);
    }

    /** Validates the whole workspace with the settings in its {@code .agent-studio/rules.yaml}. */
    public static WorkspaceValidation of(Workspace workspace, RuleCatalog rules) {
        WorkspaceValidation validation = new WorkspaceValidation(workspace.root(), rules, workspace.problems());
        workspace.agents().forEach(agent -> validation.agents.put(agent.path(), agent));
        workspace.skills().forEach(validation.team::keep);
        validation.checkEverything();
        return validation;
    }

    /**
     * Validates the folder {@code root} once, for the command line: each agent is checked as soon as it is read, and
     * only its frontmatter is kept for the checks across files, so that the memory held grows with the number of
     * agents, not with their text (20,000 agents fit in a 512 MB heap). The result is final: it cannot {@link #update}.
     */
    public static WorkspaceValidation once(Path root, WorkspaceScanner.Scan scan, RuleCatalog rules) throws IOException {
        return once(root, scan, rules, Optional.empty());
    }

    /**
     * As {@link #once(Path, WorkspaceScanner.Scan, RuleCatalog)}, with the user's agents of {@code userHome} checked
     * beside the workspace's (the workspace's rules file applies to them too): a name they share with a project agent is
     * then a shadowing, not a duplicate.
     */
    public static WorkspaceValidation once(Path root, WorkspaceScanner.Scan scan, RuleCatalog rules, Optional<Path> userHome)
            throws IOException {
        RuleSettingsFile.Loaded settings = RuleSettingsFile.read(root, rules);
        List<WorkspaceRule> across = activeWorkspaceRules(rules, settings.settings());
        List<FileRule> fileRules = activeFileRules(rules, settings.settings());
        Function<WorkspaceAgent, Read> reading = agent -> Read.of(agent, fileRules, settings.settings(), across);
        WorkspaceLoader.Loaded<Read> loaded = WorkspaceLoader.loadEach(root, scan, reading);
        if (userHome.isPresent()) {
            WorkspaceLoader.Loaded<Read> user = WorkspaceLoader.loadUserAgents(userHome.get(), root, reading);
            loaded = new WorkspaceLoader.Loaded<>(concat(loaded.kept(), user.kept()), loaded.skills(),
                    concat(loaded.problems(), user.problems()));
        }
        WorkspaceValidation validation = new WorkspaceValidation(root, rules, loaded.problems());
        validation.settings = settings;
        validation.once = true;
        Map<WorkspaceRule, Map<Path, Set<String>>> keys = new IdentityHashMap<>();
        across.forEach(rule -> keys.put(rule, new HashMap<>()));
        for (Read read : loaded.kept()) {
            Path path = read.agent().path();
            validation.agents.put(path, read.agent());
            validation.fileFindings.put(path, read.findings());
            validation.verdicts.put(path, read.verdict());
            read.keys().forEach((rule, held) -> keys.get(rule).put(path, held));
        }
        loaded.skills().forEach(skill -> validation.team.putSkill(skill, rules, settings.settings()));
        validation.checkAcross(keys);
        return validation;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** One agent as {@link #once} keeps it: without its body, with what the body was needed for. */
    private record Read(WorkspaceAgent agent, List<Finding> findings, Optional<LoaderVerdict> verdict,
                        Map<WorkspaceRule, Set<String>> keys) {
        static Read of(WorkspaceAgent agent, List<FileRule> fileRules, RuleSettings settings, List<WorkspaceRule> across) {
            FileCheck check = FileCheck.of(agent, settings);
            List<Finding> findings = checkFile(check, fileRules);
            Map<WorkspaceRule, Set<String>> keys = new IdentityHashMap<>();
            across.forEach(rule -> keys.put(rule, rule.keys(agent)));
            WorkspaceAgent kept = agent.withoutBody();
            across.forEach(rule -> rule.keptWithoutBody(agent, kept));
            return new Read(kept, findings, check.loaderVerdict(), keys);
        }
    }

    /** The file rules alone on one agent, without a workspace (a single file, a test). */
    public static List<Finding> checkFile(WorkspaceAgent agent, RuleCatalog rules, RuleSettings settings) {
        return checkFile(FileCheck.of(agent, settings), activeFileRules(rules, settings));
    }

    /** Runs the given file rules, those of the catalog that are on (chosen once per run, not per file). */
    private static List<Finding> checkFile(FileCheck check, List<FileRule> active) {
        for (FileRule rule : active) {
            try {
                rule.check(check);
            } catch (RuntimeException e) {
                RuleFailure.report(check, rule, e);
            }
        }
        return check.findings();
    }

    private static List<FileRule> activeFileRules(RuleCatalog rules, RuleSettings settings) {
        return rules.fileRules().stream().filter(rule -> anyOn(rule.rules(), settings)).toList();
    }

    /** Every finding, in report order. */
    public synchronized List<Finding> findings() {
        return published.values().stream().flatMap(List::stream).sorted(Finding.ORDER).toList();
    }

    /** The findings of one file (an agent, a file that did not load, or the rules file), in report order. */
    public synchronized List<Finding> findings(Path file) {
        return published.getOrDefault(file, List.of());
    }

    public synchronized Map<Severity, Integer> counts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0);
        }
        published.values().forEach(list -> list.forEach(f -> counts.merge(f.severity(), 1, Integer::sum)));
        return counts;
    }

    public synchronized int agentCount() {
        return agents.size();
    }

    public synchronized int skillCount() {
        return team.skillCount();
    }

    /**
     * A skill was added or its {@code SKILL.md} changed (same path): re-checks it and every reference between agents
     * and skills.
     */
    public synchronized void update(WorkspaceSkill skill) {
        requireLive();
        if (!team.isSkill(skill.path())) {
            loaderFindings.remove(skill.path());
        }
        team.putSkill(skill, rules, settings.settings());
        Set<Path> touched = new HashSet<>(team.recheck(agents.values(), rules, settings.settings()));
        touched.add(skill.path());
        notifyListeners(republish(touched));
    }

    public void addListener(ValidationListener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(ValidationListener listener) {
        listeners.remove(listener);
    }

    /** An agent was added or its file changed (same path): re-checks it and the agents its change can affect. */
    public synchronized void update(WorkspaceAgent agent) {
        requireLive();
        Path path = agent.path();
        WorkspaceAgent previous = agents.put(path, agent);
        if (previous == null) {
            // A file that now loads: what kept it from loading is gone. The loader's findings of an agent that did
            // load are notes on how it is reached (as in Workspace.notLoaded), and they still hold.
            loaderFindings.remove(path);
        }
        fileFindings.put(path, checkFile(agent, rules, settings.settings()));
        Set<Path> touched = new HashSet<>();
        touched.add(path);
        for (WorkspaceRule rule : activeWorkspaceRules()) {
            touched.addAll(recheck(rule, path, previous, agent));
        }
        touched.addAll(team.recheck(agents.values(), rules, settings.settings()));
        notifyListeners(republish(touched));
    }

    /**
     * An agent's file or a skill's {@code SKILL.md} left the workspace (deleted, or renamed: then {@link #update} the
     * new path).
     */
    public synchronized void remove(Path path) {
        requireLive();
        WorkspaceAgent previous = agents.remove(path);
        fileFindings.remove(path);
        loaderFindings.remove(path);
        team.removeSkill(path);
        Set<Path> touched = new HashSet<>();
        touched.add(path);
        if (previous != null) {
            for (WorkspaceRule rule : activeWorkspaceRules()) {
                touched.addAll(recheck(rule, path, previous, null));
            }
        }
        touched.addAll(team.recheck(agents.values(), rules, settings.settings()));
        notifyListeners(republish(touched));
    }

    /** The rules file changed: every file is checked again with the new settings. */
    public synchronized void reloadSettings() {
        requireLive();
        Map<Path, List<Finding>> before = new HashMap<>(published);
        checkEverything();
        Set<Path> paths = new HashSet<>(before.keySet());
        paths.addAll(published.keySet());
        Map<Path, List<Finding>> changed = new HashMap<>();
        for (Path path : paths) {
            List<Finding> now = published.getOrDefault(path, List.of());
            if (!problemsOf(now).equals(problemsOf(before.getOrDefault(path, List.of())))) {
                changed.put(path, now);
            }
        }
        notifyListeners(changed);
    }

    private void requireLive() {
        if (once) {
            throw new IllegalStateException("A validation made once keeps no agent's body and cannot follow changes");
        }
    }

    private void checkEverything() {
        settings = RuleSettingsFile.read(root, rules);
        RuleSettings current = settings.settings();
        List<WorkspaceAgent> all = List.copyOf(agents.values());
        fileFindings.clear();
        List<FileRule> fileRules = activeFileRules(rules, current);
        fileFindings.putAll(byPath(all, agent -> checkFile(FileCheck.of(agent, current), fileRules)));
        team.checkSkills(rules, current);
        Map<WorkspaceRule, Map<Path, Set<String>>> keys = new IdentityHashMap<>();
        for (WorkspaceRule rule : activeWorkspaceRules()) {
            keys.put(rule, byPath(all, rule::keys));
        }
        checkAcross(keys);
    }

    /** Indexes every agent under its keys for each workspace rule, then checks each agent across the workspace. */
    private void checkAcross(Map<WorkspaceRule, Map<Path, Set<String>>> keys) {
        List<WorkspaceAgent> all = List.copyOf(agents.values());
        List<Path> inPathOrder = new ArrayList<>(agents.keySet());
        inPathOrder.sort(null);
        indexes.clear();
        crossFindings.clear();
        for (WorkspaceRule rule : activeWorkspaceRules()) {
            KeyIndex index = KeyIndex.of(keys.get(rule), inPathOrder);
            indexes.put(rule, index);
            Pass pass = new Pass(index);
            crossFindings.put(rule, byPath(all, agent -> crossCheck(rule, agent, pass)));
        }
        team.recheck(agents.values(), rules, settings.settings());
        loaderFindings.clear();
        loaderFindings.putAll(LoaderProblems.findings(loaderProblems, settings.settings()).stream()
                .collect(Collectors.groupingBy(Finding::file)));
        published.clear();
        republish(allPaths());
    }

    /** {@code work} of each agent, on every core ({@link ParallelMap}), by the agent's path. */
    private static <T> Map<Path, T> byPath(List<WorkspaceAgent> agents, Function<WorkspaceAgent, T> work) {
        List<T> done = ParallelMap.of(agents, work);
        Map<Path, T> byPath = new HashMap<>(agents.size() * 4 / 3 + 1);
        for (int i = 0; i < agents.size(); i++) {
            byPath.put(agents.get(i).path(), done.get(i));
        }
        return byPath;
    }

    private List<WorkspaceRule> activeWorkspaceRules() {
        return activeWorkspaceRules(rules, settings.settings());
    }

    private static List<WorkspaceRule> activeWorkspaceRules(RuleCatalog rules, RuleSettings settings) {
        return rules.workspaceRules().stream().filter(rule -> anyOn(rule.rules(), settings)).toList();
    }

    /**
     * Updates the rule's index for one agent ({@code agent} null: removed) and re-checks it and every agent that
     * holds a key the agent affected before or affects now.
     */
    private Set<Path> recheck(WorkspaceRule rule, Path path, WorkspaceAgent previous, WorkspaceAgent agent) {
        KeyIndex index = indexes.get(rule);
        index.remove(path);
        Map<Path, List<Finding>> results = crossFindings.get(rule);
        results.remove(path);
        Set<String> affecting = new HashSet<>();
        if (previous != null) {
            affecting.addAll(rule.affects(previous));
        }
        if (agent != null) {
            index.put(path, rule.keys(agent));
            affecting.addAll(rule.affects(agent));
        }
        Set<Path> affected = index.holdersOfAny(affecting);
        if (agent != null) {
            affected.add(path);
        }
        Pass pass = new Pass(index);
        for (Path other : affected) {
            results.put(other, crossCheck(rule, agents.get(other), pass));
        }
        affected.add(path);
        return affected;
    }

    private List<Finding> crossCheck(WorkspaceRule rule, WorkspaceAgent agent, Pass pass) {
        Optional<LoaderVerdict> verdict = verdicts.get(agent.path());
        FileCheck check = verdict == null ? FileCheck.of(agent, settings.settings())
                : FileCheck.of(agent, settings.settings(), verdict);
        try {
            rule.check(check, pass);
        } catch (RuntimeException e) {
            RuleFailure.report(check, rule, e);
        }
        return check.findings();
    }

    /**
     * The index of one rule as one pass of checks sees it (every agent, or those a change re-checks; the index and the
     * agents do not change during it): each key's agents are looked up once, not for every agent that asks, and what
     * the rule {@link #shared shares} is worked out once. Checks of a pass run in parallel.
     */
    private final class Pass implements WorkspaceRule.AgentIndex {
        private final KeyIndex index;
        private final Map<String, List<WorkspaceAgent>> held = new ConcurrentHashMap<>();
        private final Map<String, Object> shared = new ConcurrentHashMap<>();

        Pass(KeyIndex index) {
            this.index = index;
        }

        @Override
        public List<WorkspaceAgent> withKey(String key) {
            return held.computeIfAbsent(key, k -> {
                Collection<Path> paths = index.holders(k);
                List<WorkspaceAgent> agentsOf = new ArrayList<>(paths.size());
                for (Path path : paths) {
                    agentsOf.add(agents.get(path));
                }
                return Collections.unmodifiableList(agentsOf);
            });
        }

        @Override
        public boolean anyWithKey(String key) {
            return index.holds(key);
        }

        @Override
        public Path workspaceRoot() {
            return root;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T shared(String name, Supplier<T> compute) {
            return (T) shared.computeIfAbsent(name, n -> compute.get());
        }
    }

    private Set<Path> allPaths() {
        Set<Path> paths = new HashSet<>(agents.keySet());
        paths.addAll(team.skillPaths());
        paths.addAll(loaderFindings.keySet());
        paths.add(rulesFile());
        return paths;
    }

    private Path rulesFile() {
        return new StudioStateDirectory(root).resolve(RuleSettingsFile.FILE_NAME);
    }

    /** Recombines the findings of the given files; returns those that changed. */
    private Map<Path, List<Finding>> republish(Set<Path> paths) {
        Map<Path, List<Finding>> changed = new HashMap<>();
        for (Path path : paths) {
            List<Finding> now = combined(path);
            List<Finding> before = published.getOrDefault(path, List.of());
            if (!problemsOf(now).equals(problemsOf(before))) {
                changed.put(path, now);
            }
            if (now.isEmpty()) {
                published.remove(path);
            } else {
                published.put(path, now);
            }
        }
        return changed;
    }

    private List<Finding> combined(Path path) {
        List<Finding> all = new ArrayList<>(fileFindings.getOrDefault(path, List.of()));
        crossFindings.values().forEach(results -> all.addAll(results.getOrDefault(path, List.of())));
        all.addAll(team.findings(path));
        all.addAll(loaderFindings.getOrDefault(path, List.of()));
        if (path.equals(rulesFile())) {
            all.addAll(settings.problems());
        }
        all.sort(Finding.ORDER);
        return List.copyOf(all);
    }

    private static List<Problem> problemsOf(List<Finding> findings) {
        return findings.stream().map(Finding::problem).toList();
    }

    private void notifyListeners(Map<Path, List<Finding>> changed) {
        if (!changed.isEmpty()) {
            ValidationChange change = new ValidationChange(changed);
            listeners.forEach(listener -> listener.findingsChanged(change));
        }
    }

    private static boolean anyOn(List<RuleInfo> infos, RuleSettings settings) {
        return infos.stream().anyMatch(settings::isOn);
    }
}
