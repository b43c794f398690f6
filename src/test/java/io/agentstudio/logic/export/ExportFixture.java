package io.agentstudio.logic.export;

import io.agentstudio.logic.startup.SampleWorkspace;
import io.agentstudio.logic.workspace.StudioStateDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Workspaces and destinations for export tests, and an export service with a fixed clock and version. */
final class ExportFixture {
    static final Instant NOW = Instant.parse("2026-08-01T12:00:00Z");
    static final PluginInfo PLUGIN = new PluginInfo("sample-team", "1.2.0", "The sample team of Agent Studio.", "Agent Studio",
            "dev@agentstudio.invalid", "", "https://agentstudio.invalid", "", "MIT", List.of("agents", "sample"), true);

    private ExportFixture() {
    }

    static ExportService service() {
        return service(FileMover.ATOMIC);
    }

    static ExportService service(FileMover mover) {
        return new ExportService(Clock.fixed(NOW, ZoneOffset.UTC), "test", mover);
    }

    /** A service that keeps its records of exports under {@code folder}, for workspaces a test must not write to. */
    static ExportService serviceKeepingStateIn(Path folder) {
        return new ExportService(Clock.fixed(NOW, ZoneOffset.UTC), "test", FileMover.ATOMIC,
                root -> new StudioStateDirectory(folder.resolve(root.getFileName().toString())));
    }

    /** A fresh copy of the bundled sample workspace. */
    static Path sample(Path temp) throws IOException {
        return new SampleWorkspace(temp.resolve("data")).ensureCopy();
    }

    /** A workspace of the given Claude Code agents (file name without .md -> whole file). */
    static Path workspace(Path folder, Map<String, String> agents) throws IOException {
        for (Map.Entry<String, String> agent : agents.entrySet()) {
            write(folder.resolve(".claude/agents/" + agent.getKey() + ".md"), agent.getValue());
        }
        return folder;
    }

    static String agent(String name, String description, String body) {
        return "---\nname: " + name + "\ndescription: " + description + "\n---\n\n" + body;
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Every file under {@code root} (relative, {@code /} separators) with its bytes and modification time. */
    static Map<String, Snapshot> snapshot(Path root) {
        Map<String, Snapshot> files = new TreeMap<>();
        if (!Files.exists(root)) {
            return files;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                String key = root.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    files.put(key + "/", new Snapshot(new byte[0], null));
                } else {
                    files.put(key, new Snapshot(Files.readAllBytes(path), Files.getLastModifiedTime(path)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    record Snapshot(byte[] bytes, FileTime modified) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Snapshot s && java.util.Arrays.equals(bytes, s.bytes) && java.util.Objects.equals(modified, s.modified);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return bytes.length + " bytes, modified " + modified;
        }
    }
}
