package io.agentstudio.bench;

import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;

/**
 * The README's performance table: for generated workspaces of N agents (default 100, 1,000 and 5,000, copied
 * round-robin from the shared corpus by {@link BenchWorkspace#build}), how long the studio's whole-workspace steps
 * take and how much heap the loaded workspace holds. Not a unit test: run it from the project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@performance-table
 *   mvn -B -o test-compile exec:java@performance-table -Dexec.args="../shared/corpus 100,1000,5000 5"
 * </pre>
 *
 * Arguments (all optional): corpus folder, the sizes, and the measured runs per step (default 5; two warm-up runs of
 * each step come first, all in one JVM, smallest workspace first). Per size it prints the median of:
 * <ul>
 *   <li>load: {@link WorkspaceLoader#load}, discovering, reading and parsing every file;</li>
 *   <li>validate: {@link WorkspaceValidation#of}, every rule over every agent;</li>
 *   <li>graph: {@link GraphExtractor#extract}, the delegation graph;</li>
 *   <li>re-validate: {@link WorkspaceValidation#update} after one agent was edited (the studio does it per change),
 *       the median and 99th percentile of 500 edits after the warm-up edits of {@link ValidationBenchmark};</li>
 *   <li>heap: used heap after a full GC with the loaded workspace held, minus the same before loading it.</li>
 * </ul>
 * It measures whatever the code does today; run it again after a change to the engine.
 */
public final class PerformanceTable {
    private static final int WARMUP_RUNS = 2;
    private static final int EDITS = 500;

    private PerformanceTable() {
    }

    record Row(int agents, double megabytes, double loadMs, double validateMs, double graphMs, double updateP50Ms,
               double updateP99Ms, double heapMb, int findings, int edges) {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = BenchWorkspace.corpus(args);
        int[] sizes = Arrays.stream((args.length > 1 ? args[1] : "100,1000,5000").split(",")).mapToInt(Integer::parseInt).toArray();
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<Path> sources = BenchWorkspace.agentFiles(corpus);
        System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MB; %d corpus files; %d runs per step after %d warm-ups%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1048576, sources.size(), runs, WARMUP_RUNS);
        List<Row> rows = new ArrayList<>();
        for (int size : sizes) {
            Path folder = Files.createTempDirectory("agent-studio-performance-");
            try {
                long bytes = BenchWorkspace.build(folder, sources, size);
                Row row = measure(folder, size, bytes / 1048576.0, runs);
                rows.add(row);
                System.out.printf(Locale.ROOT, "%,d agents: %s%n", size, row);
            } finally {
                BenchWorkspace.deleteTree(folder);
            }
        }
        print(rows);
    }

    private static Row measure(Path folder, int size, double megabytes, int runs) throws Exception {
        double load = median(runs, () -> WorkspaceLoader.load(folder));
        Workspace workspace = WorkspaceLoader.load(folder);
        if (workspace.agents().size() != size) {
            throw new IllegalStateException("Expected " + size + " agents, loaded " + workspace.agents().size());
        }
        // A fresh catalog per run: rules keep what they read per document, and a second run over the same documents
        // would measure those caches, not a validation.
        double validate = median(runs, () -> WorkspaceValidation.of(workspace, RuleCatalog.standard()));
        RuleCatalog rules = RuleCatalog.standard();
        double graph = median(runs, () -> GraphExtractor.extract(workspace));
        DelegationGraph extracted = GraphExtractor.extract(workspace);
        WorkspaceValidation validation = WorkspaceValidation.of(workspace, rules);
        double[] updates = updates(validation, workspace.agents());
        return new Row(size, megabytes, load, validate, graph, BenchWorkspace.percentile(updates, 50),
                BenchWorkspace.percentile(updates, 99), BenchWorkspace.heapOfALoad(folder), validation.findings().size(), extracted.edges().size());
    }

    /** Milliseconds of each single re-validation after an edit, sorted. */
    private static double[] updates(WorkspaceValidation validation, List<WorkspaceAgent> agents) {
        Random random = new Random(42);
        for (int i = 0; i < ValidationBenchmark.WARMUP_EDITS; i++) {
            validation.update(ValidationBenchmark.edited(agents, random, i));
        }
        double[] millis = new double[EDITS];
        for (int i = 0; i < EDITS; i++) {
            WorkspaceAgent agent = ValidationBenchmark.edited(agents, random, ValidationBenchmark.WARMUP_EDITS + i);
            long start = System.nanoTime();
            validation.update(agent);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    /** The median wall time in milliseconds of {@code runs} calls, after the warm-up calls. */
    private static double median(int runs, Callable<?> step) throws Exception {
        for (int i = 0; i < WARMUP_RUNS; i++) {
            step.call();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            step.call();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return BenchWorkspace.percentile(millis, 50);
    }

    private static void print(List<Row> rows) {
        System.out.println();
        System.out.println("| agents (MB) | load | validate | graph | re-validate one edited agent (p50 / p99) | heap held by the loaded workspace |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "| %,d (%.1f MB) | %s | %s | %s | %s / %s | %.0f MB |%n", row.agents(), row.megabytes(),
                    time(row.loadMs()), time(row.validateMs()), time(row.graphMs()), time(row.updateP50Ms()), time(row.updateP99Ms()),
                    row.heapMb());
        }
    }

    private static String time(double millis) {
        return millis >= 1000 ? String.format(Locale.ROOT, "%.2f s", millis / 1000)
                : millis >= 10 ? String.format(Locale.ROOT, "%.0f ms", millis) : String.format(Locale.ROOT, "%.1f ms", millis);
    }
}
