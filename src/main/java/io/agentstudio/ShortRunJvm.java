package io.agentstudio;

import java.io.IOException;
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
 * soon), the serial collector (no collector threads competing with the checks), the class-data archive the build
 * trained on {@code validate} when it left one beside the jar, and on Linux, where the kernel gives transparent huge pages
 * to the memory that asks for them, huge pages for the heap: the checks allocate memory faster than they use it again,
 * and the kernel hands fresh memory over a page at a time (a 4 KB page fault cost 5 % of the CPU; with 2 MB pages a
 * 5,000-agent folder is checked about 14 % sooner, 30 agents too). That is what a CI user runs on every commit; it
 * costs one tiny JVM start more and saves more than half of the CPU of a 5,000-agent folder (4.9 s against 12.7 s).
 *
 * <p>Left alone when the user tunes the JVM (any {@code -XX:} option, or {@code JDK_JAVA_OPTIONS}/{@code JAVA_TOOL_OPTIONS}
 * set), when not started with {@code -jar} (the app image's launcher has its options already), or with
 * {@code -Dagentstudio.shortRunJvm=off}. The user's other JVM options ({@code -Xmx}, {@code -D}) are passed on.
 */
final class ShortRunJvm {
    static final String PROPERTY = "agentstudio.shortRunJvm";
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
        Optional<String[]> started = ProcessHandle.current().info().arguments();
        if (started.isEmpty()) {
            return OptionalInt.empty();
        }
        Optional<List<String>> command = command(List.of(args), List.of(started.get()), System.getenv(),
                Path.of(System.getProperty("java.home")), Machine.current());
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
     * The tuned JVM's command line for {@code args}, given the arguments this JVM was started with (everything after
     * the {@code java} program), the environment and the machine; empty when the command runs in this JVM.
     */
    static Optional<List<String>> command(List<String> args, List<String> startedWith, Map<String, String> environment,
                                          Path javaHome, Machine machine) {
        int jar = startedWith.indexOf("-jar");
        if (jar < 0 || jar + 1 >= startedWith.size() || !blank(environment.get("JDK_JAVA_OPTIONS"))
                || !blank(environment.get("JAVA_TOOL_OPTIONS"))) {
            return Optional.empty();
        }
        List<String> userOptions = startedWith.subList(0, jar);
        if (userOptions.stream().anyMatch(option -> option.startsWith("-XX:"))) {
            return Optional.empty();
        }
        Path jarFile = Path.of(startedWith.get(jar + 1)).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(javaHome.resolve("bin").resolve("java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        if (machine.processors() <= 2) {
            // A second compiler thread takes a core from the checks; measured on two cores only, so left to the JVM above.
            command.add("-XX:CICompilerCount=1");
        }
        if (machine.hugePagesOnRequest()) {
            // Not elsewhere: with "always" the heap has them unasked; with "never" JDK 17 warns on standard output.
            command.add("-XX:+UseTransparentHugePages");
        }
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
