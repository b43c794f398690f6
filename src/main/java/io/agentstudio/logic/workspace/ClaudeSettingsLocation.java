package io.agentstudio.logic.workspace;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where Claude Code keeps the project settings that can turn an agent off: {@code settings.json} (shared, in the
 * repository) and {@code settings.local.json} (the user's own) in the {@code .claude} folder that holds the
 * {@code agents} folder. The watcher and the validation cache look for them here; logic.enablement reads and writes them.
 */
public final class ClaudeSettingsLocation {
    /** The project's shared settings, where the studio writes. */
    public static final String SHARED = "settings.json";
    /** The user's own settings for the project; read, never written (it is usually not in the repository). */
    public static final String LOCAL = "settings.local.json";

    private ClaudeSettingsLocation() {
    }

    /** True for {@code .claude/settings.json} or {@code .claude/settings.local.json}. */
    public static boolean isSettingsFile(Path file) {
        Path name = file.getFileName();
        Path folder = file.getParent() == null ? null : file.getParent().getFileName();
        return name != null && folder != null && folder.toString().equals(".claude")
                && (name.toString().equals(SHARED) || name.toString().equals(LOCAL));
    }

    /** The {@code .claude} folder whose {@code agents} folder holds {@code agentFile} (the nearest on its path), if any. */
    public static Optional<Path> claudeFolderOf(Path agentFile) {
        for (Path folder = agentFile.getParent(); folder != null && folder.getParent() != null; folder = folder.getParent()) {
            Path parentName = folder.getParent().getFileName();
            if (folder.getFileName().toString().equals("agents") && parentName != null && parentName.toString().equals(".claude")) {
                return Optional.of(folder.getParent());
            }
        }
        return Optional.empty();
    }
}
