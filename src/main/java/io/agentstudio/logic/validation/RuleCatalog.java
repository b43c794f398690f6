package io.agentstudio.logic.validation;

import io.agentstudio.logic.validation.rules.StandardRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every rule the studio checks, in the order they are listed: the file rules, the workspace rules, and the
 * problems found before any rule runs (files not loaded, a bad rules file). Adding a rule means adding its class
 * here ({@link #with(WorkspaceRule)} for one defined elsewhere); its id then appears in {@code --list-rules},
 * docs/rules.md, SARIF and the rules file.
 */
public final class RuleCatalog {
    private final List<FileRule> fileRules;
    private final List<WorkspaceRule> workspaceRules;
    private final List<FileRule> skillRules;
    private final List<TeamRule> teamRules;
    private final Map<String, RuleInfo> byId = new LinkedHashMap<>();

    /** A catalog of agent rules only: skills are not checked. */
    public RuleCatalog(List<FileRule> fileRules, List<WorkspaceRule> workspaceRules) {
        this(fileRules, workspaceRules, List.of(), List.of());
    }

    /**
     * @param skillRules the rules run on each skill's {@code SKILL.md} (some are agent file rules as well, such as the
     *                   file's form and unknown keys: the same check under the same id)
     * @param teamRules  the rules on references between agents and skills
     */
    public RuleCatalog(List<FileRule> fileRules, List<WorkspaceRule> workspaceRules, List<FileRule> skillRules,
                       List<TeamRule> teamRules) {
        this.fileRules = List.copyOf(fileRules);
        this.workspaceRules = List.copyOf(workspaceRules);
        this.skillRules = List.copyOf(skillRules);
        this.teamRules = List.copyOf(teamRules);
        fileRules.forEach(r -> r.rules().forEach(this::add));
        workspaceRules.forEach(r -> r.rules().forEach(this::add));
        skillRules.forEach(r -> r.rules().forEach(this::add));
        teamRules.forEach(r -> r.rules().forEach(this::add));
        LoaderProblems.rules().forEach(this::add);
        add(RuleSettingsFile.INVALID);
        add(RuleFailure.RULE);
    }

    public static RuleCatalog standard() {
        return new RuleCatalog(StandardRules.fileRules(), StandardRules.workspaceRules(), StandardRules.skillRules(),
                StandardRules.teamRules());
    }

    /** This catalog plus one more workspace rule (the delegation rules of the graph are added this way). */
    public RuleCatalog with(WorkspaceRule rule) {
        List<WorkspaceRule> more = new ArrayList<>(workspaceRules);
        more.add(rule);
        return new RuleCatalog(fileRules, more, skillRules, teamRules);
    }

    public List<FileRule> fileRules() {
        return fileRules;
    }

    public List<WorkspaceRule> workspaceRules() {
        return workspaceRules;
    }

    public List<FileRule> skillRules() {
        return skillRules;
    }

    public List<TeamRule> teamRules() {
        return teamRules;
    }

    /** Every rule, in listing order. */
    public List<RuleInfo> all() {
        return List.copyOf(byId.values());
    }

    public Optional<RuleInfo> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** A rule run on agents and on skills is listed once. */
    private void add(RuleInfo rule) {
        RuleInfo known = byId.putIfAbsent(rule.id(), rule);
        if (known != null && known != rule) {
            throw new IllegalArgumentException("Two rules have the id " + rule.id());
        }
    }
}
