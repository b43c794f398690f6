package io.agentstudio.bench;

import io.agentstudio.logic.graph.AgentNames;
import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.graph.GraphFormat;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphAnalysis;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Times {@link GraphExtractor#extract} on a workspace of 5,000 agents made from the shared corpus. Not a unit test:
 * run it by hand from the project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@graph-benchmark
 *   mvn -B -o test-compile exec:java@graph-benchmark -Dexec.args="../shared/corpus 5000 10"
 * </pre>
 *
 * Arguments (all optional): corpus folder (default {@code ../shared/corpus}), number of agents (default 5000),
 * measured runs (default 10); three warm-up runs come first. The corpus is copied whole into {@code copy-NN} folders
 * until the count is reached; in copy NN every agent name, and every spelling of it in any file of the copy
 * ({@code code-reviewer}, {@code Code Reviewer}, {@code code_reviewer}), gets the suffix {@code -cNN}, so all 5,000
 * names are unique and each copy's references still reach its own agents. Wall time depends on what else runs on the
 * machine; the process CPU time per run is printed too.
 */
public final class GraphBenchmark {
    private static final int WARMUP_RUNS = 3;
    private static final String SUFFIX = "\u0000";

    private GraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = BenchWorkspace.corpus(args);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Workspace original = WorkspaceLoader.load(corpus);
        Path folder = Files.createTempDirectory("agent-studio-graph-bench-");
        try {
            build(corpus, original, folder, count);
            Workspace workspace = WorkspaceLoader.load(folder);
            System.out.printf(Locale.ROOT, "Workspace: %d agents in %s (copies of %d corpus agents, names made unique)%n",
                    workspace.agents().size(), folder, original.agents().size());
            System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MB%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / 1048576);
            measure(workspace, runs);
        } finally {
            BenchWorkspace.deleteTree(folder);
        }
    }

    private static void measure(Workspace workspace, int runs) {
        DelegationGraph graph = null;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            long start = System.nanoTime();
            graph = GraphExtractor.extract(workspace);
            System.out.printf(Locale.ROOT, "warm-up %d: %.0f ms%n", i + 1, (System.nanoTime() - start) / 1e6);
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            graph = GraphExtractor.extract(workspace);
            wall[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (processCpuNanos() - cpuStart) / 1e6;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        DelegationGraph last = graph;
        System.out.printf(Locale.ROOT, "graph: %d nodes (%d ghosts), %d edges (%s)%n", last.nodes().size(), last.ghosts().size(),
                last.edges().size(), Arrays.stream(EdgeKind.values()).map(k -> k.id() + " " + count(last, k))
                        .collect(Collectors.joining(", ")));
        System.out.printf(Locale.ROOT, "extract %d agents, %d runs: wall min %.0f ms, median %.0f ms, p90 %.0f ms, max %.0f ms;"
                        + " process CPU median %.0f ms%n", workspace.agents().size(), runs, wall[0], percentile(wall, 50),
                percentile(wall, 90), wall[runs - 1], percentile(cpu, 50));

        long start = System.nanoTime();
        GraphAnalysis analysis = GraphAnalyses.analyse(graph);
        double analyseMillis = (System.nanoTime() - start) / 1e6;
        start = System.nanoTime();
        int jsonLength = GraphFormat.JSON.export(graph, analysis).length();
        double jsonMillis = (System.nanoTime() - start) / 1e6;
        System.out.printf(Locale.ROOT, "analyses: %.0f ms (%d cycle groups, %d deep chains, %d ghost references); json export: %.0f ms"
                        + " (%.1f MB)%n", analyseMillis, analysis.cycles().size(), analysis.deepChains().size(), analysis.ghosts().size(),
                jsonMillis, jsonLength / 1048576.0);
    }

    private static long count(DelegationGraph graph, EdgeKind kind) {
        return graph.edges().stream().filter(e -> e.kind() == kind).count();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double percentile(double[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Writes whole copies of the corpus, the names in copy NN suffixed with -cNN, until {@code count} agents exist. */
    private static void build(Path corpus, Workspace original, Path folder, int count) throws IOException {
        Pattern names = namePattern(original);
        List<Path> files = original.agents().stream().map(a -> a.path()).sorted().toList();
        List<String> templates = new ArrayList<>();
        for (Path file : files) {
            templates.add(suffixed(Files.readString(file, StandardCharsets.ISO_8859_1), names));
        }
        for (int i = 0; i < count; i++) {
            int copy = i / files.size();
            Path source = files.get(i % files.size());
            Path target = folder.resolve(String.format(Locale.ROOT, "copy-%02d", copy)).resolve(corpus.relativize(source).toString());
            Files.createDirectories(target.getParent());
            String suffix = String.format(Locale.ROOT, "%02d", copy);
            Files.writeString(target, templates.get(i % files.size()).replace(SUFFIX, suffix), StandardCharsets.ISO_8859_1);
        }
    }

    /** Every agent name of the corpus, written with any separator and in any case, longest first. */
    private static Pattern namePattern(Workspace original) {
        Set<String> keys = new LinkedHashSet<>();
        original.agents().forEach(a -> keys.add(AgentNames.key(a.name())));
        String alternatives = keys.stream().filter(k -> !k.isEmpty()).sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> Arrays.stream(k.split("-")).map(Pattern::quote).collect(Collectors.joining("[-_ /\u2010\u2011]{1,3}")))
                .collect(Collectors.joining("|"));
        return Pattern.compile("(?<![\\w\u2010\u2011-])(?:" + alternatives + ")(?![\\w\u2010\u2011-])", Pattern.CASE_INSENSITIVE);
    }

    /** The text with a suffix placeholder after every spelling of a name: "-c" in slugs, " C" in display names. */
    private static String suffixed(String text, Pattern names) {
        Matcher m = names.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String written = m.group();
            boolean display = written.indexOf(' ') >= 0 || !written.equals(written.toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(written + (display ? " C" : "-c") + SUFFIX));
        }
        m.appendTail(out);
        return out.toString();
    }
}
