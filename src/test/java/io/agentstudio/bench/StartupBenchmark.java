package io.agentstudio.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import java.util.stream.IntStream;

/**
 * Start-up time of the studio against a bare JavaFX window with one label, each started the same way: by
 * {@code java -jar target/agent-studio.jar} and by the app image's launcher (when {@code mvn -Ppackage package} built
 * one). Every process runs with the system property {@code agentstudio.startupProbe} ({@code studio} or {@code bare}),
 * prints one line when the window's first frame is drawn and exits (see {@code app.StartupProbe}). Not a unit test:
 * it needs a display; run it from the project root with
 *
 * <pre>
 *   bench/startup.sh                      # under Xvfb, 9 runs of each
 *   bench/startup.sh --runs 5 --options "c1=-XX:TieredStopAtLevel=1"
 * </pre>
 *
 * Arguments (all optional): {@code --runs N} measured runs of each candidate (default 9; one warm-up run of each comes
 * first), {@code --jar [LABEL=]PATH} (default {@code target/agent-studio.jar}; give several to compare builds; a
 * jar with a class-data archive beside it, as {@code mvn package} makes, is also run with it),
 * {@code --image [LABEL=]PATH} (the app image's folder, default {@code target/image/agent-studio}; skipped when absent;
 * give several to compare builds, each image where its class-data archive was made, as JDK 17 needs), and
 * any number of {@code --options LABEL=JVM-OPTIONS} to compare JVM options (each becomes its own set of candidates;
 * without any, the launchers run as shipped). The runs are interleaved, so a busy moment on the machine hits every candidate alike.
 * All runs share one studio home made for the benchmark, so after the first run the studio reopens the sample
 * workspace it copied there, as it does for a returning user. The figures are medians: from the JVM's start to the
 * first frame ({@code RuntimeMXBean.getStartTime}), from the moment this harness started the process (which adds the
 * native launcher and the JVM's own start), and, for the studio, until its workspace is loaded and listed.
 */
public final class StartupBenchmark {
    private static final long TIMEOUT_SECONDS = 120;

    private StartupBenchmark() {
    }

    record Candidate(String label, List<String> command, Map<String, String> environment) {
    }

    record Run(long firstFrameMs, long fromLaunchMs, long readyMs, long cpuMs, long uiCpuMs) {
    }

    public static void main(String[] args) throws Exception {
        int runs = 9;
        Map<String, Path> jars = new LinkedHashMap<>();
        Map<String, Path> images = new LinkedHashMap<>();
        Map<String, String> optionSets = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(value);
                case "--jar" -> jars.put(label(value), Path.of(value.substring(value.indexOf('=') + 1)));
                case "--image" -> images.put(label(value), Path.of(value.substring(value.indexOf('=') + 1)));
                case "--options" -> optionSets.put(label(value), value.substring(value.indexOf('=') + 1));
                default -> throw new IllegalArgumentException("Unknown argument " + args[i]);
            }
        }
        if (jars.isEmpty()) {
            jars.put("", Path.of("target/agent-studio.jar"));
        }
        if (images.isEmpty()) {
            images.put("", Path.of("target/image/agent-studio"));
        }
        if (optionSets.isEmpty()) {
            optionSets.put("", "");
        }
        Path home = Files.createTempDirectory("agent-studio-startup-");
        try {
            List<Candidate> candidates = candidates(jars, images, optionSets, home);
            System.out.printf(Locale.ROOT, "JVM: %s, %d processors; display %s; %d runs of each after one warm-up%n",
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), System.getenv("DISPLAY"), runs);
            Map<Candidate, List<Run>> results = measure(candidates, runs);
            print(results);
        } finally {
            BenchWorkspace.deleteTree(home);
        }
    }

    /** "label=value" gives "label"; a plain value has no label. */
    private static String label(String argument) {
        int equals = argument.indexOf('=');
        return equals < 0 ? "" : argument.substring(0, equals);
    }

    private static List<Candidate> candidates(Map<String, Path> jars, Map<String, Path> images, Map<String, String> optionSets, Path home) {
        Map<String, Path> launchers = new LinkedHashMap<>();
        images.forEach((imageLabel, image) -> {
            Path launcher = image.resolve("bin/agent-studio");
            if (Files.isExecutable(launcher)) {
                launchers.put(imageLabel, launcher);
            } else {
                System.out.println("No app image at " + image + " (mvn -Ppackage package builds one); measuring without it");
            }
        });
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Candidate> candidates = new ArrayList<>();
        optionSets.forEach((optionLabel, options) -> {
            for (String window : List.of("studio", "bare")) {
                List<String> probe = List.of("-Dagentstudio.startupProbe=" + window, "-Dagentstudio.home=" + home);
                String suffix = optionLabel.isEmpty() ? "" : " [" + optionLabel + "]";
                jars.forEach((jarLabel, jar) -> {
                    if (!Files.isRegularFile(jar)) {
                        throw new IllegalStateException("No " + jar + ": build it with mvn package");
                    }
                    String name = jarLabel.isEmpty() ? "java -jar" : "java -jar " + jarLabel;
                    candidates.add(new Candidate(name + ", " + window + suffix, javaJar(java, options, probe, jar, List.of()), Map.of()));
                    // The class-data archive mvn package makes beside the jar, used as the README says (ADR 17).
                    Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", ".jsa"));
                    if (Files.isRegularFile(archive)) {
                        candidates.add(new Candidate(name + " + archive, " + window + suffix,
                                javaJar(java, options, probe, jar, List.of("-XX:SharedArchiveFile=" + archive)), Map.of()));
                    }
                });
                // The launcher's own options come from its .cfg file; the JVM adds these, as it would for a user who set them.
                String toolOptions = String.join(" ", probe) + (options.isBlank() ? "" : " " + options);
                launchers.forEach((imageLabel, launcher) -> candidates.add(new Candidate(
                        (imageLabel.isEmpty() ? "app image" : "app image " + imageLabel) + ", " + window + suffix,
                        List.of(launcher.toString()), Map.of("JAVA_TOOL_OPTIONS", toolOptions))));
            }
        });
        return candidates;
    }

    private static List<String> javaJar(String java, String options, List<String> probe, Path jar, List<String> archive) {
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(archive);
        command.addAll(split(options));
        command.addAll(probe);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private static List<String> split(String options) {
        return options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    private static Map<Candidate, List<Run>> measure(List<Candidate> candidates, int runs) throws IOException, InterruptedException {
        Map<Candidate, List<Run>> results = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            Run warmUp = run(candidate);
            System.out.printf(Locale.ROOT, "warm-up  %-32s %s%n", candidate.label(), describe(warmUp));
            results.put(candidate, new ArrayList<>());
        }
        for (int round = 1; round <= runs; round++) {
            for (Candidate candidate : candidates) {
                Run run = run(candidate);
                results.get(candidate).add(run);
                System.out.printf(Locale.ROOT, "run %-4d %-32s %s%n", round, candidate.label(), describe(run));
            }
        }
        return results;
    }

    private static Run run(Candidate candidate) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(candidate.command()).redirectErrorStream(true);
        builder.environment().putAll(candidate.environment());
        long launchedAt = System.currentTimeMillis();
        Process process = builder.start();
        String line = null;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String next = reader.readLine(); next != null; next = reader.readLine()) {
                output.append(next).append('\n');
                if (next.startsWith(StartupLine.PREFIX)) {
                    line = next;
                }
            }
        }
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        if (line == null) {
            throw new IllegalStateException(candidate.label() + " printed no start-up line:\n" + output);
        }
        StartupLine parsed = StartupLine.parse(line);
        return new Run(parsed.firstFrameMs(), parsed.firstFrameAt() - launchedAt, parsed.readyMs(), parsed.cpuMs(), parsed.uiCpuMs());
    }

    private static String describe(Run run) {
        return String.format(Locale.ROOT, "first frame %5d ms after JVM start, %5d ms after launch, %5d ms of CPU (%5d ms on the FX thread); ready %5d ms",
                run.firstFrameMs(), run.fromLaunchMs(), run.cpuMs(), run.uiCpuMs(), run.readyMs());
    }

    private static void print(Map<Candidate, List<Run>> results) {
        System.out.println();
        System.out.println("| started as | first frame from JVM start | first frame from launch | CPU until first frame (FX thread) | workspace listed from JVM start |");
        System.out.println("|---|---|---|---|---|");
        Map<String, List<Run>> byLabel = new LinkedHashMap<>();
        results.forEach((candidate, runs) -> {
            double fromJvm = median(runs.stream().mapToLong(Run::firstFrameMs).toArray());
            double fromLaunch = median(runs.stream().mapToLong(Run::fromLaunchMs).toArray());
            double cpu = median(runs.stream().mapToLong(Run::cpuMs).toArray());
            double uiCpu = median(runs.stream().mapToLong(Run::uiCpuMs).toArray());
            String ready = candidate.label().contains("studio")
                    ? String.format(Locale.ROOT, "%.0f ms", median(runs.stream().mapToLong(Run::readyMs).toArray())) : "–";
            byLabel.put(candidate.label(), runs);
            System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.0f ms | %.0f ms (%.0f ms) | %s |%n", candidate.label(), fromJvm, fromLaunch, cpu,
                    uiCpu, ready);
        });
        System.out.println();
        byLabel.forEach((label, studio) -> {
            List<Run> bare = byLabel.get(label.replace("studio", "bare"));
            if (label.contains("studio") && bare != null) {
                System.out.printf(Locale.ROOT, "%s: %s the bare window from the JVM's start, %s from launch%n", label,
                        ratios(studio, bare, Run::firstFrameMs), ratios(studio, bare, Run::fromLaunchMs));
            }
        });
    }

    /**
     * The ratio of the medians, and in brackets the lowest and highest ratio of one round's runs (the rounds are
     * interleaved, so the two runs of a round met the same moment of a shared machine).
     */
    private static String ratios(List<Run> studio, List<Run> bare, ToLongFunction<Run> figure) {
        double median = median(studio.stream().mapToLong(figure).toArray()) / median(bare.stream().mapToLong(figure).toArray());
        double[] perRound = IntStream.range(0, Math.min(studio.size(), bare.size()))
                .mapToDouble(round -> (double) figure.applyAsLong(studio.get(round)) / figure.applyAsLong(bare.get(round))).sorted().toArray();
        return String.format(Locale.ROOT, "%.2fx (rounds %.2f–%.2fx)", median, perRound[0], perRound[perRound.length - 1]);
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }
}
