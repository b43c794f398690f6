package io.agentstudio.logic.validation.rules;

import io.agentstudio.logic.validation.FileRule;
import io.agentstudio.logic.validation.TeamRule;
import io.agentstudio.logic.validation.WorkspaceRule;

import java.util.List;

/**
 * The rules the studio ships, in the order they are listed: the file's form, the frontmatter's fields, the body,
 * then the workspace. The "agent named in a delegation section does not exist" rule belongs to the delegation graph
 * and is added to the catalog there (see ADR 6).
 */
public final class StandardRules {

    private StandardRules() {
    }

    public static List<FileRule> fileRules() {
        return List.of(new CodecFindings(), new MixedLineEndingsRule(), new TabIndentationRule(), new MojibakeRule(),
                new RequiredFieldRule(), new NameFormatRule(), new NameFileRule(), new DescriptionLengthRule(),
                new LiteralNewlineRule(), new ToolNameRule(), new ToolListRule(), new AgentLimitRule(), new FieldTypeRule(),
                new FieldValueRule(), new EmptyHooksRule(), new UnknownKeyRule(), new EmptyBodyRule(), new BodySizeRule(),
                new RelativeLinkRule(), new SecretRule(), new LoaderRefusalRule());
    }

    /**
     * The rules run on each skill's {@code SKILL.md}: the file's form and the field checks shared with agents (against
     * the tool's skill catalog), then the skill's own.
     */
    public static List<FileRule> skillRules() {
        return List.of(new CodecFindings(), new MixedLineEndingsRule(), new TabIndentationRule(), new MojibakeRule(),
                new FieldTypeRule(), new FieldValueRule(), new UnknownKeyRule(), new SecretRule(), new SkillFieldsRule());
    }

    /** The references between agents and skills. */
    public static List<TeamRule> teamRules() {
        return List.of(new SkillReferenceRule());
    }

    public static List<WorkspaceRule> workspaceRules() {
        UnknownAgentRule unknown = new UnknownAgentRule();
        return List.of(new DuplicateNameRule(), new ShadowedAgentRule(), unknown, new DisabledAgentRule(unknown));
    }
}
