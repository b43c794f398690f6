package io.agentstudio.logic.importer;

import io.agentstudio.logic.workspace.AtomicFileWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the agent files of one tool in a folder the way that tool does. */
final class SourceFiles {

    private SourceFiles() {
    }

    /**
     * The tool's agent files in {@code given} (a project or the agents folder itself), in path order. OpenCode and
     * plugins read subfolders too (OpenCode's id is the path below the folder, {@code team/reviewer}); the others
     * read only the folder's own files. Copilot's files end in {@code .agent.md} (a plain {@code .md} is taken too).
     */
    static List<FoundAgent> find(ImportSource source, Path given) throws IOException {
        Path folder = source.agentsFolder(given);
        // Subfolders only inside the tool's own agents folder: a project given without one must not have every
        // Markdown file below it (READMEs, docs) taken for an agent.
        String folderName = folder.toAbsolutePath().normalize().getFileName() == null ? ""
                : folder.toAbsolutePath().normalize().getFileName().toString();
        boolean nested = (source == ImportSource.OPENCODE || source == ImportSource.CLAUDE_PLUGIN)
                && (!folder.equals(given) || folderName.equals("agents") || folderName.equals("agent"));
        List<FoundAgent> found = new ArrayList<>();
        try (Stream<Path> walk = nested ? Files.walk(folder) : Files.list(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                String fileName = file.getFileName().toString();
                if (AtomicFileWriter.isTempFileName(fileName) || fileName.startsWith(".")) {
                    continue;
                }
                String below = folder.relativize(file).toString().replace('\\', '/');
                String id = idOf(source, below);
                if (id != null) {
                    found.add(new FoundAgent(file, given.relativize(file).toString().replace('\\', '/'), id));
                }
            }
        }
        return found;
    }

    /** The agent's id from its path below the agents folder, or null when the tool would not read the file. */
    private static String idOf(ImportSource source, String below) {
        String id = null;
        if (below.endsWith(source.extension())) {
            id = below.substring(0, below.length() - source.extension().length());
        } else if (source == ImportSource.COPILOT && below.endsWith(".md")) {
            id = below.substring(0, below.length() - ".md".length());
        }
        if (id == null || id.isEmpty()) {
            return null;
        }
        if (source == ImportSource.OPENCODE) {
            return id;
        }
        int slash = id.lastIndexOf('/');
        return slash < 0 ? id : id.substring(slash + 1);
    }

    /** A folder of {@code .toml} files is Codex's, of {@code .agent.md} files Copilot's; else no guess. */
    static Optional<ImportSource> byEnding(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> list = Files.list(folder)) {
            List<String> names = list.map(p -> p.getFileName().toString()).toList();
            boolean toml = names.stream().anyMatch(n -> n.endsWith(".toml"));
            boolean copilot = names.stream().anyMatch(n -> n.endsWith(".agent.md"));
            if (toml && !copilot) {
                return Optional.of(ImportSource.CODEX);
            }
            if (copilot && !toml) {
                return Optional.of(ImportSource.COPILOT);
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
