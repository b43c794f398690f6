package io.agentstudio;

import io.agentstudio.app.GuiMain;
import io.agentstudio.cli.Cli;

import java.util.OptionalInt;

/**
 * The program's entry point. A known subcommand runs the command line and exits without starting JavaFX; anything
 * else opens the studio, with the first argument (if any) as the workspace folder. This is a plain class rather
 * than the {@code Application} so the JavaFX runtime can be loaded from the classpath.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (!Cli.handles(args)) {
            GuiMain.launch(args);
            return;
        }
        if (ShortRunJvm.isTheTunedJvm()) {
            System.exit(Cli.runCommand(args)); // the JVM that started this one asked the cache already
        }
        OptionalInt answered = Cli.fromCache(args);
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        OptionalInt tuned = ShortRunJvm.run(args);
        System.exit(tuned.isPresent() ? tuned.getAsInt() : Cli.runCommand(args));
    }
}
