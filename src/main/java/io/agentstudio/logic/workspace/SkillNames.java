package io.agentstudio.logic.workspace;

import java.util.regex.Pattern;

/** What a skill may be called: the Agent Skills standard's rule, which Claude Code's skills follow too. */
public final class SkillNames {
    public static final int LONGEST = 64;
    /** Lowercase letters, digits and single hyphens, not at either end. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private SkillNames() {
    }

    /** True for 1-64 lowercase letters, digits and single hyphens, not at either end: a name and a folder name. */
    public static boolean valid(String name) {
        return name.length() <= LONGEST && NAME.matcher(name).matches();
    }
}
