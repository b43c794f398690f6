package io.agentstudio.logic.scope;

import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.nio.file.Path;

/**
 * An agent that Claude Code does not use where it runs in {@code runIn} (and below), because {@code winner}, another
 * agent of the same name, is closer to it there.
 *
 * @param runIn the project folder, relative to the workspace root, from which on the winner is used; the empty path
 *              when it is used wherever Claude Code runs in the workspace
 */
public record Shadowing(WorkspaceAgent winner, AgentScope winnerScope, Path runIn) {

    /** True when the shadowed agent is never used in this workspace. */
    public boolean everywhere() {
        return runIn.toString().isEmpty();
    }

    /** Where the winner lives, as the user finds it: relative to the workspace root for a project agent. */
    public String winnerFile() {
        return AgentScope.slashes(winnerScope.isUser() ? winner.path() : winner.relativePath());
    }

    /** A short form for the list's tooltip: "Shadowed by X when run in packages/a". */
    public String note() {
        if (everywhere()) {
            return "Shadowed by the project agent " + winnerFile() + " wherever Claude Code runs in this workspace";
        }
        return "Shadowed by " + winnerFile() + " when run in " + AgentScope.slashes(runIn);
    }

    /** One sentence naming the winner and where it wins, for findings and tooltips. */
    public String sentence() {
        if (everywhere()) {
            return "Claude Code uses the project agent " + winnerFile() + " instead wherever it runs in this workspace:"
                    + " a project agent wins over a user agent of the same name.";
        }
        return "When Claude Code runs in " + AgentScope.slashes(runIn) + " or a folder below it, " + winnerFile()
                + " is used instead: the agents folder closest to where it runs wins.";
    }
}
