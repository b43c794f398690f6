package io.agentstudio.logic.importer;

import java.util.Locale;

/** Another tool's agent name or id as a Claude Code name: lowercase letters, digits and hyphens. */
final class ClaudeNames {

    private ClaudeNames() {
    }

    /**
     * Lower case, and every run of other characters ({@code /} of an OpenCode id, {@code _}, spaces, {@code :}) as one
     * hyphen, none at either end; empty when nothing of the name is left. Claude Code refuses a name with {@code :} or
     * starting with {@code -}, and the studio's rules ask for this form.
     */
    static String of(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
