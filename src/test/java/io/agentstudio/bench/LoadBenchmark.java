package io.agentstudio.bench;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times {@link WorkspaceLoader#load} on a workspace of 5,000 agent files made from the shared corpus. Not a unit test:
 * run it by hand from the project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@load-benchmark
 *   mvn -B -o test-compile exec:java@load-benchmark -Dexec.args="../shared/corpus 5000 10"
 * </pre>
 *
 * Arguments (all optional): corpus folder (default {@code ../shared/corpus}, relative to the working directory),
 * number of files (default 5000), measured runs (default 10). Three warm-up runs come first. Heap figures are for the
 * loaded workspace alone (used heap after a GC with the workspace held, minus the same before loading).
 */
public final class LoadBenchmark {
    private static final int WARMUP_RUNS = 3;

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = BenchWorkspace.corpus(args);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        List<Path> sources = BenchWorkspace.agentFiles(corpus);
        Path workspace = Files.createTempDirectory("agent-studio-bench-");
        try {
            long bytes = BenchWorkspace.build(workspace, sources, count);
            System.out.printf(Locale.ROOT, "Workspace: %d files (%.1f MB) copied from %d corpus files into %s%n",
                    count, bytes / 1048576.0, sources.size(), workspace);
            System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors, max heap %d MB%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() / 1048576);
            measure(workspace, count, runs);
        } finally {
            BenchWorkspace.deleteTree(workspace);
        }
    }

    private static void measure(Path workspace, int expected, int runs) throws IOException {
        for (int i = 0; i < WARMUP_RUNS; i++) {
            long start = System.nanoTime();
            Workspace loaded = WorkspaceLoader.load(workspace);
            System.out.printf(Locale.ROOT, "warm-up %d: %.0f ms (%d agents, %d problems)%n", i + 1,
                    (System.nanoTime() - start) / 1e6, loaded.agents().size(), loaded.problems().size());
            if (loaded.agents().size() != expected) {
                throw new IllegalStateException("Expected " + expected + " agents, loaded " + loaded.agents().size());
            }
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            WorkspaceLoader.load(workspace);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf(Locale.ROOT, "load of %d files, %d runs: min %.0f ms, median %.0f ms, p90 %.0f ms, max %.0f ms%n",
                expected, runs, millis[0], BenchWorkspace.percentile(millis, 50), BenchWorkspace.percentile(millis, 90), millis[runs - 1]);

        System.out.printf(Locale.ROOT, "heap used by the loaded workspace: %.1f MB%n", BenchWorkspace.heapOfALoad(workspace));
    }
}
