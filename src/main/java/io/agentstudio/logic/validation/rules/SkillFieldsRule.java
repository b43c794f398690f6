package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.FileCheck;
import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.QuickFix;
import io.agentstudio.logic.validation.RuleInfo;
import io.agentstudio.logic.workspace.SkillNames;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.FieldValue;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.Severity;

import java.util.List;
import java.util.Optional;

/**
 * A skill's own fields as the Agent Skills standard and Claude Code read them: its {@code name} (which must equal its
 * folder's), its {@code description}, and the pairing of {@code context: fork} with {@code agent}. Silent on agents.
 */
public final class SkillFieldsRule implements FileRule {
    static final int LONGEST_DESCRIPTION = 1024;
    static final RuleInfo NAME_MISSING = new RuleInfo("skill-name-missing", Severity.WARNING,
            "A skill's frontmatter has no `name`.",
            "Claude Code then goes by the folder's name, but the Agent Skills standard requires the field, and the tools"
                    + " that follow it (and plugin validation) refuse such a skill.",
            "Add `name` equal to the folder's name.");
    static final RuleInfo NAME_INVALID = new RuleInfo("skill-name-invalid", Severity.WARNING,
            "A skill's `name` is not 1-64 lowercase letters, digits and single hyphens.",
            "The name is the skill's /command and the key agents preload it by; the Agent Skills standard refuses other"
                    + " names, so the skill works in one tool and not in the next.",
            "Use the folder's name when it is valid.");
    static final RuleInfo NAME_FOLDER = new RuleInfo("skill-name-folder-mismatch", Severity.WARNING,
            "A skill's `name` differs from its folder's name.",
            "The standard requires the two to be equal; tools disagree on which one the skill is called by, so an agent's"
                    + " `skills:` entry or a /command that works in one tool misses in another.",
            "Set `name` to the folder's name.");
    static final RuleInfo DESCRIPTION_MISSING = new RuleInfo("skill-description-missing", Severity.WARNING,
            "A skill's frontmatter has no `description`, or an empty one.",
            "Claude decides when to load a skill from its description alone; Claude Code falls back on the first paragraph"
                    + " of the instructions, and tools that follow the standard refuse the skill.",
            "Add `description` taken from the first paragraph of the instructions.");
    static final RuleInfo DESCRIPTION_TOO_LONG = new RuleInfo("skill-description-too-long", Severity.WARNING,
            "A skill's `description` has more than " + String.format("%,d", LONGEST_DESCRIPTION) + " characters.",
            "The Agent Skills standard allows at most 1,024 characters, and every skill's description is part of the"
                    + " listing Claude reads on every turn; move the detail into the instructions.", null);
    static final RuleInfo FORK_WITHOUT_AGENT = new RuleInfo("skill-fork-without-agent", Severity.INFO,
            "A skill runs in a forked context (`context: fork`) without saying as which agent.",
            "Claude Code then runs it as the built-in general-purpose agent, with every tool; naming the agent makes the"
                    + " choice visible and keeps the fork to that agent's tools and prompt.", null);
    static final RuleInfo AGENT_WITHOUT_FORK = new RuleInfo("skill-agent-without-fork", Severity.WARNING,
            "A skill names an `agent` but does not run in a forked context.",
            "`agent` takes effect only with `context: fork`; otherwise the skill runs inline in the conversation and the"
                    + " agent is never used.",
            "Add `context: fork`.");

    @Override
    public List<RuleInfo> rules() {
        return List.of(NAME_MISSING, NAME_INVALID, NAME_FOLDER, DESCRIPTION_MISSING, DESCRIPTION_TOO_LONG,
                FORK_WITHOUT_AGENT, AGENT_WITHOUT_FORK);
    }

    @Override
    public void check(FileCheck file) {
        Optional<WorkspaceSkill> skill = file.skill();
        if (skill.isEmpty() || !file.fieldsReadable()) {
            return;
        }
        String folder = skill.get().folderName();
        boolean folderValid = valid(folder);
        checkName(file, folder, folderValid);
        checkDescription(file);
        checkFork(file);
    }

    private static void checkName(FileCheck file, String folder, boolean folderValid) {
        Optional<FrontmatterField> field = file.field("name");
        Optional<String> name = field.map(FrontmatterField::value).filter(String.class::isInstance).map(String.class::cast)
                .map(String::strip).filter(n -> !n.isEmpty());
        QuickFix useFolder = setName(folder);
        if (name.isEmpty()) {
            String message = "The skill has no `name`; Claude Code calls it `" + folder + "` after its folder, but the Agent"
                    + " Skills standard requires the field.";
            if (folderValid) {
                file.reportAt(NAME_MISSING, 1, 1, "name", message + " Add `name: " + folder + "`.", useFolder);
            } else {
                file.reportAt(NAME_MISSING, 1, 1, "name", message + " Rename the folder to lowercase letters, digits and"
                        + " hyphens, then add the same `name`.");
            }
            return;
        }
        if (!valid(name.get())) {
            String message = "`" + name.get() + "` is not a valid skill name: 1-" + SkillNames.LONGEST + " lowercase letters,"
                    + " digits and single hyphens, not at either end.";
            if (folderValid) {
                file.reportOn(NAME_INVALID, field.get(), message + " The folder's name `" + folder + "` is one.", useFolder);
            } else {
                file.reportOn(NAME_INVALID, field.get(), message);
            }
            return;
        }
        if (!name.get().equals(folder)) {
            String message = "The skill is named `" + name.get() + "` but its folder is `" + folder + "`; the two must be equal."
                    + " Set the name to `" + folder + "`, or rename the folder (agent-studio rename renames both and every"
                    + " `skills:` entry).";
            if (folderValid) {
                file.reportOn(NAME_FOLDER, field.get(), message, useFolder);
            } else {
                file.reportOn(NAME_FOLDER, field.get(), message);
            }
        }
    }

    private static void checkDescription(FileCheck file) {
        Optional<FrontmatterField> field = file.field("description");
        Object value = field.map(FrontmatterField::value).orElse(null);
        if (value == null || value instanceof String text && text.isBlank()) {
            Optional<String> paragraph = BodyText.firstParagraph(file.markdown());
            String message = "The skill has no `description`; Claude decides when to load a skill from it. Say what the skill"
                    + " does and when to use it.";
            QuickFix[] fixes = paragraph.map(p -> new QuickFix[] {new QuickFix.Edit("Add a description from the first paragraph",
                    document -> FrontmatterEditor.set(document, "description", new FieldValue.Text(p)))}).orElse(new QuickFix[0]);
            if (field.isPresent()) {
                file.reportOn(DESCRIPTION_MISSING, field.get(), message, fixes);
            } else {
                file.reportAt(DESCRIPTION_MISSING, 1, 1, "description", message, fixes);
            }
        } else if (value instanceof String text && text.strip().length() > LONGEST_DESCRIPTION) {
            file.reportOn(DESCRIPTION_TOO_LONG, field.get(), "The description has " + String.format("%,d", text.strip().length())
                    + " characters; the Agent Skills standard allows " + String.format("%,d", LONGEST_DESCRIPTION)
                    + ". Keep what says when to use the skill and move the rest into the instructions.");
        }
    }

    private static void checkFork(FileCheck file) {
        Optional<FrontmatterField> context = file.field("context");
        Optional<FrontmatterField> agent = file.field("agent");
        boolean forked = context.map(FrontmatterField::value).filter(v -> "fork".equals(String.valueOf(v).strip())).isPresent();
        boolean named = agent.map(FrontmatterField::value).filter(v -> !String.valueOf(v).isBlank()).isPresent();
        if (forked && !named) {
            file.reportOn(FORK_WITHOUT_AGENT, context.get(), "The skill runs in a forked context without an `agent`, so Claude"
                    + " Code runs it as general-purpose, with every tool. Name the agent it should run as.");
        } else if (named && !forked && (context.isEmpty() || context.get().value() == null)) {
            file.reportOn(AGENT_WITHOUT_FORK, agent.get(), "`agent` takes effect only in a forked context; without"
                    + " `context: fork` the skill runs inline and `" + agent.get().value() + "` is never used.",
                    new QuickFix.Edit("Add `context: fork`", document -> FrontmatterEditor.set(document, "context",
                            new FieldValue.Text("fork"))));
        }
    }

    private static boolean valid(String name) {
        return SkillNames.valid(name);
    }

    private static QuickFix setName(String folder) {
        return new QuickFix.Edit("Set `name: " + folder + "`", document -> FrontmatterEditor.set(document, "name",
                new FieldValue.Text(folder)));
    }
}
