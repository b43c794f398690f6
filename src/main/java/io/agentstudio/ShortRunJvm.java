package io.agentstudio;

import io.agentstudio.cli.Cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Runs {@code validate} in a JVM tuned for a short batch run when it was started by a plain {@code java -jar}, which
 * cannot carry JVM options of its own: C1 only (in a run of seconds on two cores, C2 spends more CPU compiling than its
 * code gives back), on two cores or fewer one compiler thread (a folder of 30 agents is checked 7 % sooner, 5,000 as
 * soon), the serial collector (no collector threads competing with the checks) promoting what survives a young
 * collection at once (5,000 agents: 16 collections 121–131 ms against 181–272 ms, 20,000 in 512 MB: 560–642 against
 * 880–1,036 ms, 7.1–7.3 against 7.7–8.0 s), the class-data archive the build
 * trained on {@code validate} when it left one beside the jar, and on Linux, where the kernel gives transparent huge pages
 * to the memory that asks for them, huge pages for the heap: the checks allocate memory faster than they use it again,
 * and the kernel hands fresh memory over a page at a time (a 4 KB page fault cost 5 % of the CPU; with 2 MB pages a
 * 5,000-agent folder is checked about 14 % sooner, 30 agents too). That is what a CI user runs on every commit; it
 * costs one tiny JVM start more and saves more than half of the CPU of a 5,000-agent folder (4.9 s against 12.7 s).
 *
 * <p>jpackage's launcher (the app image's on Windows and macOS) cannot either: its options, in its {@code .cfg} file,
 * are the studio's (both compilers' tiers one, the garbage-first collector), and there {@code validate} of 5,000
 * agents took 4.05 s against 2.70 s for a script that starts the image's Java with the same options and this tuning.
 * Started by that launcher, the command runs in a second JVM too: the image's Java, with the launcher's options, class
 * path and main class and the same tuning, after them so that it wins; only for a folder of many agents
 * ({@link #worthASecondJvm}), as that JVM starts with the image's class-data archive and C1 already. On Linux the
 * image's launcher is such a script (packaging/linux/agent-studio), which tunes {@code validate} itself.
 *
 * <p>Left alone when the user tunes the JVM (any {@code -XX:} option to {@code java -jar}, or {@code JDK_JAVA_OPTIONS}/
 * {@code JAVA_TOOL_OPTIONS} set), when started neither with {@code -jar} nor by jpackage's launcher (as by the Linux
 * image's script), or with {@code -Dagentstudio.shortRunJvm=off}. The user's other JVM options
 * ({@code -Xmx}, {@code -D}) are passed on.
 */
final class ShortRunJvm {
    static final String PROPERTY = "agentstudio.shortRunJvm";
    /** The property the app image's launcher sets to its own path (jpackage's). */
    static final String APP_LAUNCHER_PROPERTY = "jpackage.app-path";
    /** The fewest agent files for which the app image's launcher starts a second JVM ({@link #worthASecondJvm}). */
    static final int APP_LAUNCHER_SECOND_JVM_FROM = 1_000;
    /** The property's value in the JVM this class starts. */
    private static final String TUNED = "started";
    /** The class-data archive the build trains on {@code validate} and leaves beside the jar (packaging/Package.java). */
    static final String ARCHIVE = "agent-studio-cli.jsa";
    private static final Set<String> COMMANDS = Set.of("validate");
    /** Linux's setting for transparent huge pages: "always", "madvise" (for memory that asks) or "never", chosen in brackets. */
    private static final Path HUGE_PAGES_SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /** What the tuning depends on in the machine: its processors, and whether the JVM must ask for huge pages to get them. */
    record Machine(int processors, boolean hugePagesOnRequest) {
        static Machine current() {
            return new Machine(Runtime.getRuntime().availableProcessors(), givesHugePagesOnRequest(HUGE_PAGES_SETTING));
        }
    }

    private ShortRunJvm() {
    }

    /** True in the JVM {@link #run} started. */
    static boolean isTheTunedJvm() {
        return TUNED.equals(System.getProperty(PROPERTY));
    }

    /**
     * Runs the command in a tuned JVM and gives its exit code; empty when this JVM should run it itself. A
     * {@code validate --cache} answered from the cache is not worth a second JVM: ask {@code Cli.fromCache} first.
     */
    static OptionalInt run(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0]) || System.getProperty(PROPERTY) != null) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command;
        if (System.getProperty(APP_LAUNCHER_PROPERTY) == null) {
            command = jarCommand(args);
        } else if (worthASecondJvm(Cli.agentFilesToValidate(args))) {
            command = appLauncherCommand(List.of(args), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                    System.getProperty("java.class.path"), System.getenv(), Path.of(System.getProperty("java.home")), Machine.current());
        } else {
            command = Optional.empty();
        }
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            Process tunedJvm = new ProcessBuilder(command.get()).inheritIO().start();
            // A CI runner that stops this process (SIGTERM to its pid alone) stops the validation with it.
            Runtime.getRuntime().addShutdownHook(new Thread(tunedJvm::destroy));
            return OptionalInt.of(tunedJvm.waitFor());
        } catch (IOException e) {
            return OptionalInt.empty(); // no second JVM to be had: this one does the work, only slower
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.of(130);
        }
    }

    /**
     * Whether the app image's launcher should hand a validation of {@code files} agent files to a second JVM. Its own
     * JVM has the image's class-data archive and C1 already, so the second JVM's start (0.15 s on the build machine)
     * pays off only on a large folder: measured 2026-12-07, 30 files 0.92 s in the launcher's JVM against 1.07 s by a
     * second one, 5,000 files 4.02 s against 3.24 s; even at about 800 files. Unknown (another command line): no.
     */
    static boolean worthASecondJvm(OptionalInt files) {
        return files.isPresent() && files.getAsInt() >= APP_LAUNCHER_SECOND_JVM_FROM;
    }

    private static Optional<List<String>> jarCommand(String[] args) {
        Optional<String[]> started = ProcessHandle.current().info().arguments();
        if (started.isEmpty()) {
            return Optional.empty();
        }
        return command(List.of(args), List.of(started.get()), System.getenv(), Path.of(System.getProperty("java.home")),
                Machine.current());
    }

    /**
     * The tuned JVM's command line for {@code args}, given the arguments this JVM was started with (everything after
     * the {@code java} program), the environment and the machine; empty when the command runs in this JVM.
     */
    static Optional<List<String>> command(List<String> args, List<String> startedWith, Map<String, String> environment,
                                          Path javaHome, Machine machine) {
        int jar = startedWith.indexOf("-jar");
        if (jar < 0 || jar + 1 >= startedWith.size() || tunedByEnvironment(environment)) {
            return Optional.empty();
        }
        List<String> userOptions = startedWith.subList(0, jar);
        if (userOptions.stream().anyMatch(option -> option.startsWith("-XX:"))) {
            return Optional.empty();
        }
        Path jarFile = Path.of(startedWith.get(jar + 1)).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(java(javaHome)));
        command.addAll(tuning(machine));
        Path archive = jarFile.resolveSibling(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            // An archive the JVM cannot use (made by another JDK, or for an older jar) is skipped without a word.
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"));
        }
        command.addAll(userOptions);
        command.addAll(List.of("-D" + PROPERTY + "=" + TUNED, "-jar", jarFile.toString()));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The tuned JVM's command line for {@code args} when the app image's launcher started this JVM with
     * {@code launcherOptions} (its {@code .cfg} file's, and the properties it adds) and {@code classPath}; empty when the
     * environment tunes the JVM. The launcher's own path is left out: the tuned JVM was not started by it.
     */
    static Optional<List<String>> appLauncherCommand(List<String> args, List<String> launcherOptions, String classPath,
                                                     Map<String, String> environment, Path javaHome, Machine machine) {
        if (tunedByEnvironment(environment)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>(List.of(java(javaHome)));
        for (String option : launcherOptions) {
            if (!option.startsWith("-D" + APP_LAUNCHER_PROPERTY + "=")) {
                command.add(option);
            }
        }
        command.addAll(tuning(machine));
        command.addAll(List.of("-D" + PROPERTY + "=" + TUNED, "-cp", classPath, Launcher.class.getName()));
        command.addAll(args);
        return Optional.of(command);
    }

    /** The options of a short batch run on {@code machine}. */
    private static List<String> tuning(Machine machine) {
        // What survives one young collection is promoted at once: it is mostly the frontmatter kept for the checks
        // across files, and copying it between the survivor spaces again and again was a third of the collections' time.
        // Compiled at half the usual counts: in a run of seconds the code is wanted compiled early (5,000 agents 4 % sooner,
        // CPU 3 % lower, two runs of 7 interleaved rounds; 30 agents as soon; at a quarter no sooner).
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:CompileThresholdScaling=0.5",
                "-XX:+UseSerialGC", "-XX:MaxTenuringThreshold=0"));
        if (machine.processors() <= 2) {
            // A second compiler thread takes a core from the checks; measured on two cores only, so left to the JVM above.
            options.add("-XX:CICompilerCount=1");
        }
        if (machine.hugePagesOnRequest()) {
            // Not elsewhere: with "always" the heap has them unasked; with "never" JDK 17 warns on standard output.
            options.add("-XX:+UseTransparentHugePages");
        }
        return options;
    }

    private static String java(Path javaHome) {
        return javaHome.resolve("bin").resolve("java").toString();
    }

    private static boolean tunedByEnvironment(Map<String, String> environment) {
        return !blank(environment.get("JDK_JAVA_OPTIONS")) || !blank(environment.get("JAVA_TOOL_OPTIONS"));
    }

    /** True when {@code setting} (Linux's transparent huge pages setting) chooses "madvise"; false where there is none. */
    static boolean givesHugePagesOnRequest(Path setting) {
        try {
            return Files.readString(setting).contains("[madvise]");
        } catch (IOException | RuntimeException e) {
            return false; // not Linux, or a kernel without transparent huge pages
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
