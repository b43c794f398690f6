package io.agentstudio.logic.settings;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the studio keeps its own files: {@code config} for settings, {@code data} for things it creates for the
 * user (the sample workspace copy). Each platform has its convention; the system property {@value #HOME_PROPERTY}
 * replaces both with {@code <home>/config} and {@code <home>/data}, so tests and portable installs never touch the
 * user's real folders.
 */
public record StudioFolders(Path config, Path data) {
    public static final String HOME_PROPERTY = "agentstudio.home";

    private static final String XDG_NAME = "agent-studio";
    private static final String VENDOR_NAME = "AgentStudio";

    /** The folders for this process: the override if set, else the running platform's convention. */
    public static StudioFolders forThisSystem() {
        return resolve(System.getProperty(HOME_PROPERTY), System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home")));
    }

    public static StudioFolders under(Path home) {
        return new StudioFolders(home.resolve("config"), home.resolve("data"));
    }

    static StudioFolders resolve(String override, String osName, Map<String, String> env, Path userHome) {
        if (override != null && !override.isBlank()) {
            return under(Path.of(override));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            Path appData = absoluteOr(env.get("APPDATA"), userHome.resolve("AppData").resolve("Roaming"));
            Path folder = appData.resolve(VENDOR_NAME);
            return new StudioFolders(folder, folder);
        }
        if (os.startsWith("mac")) {
            Path folder = userHome.resolve("Library").resolve("Application Support").resolve(VENDOR_NAME);
            return new StudioFolders(folder, folder);
        }
        Path config = absoluteOr(env.get("XDG_CONFIG_HOME"), userHome.resolve(".config"));
        Path data = absoluteOr(env.get("XDG_DATA_HOME"), userHome.resolve(".local").resolve("share"));
        return new StudioFolders(config.resolve(XDG_NAME), data.resolve(XDG_NAME));
    }

    /** The XDG base directory spec says relative values are invalid and must be ignored; the same is wise for APPDATA. */
    private static Path absoluteOr(String value, Path fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Path path = Path.of(value);
        return path.isAbsolute() ? path : fallback;
    }
}
