package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.SkillsField;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.templates.SkillTemplates;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.validation.Suggestions;
import io.agentstudio.logic.validation.TeamRule;
import io.agentstudio.logic.workspace.SkillNames;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The references between agents and skills: an agent's {@code skills:} entry that names no skill of the workspace, or
 * a skill that cannot be preloaded; a skill's {@code agent:} that names no agent.
 */
public final class SkillReferenceRule implements TeamRule {
    static final RuleInfo UNKNOWN = new RuleInfo("skill-unknown", Severity.WARNING,
            "An agent's `skills:` entry names no skill of the workspace.",
            "Claude Code skips a preloaded skill it cannot find with only a line in its debug log, so the agent runs"
                    + " without the knowledge it was written to have. (A skill in your own ~/.claude/skills is not seen"
                    + " here, and not by your teammates either.)",
            "Correct the name to the closest skill, or create the skill from a template.");
    static final RuleInfo NOT_PRELOADABLE = new RuleInfo("skill-not-preloadable", Severity.WARNING,
            "An agent preloads a skill that sets `disable-model-invocation: true`.",
            "A skill that only a person may start cannot be preloaded either: Claude Code leaves it out of the agent's"
                    + " context, so the agent runs without it.", null);
    static final RuleInfo AGENT_UNKNOWN = new RuleInfo("skill-agent-unknown", Severity.WARNING,
            "A skill's `agent:` names no agent of the workspace nor a built-in one.",
            "A forked skill runs as that agent; when there is none, the skill cannot start its fork.",
            "Correct the name to the closest agent.");
    private static final String SKILLS = SkillsField.KEY;
    private static final String AGENT = "agent";

    @Override
    public List<RuleInfo> rules() {
        return List.of(UNKNOWN, NOT_PRELOADABLE, AGENT_UNKNOWN);
    }

    @Override
    public void check(FileCheck file, Team team) {
        if (!file.fieldsReadable()) {
            return;
        }
        Optional<WorkspaceSkill> skill = file.skill();
        if (skill.isPresent()) {
            checkAgent(file, skill.get(), team);
        } else if (file.catalog().knows(SKILLS)) {
            file.field(SKILLS).ifPresent(field -> checkSkills(file, field, team));
        }
    }

    private static void checkSkills(FileCheck file, FrontmatterField field, Team team) {
        for (String name : SkillsField.entries(field.value())) {
            List<WorkspaceSkill> found = team.skillsNamed(name).stream().filter(s -> s.tool() == file.agent().dialect()).toList();
            int at = file.offsetIn(field, name);
            if (found.isEmpty()) {
                List<QuickFix> fixes = new ArrayList<>();
                Optional<String> closest = Suggestions.closest(name, team.skillNames());
                closest.ifPresent(target -> fixes.add(new QuickFix.Edit("Change `" + name + "` to `" + target + "`",
                        document -> SkillsField.replace(document, name, target))));
                Path created = SkillTemplates.relativePath(name);
                if (SkillNames.valid(name) && !Files.exists(file.workspaceRoot().resolve(created))) {
                    fixes.add(new QuickFix.Create("Create the skill `" + name + "` from a template", created,
                            skillFromTemplate(name, team)));
                }
                file.report(UNKNOWN, at, SKILLS, "No skill named `" + name + "` exists in this workspace; Claude Code skips it"
                        + " and the agent runs without it." + closest.map(c -> " Did you mean `" + c + "`?").orElse("")
                        + " Create the skill, or correct the name.", fixes.toArray(QuickFix[]::new));
            } else if (found.stream().allMatch(WorkspaceSkill::modelInvocationDisabled)) {
                file.report(NOT_PRELOADABLE, at, SKILLS, "The skill `" + name + "` sets `disable-model-invocation: true`"
                        + " (" + found.get(0).relativePath() + "), so it cannot be preloaded and the agent runs without it."
                        + " Remove it from `skills:`, or let the model start the skill.");
            }
        }
    }

    /**
     * The text of a new skill called {@code name}: made once for the pass, for a large workspace has hundreds of
     * copies of the few agents that name a missing skill, and each making reads and edits the template.
     */
    private static String skillFromTemplate(String name, Team team) {
        Map<String, String> byName = team.shared("skill-templates", HashMap::new);
        return byName.computeIfAbsent(name, n -> SkillTemplates.instantiate(SkillTemplates.forPreloading(), n).text());
    }

    private static void checkAgent(FileCheck file, WorkspaceSkill skill, Team team) {
        Optional<FrontmatterField> field = file.field(AGENT);
        if (field.isEmpty() || !(field.get().value() instanceof String written) || written.isBlank()) {
            return;
        }
        String name = written.strip();
        List<String> builtIn = Catalogs.load().of(skill.tool()).builtInAgents();
        if (team.hasAgent(skill.tool(), name) || builtIn.contains(name)) {
            return;
        }
        List<String> candidates = new ArrayList<>(team.agentNames(skill.tool()));
        candidates.addAll(builtIn);
        Optional<String> closest = Suggestions.closest(name, candidates);
        QuickFix[] fixes = closest.map(target -> new QuickFix[] {new QuickFix.Edit("Change `" + name + "` to `" + target + "`",
                document -> FrontmatterEditor.set(document, AGENT, new FieldValue.Text(target)))}).orElse(new QuickFix[0]);
        file.reportOn(AGENT_UNKNOWN, field.get(), "No agent named `" + name + "` exists in this workspace nor among the built-in"
                + " agents (" + String.join(", ", builtIn) + "), so the skill's fork has no agent to run as."
                + closest.map(c -> " Did you mean `" + c + "`?").orElse(" Create the agent, or correct the name."), fixes);
    }
}
