package io.agentstudio.logic.validation;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The skills of a validation and the checks that involve them: each skill's own findings ({@link RuleCatalog#skillRules})
 * and the references between agents and skills ({@link RuleCatalog#teamRules}). Only the files that hold such a
 * reference (an agent with {@code skills:}, a skill with {@code agent:}) are checked across, so a change re-checks all
 * of them: a handful in a real workspace. Not thread-safe: {@link WorkspaceValidation} guards it.
 */
final class TeamChecks {
    private final Map<Path, WorkspaceSkill> skills = new HashMap<>();
    private final Map<Path, List<Finding>> skillFindings = new HashMap<>();
    private final Map<Path, List<Finding>> teamFindings = new HashMap<>();

    int skillCount() {
        return skills.size();
    }

    boolean isSkill(Path path) {
        return skills.containsKey(path);
    }

    Set<Path> skillPaths() {
        return skills.keySet();
    }

    /** Every finding of the file that comes from these checks. */
    List<Finding> findings(Path path) {
        List<Finding> all = new ArrayList<>(skillFindings.getOrDefault(path, List.of()));
        all.addAll(teamFindings.getOrDefault(path, List.of()));
        return all;
    }

    /** Adds a skill to be checked by the next {@link #checkSkills}. */
    void keep(WorkspaceSkill skill) {
        skills.put(skill.path(), skill);
    }

    /** Adds or replaces a skill and checks its file; the references are checked by {@link #recheck}. */
    void putSkill(WorkspaceSkill skill, RuleCatalog rules, RuleSettings settings) {
        skills.put(skill.path(), skill);
        skillFindings.put(skill.path(), checkSkill(skill, rules, settings));
    }

    void removeSkill(Path path) {
        skills.remove(path);
        skillFindings.remove(path);
        teamFindings.remove(path);
    }

    /** Checks every skill's file again (the rules file changed). */
    void checkSkills(RuleCatalog rules, RuleSettings settings) {
        skillFindings.clear();
        skills.values().forEach(skill -> skillFindings.put(skill.path(), checkSkill(skill, rules, settings)));
    }

    /**
     * Checks again every reference between agents and skills; returns the files whose reference findings changed.
     * Files without any such reference are passed over after a look at two fields.
     */
    Set<Path> recheck(Collection<WorkspaceAgent> agents, RuleCatalog rules, RuleSettings settings) {
        List<TeamRule> active = rules.teamRules().stream().filter(rule -> rule.rules().stream().anyMatch(settings::isOn)).toList();
        Map<Path, List<Finding>> now = new HashMap<>();
        if (!active.isEmpty()) {
            Names team = new Names(agents, skills.values());
            for (WorkspaceAgent agent : agents) {
                if (agent.document().field("skills").isPresent()) {
                    now.put(agent.path(), check(FileCheck.of(agent, settings), active, team));
                }
            }
            for (WorkspaceSkill skill : skills.values()) {
                now.put(skill.path(), check(FileCheck.ofSkill(skill, settings), active, team));
            }
        }
        now.values().removeIf(List::isEmpty);
        Set<Path> changed = new HashSet<>();
        Set<Path> paths = new HashSet<>(teamFindings.keySet());
        paths.addAll(now.keySet());
        for (Path path : paths) {
            if (!Objects.equals(problems(now.get(path)), problems(teamFindings.get(path)))) {
                changed.add(path);
            }
        }
        teamFindings.clear();
        teamFindings.putAll(now);
        return changed;
    }

    private static List<Finding> check(FileCheck check, List<TeamRule> rules, TeamRule.Team team) {
        for (TeamRule rule : rules) {
            try {
                rule.check(check, team);
            } catch (RuntimeException e) {
                RuleFailure.report(check, rule, e);
            }
        }
        return check.findings();
    }

    private static List<Finding> checkSkill(WorkspaceSkill skill, RuleCatalog rules, RuleSettings settings) {
        FileCheck check = FileCheck.ofSkill(skill, settings);
        for (FileRule rule : rules.skillRules()) {
            if (rule.rules().stream().anyMatch(settings::isOn)) {
                try {
                    rule.check(check);
                } catch (RuntimeException e) {
                    RuleFailure.report(check, rule, e);
                }
            }
        }
        return check.findings();
    }

    private static List<?> problems(List<Finding> findings) {
        return findings == null ? List.of() : findings.stream().map(Finding::problem).toList();
    }

    /** The agents' and skills' names, indexed once per pass. */
    private static final class Names implements TeamRule.Team {
        private final Map<Dialect, Set<String>> agents = new EnumMap<>(Dialect.class);
        private final Map<String, List<WorkspaceSkill>> skills = new HashMap<>();
        private final Map<String, Object> shared = new HashMap<>();

        Names(Collection<WorkspaceAgent> agents, Collection<WorkspaceSkill> skills) {
            for (WorkspaceAgent agent : agents) {
                Set<String> names = this.agents.computeIfAbsent(agent.dialect(), d -> new LinkedHashSet<>());
                names.add(agent.name());
                names.add(agent.fileId());
            }
            skills.stream().sorted((a, b) -> a.path().compareTo(b.path()))
                    .forEach(skill -> this.skills.computeIfAbsent(skill.name(), n -> new ArrayList<>()).add(skill));
        }

        @Override
        public List<WorkspaceSkill> skillsNamed(String name) {
            return skills.getOrDefault(name, List.of());
        }

        @Override
        public List<String> skillNames() {
            return skills.keySet().stream().sorted().toList();
        }

        @Override
        public boolean hasAgent(Dialect tool, String name) {
            return agents.getOrDefault(tool, Set.of()).contains(name);
        }

        @Override
        public List<String> agentNames(Dialect tool) {
            return agents.getOrDefault(tool, Set.of()).stream().sorted().toList();
        }

        /** The files of a pass are checked one after the other. */
        @Override
        @SuppressWarnings("unchecked")
        public <T> T shared(String name, Supplier<T> compute) {
            return (T) shared.computeIfAbsent(name, n -> compute.get());
        }
    }
}
