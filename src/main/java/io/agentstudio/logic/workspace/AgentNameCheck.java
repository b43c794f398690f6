package io.agentstudio.logic.workspace;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * Whether a name may be given to a new or renamed agent: Claude Code's format (lower-case words joined by hyphens,
 * which is also the file name) and not already used by another agent of the workspace.
 */
public final class AgentNameCheck {
    private static final Pattern FORMAT = Pattern.compile("^[a-z0-9]+(-[a-z0-9]+)*$");

    private AgentNameCheck() {
    }

    /** Why {@code name} is not acceptable, or an empty string when it is. */
    public static String reason(String name, Collection<String> taken) {
        if (name == null || name.isEmpty()) {
            return "Enter a name.";
        }
        if (!FORMAT.matcher(name).matches()) {
            return "Use lower-case letters, digits and single hyphens between words, such as code-reviewer.";
        }
        if (taken.contains(name)) {
            return "An agent named " + name + " already exists in this workspace.";
        }
        return "";
    }
}
