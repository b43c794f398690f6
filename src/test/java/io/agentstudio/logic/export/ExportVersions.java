package io.agentstudio.logic.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Two versions of one workspace for the commit tests: A and B share one agent (with another prompt) and have
 * {@code count} agents of their own, so an export with --clean from A to B creates, changes and removes files.
 */
final class ExportVersions {
    private ExportVersions() {
    }

    /** Makes {@code workspace}'s agents those of {@code version} ('A' or 'B'). */
    static void write(Path workspace, char version, int count) throws IOException {
        Path agents = workspace.resolve(".claude/agents");
        ExportCommit.deleteTree(agents);
        String own = version == 'A' ? "alpha" : "beta";
        ExportFixture.write(agents.resolve("shared.md"), ExportFixture.agent("shared",
                "Reviews every change before it is merged into main.", "Version " + version + " of the prompt.\n"));
        for (int i = 0; i < count; i++) {
            ExportFixture.write(agents.resolve(own + "-" + i + ".md"), ExportFixture.agent(own + "-" + i,
                    "Handles part " + i + " of the work before it is merged.", ("Line of version " + version + ".\n").repeat(40)));
        }
    }

    static ExportRequest request(Path workspace, Path destination) {
        return ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).cleaning(true);
    }

    /**
     * Every regular file under {@code root} with its text, outside staging folders; folders (an empty one a removal
     * leaves) are not compared.
     */
    static Map<String, String> files(Path root) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                String relative = root.relativize(path).toString().replace('\\', '/');
                if (!relative.startsWith(ExportCommit.STAGING_PREFIX)) {
                    files.put(relative, Files.readString(path));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The staging folders the commit leaves in {@code root}. */
    static long stagingFolders(Path root) throws IOException {
        try (Stream<Path> list = Files.list(root)) {
            return list.filter(p -> p.getFileName().toString().startsWith(ExportCommit.STAGING_PREFIX)).count();
        }
    }
}
