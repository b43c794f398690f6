package io.agentstudio.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The real agent files the team shares beside the project (../shared): read by path, never copied into the
 * project. Tests that need them skip with a clear message where the folder is absent; CI has it.
 */
public final class SharedFiles {
    private static final Path SHARED = Path.of("..", "shared").toAbsolutePath().normalize();

    private SharedFiles() {
    }

    public static Path corpus() {
        return present(SHARED.resolve("corpus"), "../shared/corpus is not present beside the project; the corpus tests need it");
    }

    public static Path seeds() {
        return present(SHARED.resolve("seeds"), "../shared/seeds is not present beside the project; the seed tests need it");
    }

    /** Skips the test where the folder is absent, except in CI (CI=true), which has it: there its absence is a failure. */
    private static Path present(Path folder, String message) {
        if (!Files.isDirectory(folder)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError(message + ", and CI must have it.");
            }
            Assumptions.abort(message + " (CI has it).");
        }
        return folder;
    }

    public static Path collection(String name) {
        return corpus().resolve(name);
    }

    /**
     * A copy of the collection in {@code into}, for a test that opens it in the studio: the studio keeps its state
     * (the graph's places) in the workspace's {@code .agent-studio}, and ../shared must stay as recorded.
     */
    public static Path copyOfCollection(String name, Path into) throws IOException {
        copyTree(collection(name), into);
        return into;
    }

    /** Copies the folder {@code from} with everything in it into {@code to}. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Every agent file of the corpus and every seed, sorted, excluding the collections' licenses and notes. */
    public static List<Path> allAgentFiles() {
        return Stream.concat(files(corpus()).stream(), files(seeds()).stream())
                .filter(SharedFiles::isAgentFile).sorted().toList();
    }

    private static boolean isAgentFile(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("LICENSE") && !name.equals("SOURCES.md");
    }

    private static List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
