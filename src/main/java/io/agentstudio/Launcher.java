package io.agentstudio;

import io.agentstudio.app.GuiMain;

import java.util.Set;

/**
 * The program's entry point. A known subcommand runs the command line and exits without starting JavaFX; anything
 * else opens the studio, with the first argument (if any) as the workspace folder. This is a plain class rather
 * than the {@code Application} so the JavaFX runtime can be loaded from the classpath.
 */
public final class Launcher {
    static final Set<String> COMMAND_LINE_WORDS = Set.of(
            "roundtrip", "set", "unset", "validate", "graph", "link", "unlink", "rename", "export",
            "-h", "--help", "-V", "--version");

    private Launcher() {
    }

    public static void main(String[] args) {
        if (isCommandLine(args)) {
            System.exit(runCommandLine(args));
        }
        GuiMain.launch(args);
    }

    static boolean isCommandLine(String[] args) {
        return args.length > 0 && COMMAND_LINE_WORDS.contains(args[0]);
    }

    static int runCommandLine(String[] args) {
        System.err.println("command line not available in this build");
        return 2;
    }
}
