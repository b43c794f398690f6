package io.agentstudio;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Why the studio cannot open here, said in one line before JavaFX is started: on Linux a window needs an X display
 * (JavaFX's GTK toolkit opens {@code DISPLAY}, also under Wayland, through XWayland), and without one JavaFX fails with
 * a stack trace. That is what a CI job or an SSH session meets when its first word is not a command, often a mistyped
 * one ({@code agent-studio valdate .}), so the line says so and points to the command line.
 */
final class MissingDisplay {
    private MissingDisplay() {
    }

    /**
     * The message when the studio, asked for by {@code args}, cannot open: the system is Linux, {@code DISPLAY} is unset
     * and JavaFX is not told to run headless ({@code glass.platform}, as the tests run it); else empty.
     *
     * @param commands the command line's commands, named in the message
     */
    static Optional<String> of(String[] args, String osName, Map<String, String> environment, String glassPlatform,
                               Set<String> commands) {
        String display = environment.get("DISPLAY");
        if (!osName.startsWith("Linux") || display != null && !display.isBlank() || glassPlatform != null) {
            return Optional.empty();
        }
        String commandList = String.join(", ", new TreeSet<>(commands));
        if (args.length > 0 && !exists(args[0])) {
            return Optional.of("agent-studio: '" + args[0] + "' is neither a command nor a folder, and the studio cannot open"
                    + " without a display (DISPLAY is not set). Commands: " + commandList + "; agent-studio --help says more.");
        }
        return Optional.of("agent-studio: the studio cannot open without a display (DISPLAY is not set). Without one, use"
                + " the command line: " + commandList + "; agent-studio --help says more.");
    }

    private static boolean exists(String path) {
        try {
            return Files.exists(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
