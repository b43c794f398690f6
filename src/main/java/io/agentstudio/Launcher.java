package io.agentstudio;

import io.agentstudio.app.GuiMain;
import io.agentstudio.cli.Cli;

import java.util.Optional;
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
            Optional<String> missingDisplay = MissingDisplay.of(args, System.getProperty("os.name", ""), System.getenv(),
                    System.getProperty("glass.platform"), Cli.COMMANDS);
            if (missingDisplay.isPresent()) {
                System.err.println(missingDisplay.get());
                System.exit(Cli.USAGE_OR_IO);
            }
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
