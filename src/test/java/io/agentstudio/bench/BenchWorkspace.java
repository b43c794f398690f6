package io.agentstudio.bench;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Large workspaces for the benchmarks, copied from the shared corpus, and their removal. */
final class BenchWorkspace {

    private BenchWorkspace() {
    }

    /** The corpus's agent files: every Markdown file inside a collection folder (SOURCES.md at the top and a LICENSE.md are not). */
    static List<Path> agentFiles(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> corpus.relativize(p).getNameCount() > 1)
                    .filter(p -> !p.getFileName().toString().toUpperCase(Locale.ROOT).startsWith("LICENSE"))
                    .sorted().toList();
        }
    }

    /** Copies the corpus round-robin under unique names, 100 files per folder, as {@code .claude/agents/group-NN/}. */
    static long build(Path workspace, List<Path> sources, int count) throws IOException {
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Path source = sources.get(i % sources.size());
            Path folder = workspace.resolve(".claude/agents/group-" + String.format(Locale.ROOT, "%02d", i / 100));
            Files.createDirectories(folder);
            String name = String.format(Locale.ROOT, "%04d-%s", i, source.getFileName());
            bytes += Files.size(Files.copy(source, folder.resolve(name)));
        }
        return bytes;
    }

    /** The corpus folder from the first argument (default ../shared/corpus); exits with a message when it is absent. */
    static Path corpus(String[] args) {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus").toAbsolutePath().normalize();
        if (!Files.isDirectory(corpus)) {
            System.err.println("No corpus at " + corpus + " (pass its folder as the first argument)");
            System.exit(2);
        }
        return corpus;
    }

    /** Nearest-rank percentile of sorted values. */
    /** Heap in use after a full GC with the workspace loaded and held, minus the same before loading it, in MB. */
    static double heapOfALoad(Path folder) throws IOException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        Workspace held = WorkspaceLoader.load(folder);
        System.gc();
        long after = memory.getHeapMemoryUsage().getUsed();
        if (held.agents().isEmpty()) {
            throw new IllegalStateException("nothing loaded from " + folder);
        }
        return (after - before) / 1048576.0;
    }

    static double percentile(double[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static void deleteTree(Path root) throws IOException {
        List<Path> all = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                all.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                all.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path path : all) {
            Files.deleteIfExists(path);
        }
    }
}
