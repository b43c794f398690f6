package io.agentstudio.model;

/** How an agent's name is written where another agent refers to it; edits write a new name in the same form. */
public enum NameForm {
    /** {@code `code-reviewer`} */
    CODE,
    /** {@code **code-reviewer**} */
    BOLD,
    /** {@code **Database Developer**}: a Title Case name matched to the slug {@code database-developer}. */
    DISPLAY_NAME,
    /**
     * One name of a shared-suffix group such as {@code **Frontend / Mobile Developer**}: the reference covers the
     * name's own words ({@code Frontend}, {@code Mobile}); the rest ({@code Developer}) is shared by the group.
     */
    DISPLAY_NAME_PART,
    /** {@code **With prd-writer**} */
    WITH,
    /** {@code [text](code-reviewer.md)}: the reference covers the whole link. */
    LINK,
    /** {@code @agent-code-reviewer} or {@code @code-reviewer} */
    AT_MENTION,
    /** {@code the debugger agent} */
    AGENT_WORD,
    /** {@code code-reviewer} in running text */
    PLAIN,
    /** {@code Agent(code-reviewer)} or {@code Task(code-reviewer)} in the tools field */
    TOOL,
    /** A name in a frontmatter field of another dialect (Copilot {@code agents}/{@code handoffs}, OpenCode {@code permission.task}) */
    FRONTMATTER
}
