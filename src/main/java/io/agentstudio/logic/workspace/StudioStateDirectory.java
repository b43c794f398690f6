package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The studio's own state for a workspace (graph layout, rule settings, export settings) lives in
 * {@code <workspace>/.agent-studio/}, never inside agent files, so the files stay exactly what the agent tools read.
 * The folder is created only when something is first written; the workspace scanner never looks inside it.
 */
public final class StudioStateDirectory {
    public static final String FOLDER_NAME = ".agent-studio";

    private final Path folder;

    public StudioStateDirectory(Path workspaceRoot) {
        this.folder = workspaceRoot.toAbsolutePath().normalize().resolve(FOLDER_NAME);
    }

    public Path path() {
        return folder;
    }

    public boolean exists() {
        return Files.isDirectory(folder);
    }

    /** Creates the folder if needed and returns it. */
    public Path ensureExists() throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new FileSystemException(folder.toString(), null, "a file has the name of the studio's state folder");
        }
        return Files.createDirectories(folder);
    }

    /**
     * A file inside the folder, e.g. {@code resolve("layout.json")} or {@code resolve("export/opencode.json")}.
     *
     * @throws IllegalArgumentException for a name that would leave the folder (absolute, or with {@code ..})
     */
    public Path resolve(String name) {
        Path relative = folder.getFileSystem().getPath(name);
        Path resolved = folder.resolve(relative).normalize();
        if (name.isBlank() || relative.isAbsolute() || !resolved.startsWith(folder) || resolved.equals(folder)) {
            throw new IllegalArgumentException("Not a file inside " + FOLDER_NAME + ": " + name);
        }
        return resolved;
    }

    /** The file's content, or empty when it was never written. */
    public Optional<byte[]> read(String name) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(resolve(name)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Writes a state file atomically, creating the folder (and subfolders) on demand. */
    public Path write(String name, byte[] bytes) throws IOException {
        Path file = resolve(name);
        ensureExists();
        Files.createDirectories(file.getParent());
        AtomicFileWriter.write(file, bytes);
        return file;
    }
}
