package io.agentstudio.cli;

import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Turns the paths given on the command line into agent files: a folder is scanned as a workspace, a file is taken as is. */
final class AgentFiles {

    record Found(List<Path> files, List<Problem> unreadable) {
    }

    private AgentFiles() {
    }

    static Found in(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        for (Path path : paths) {
            requireExists(path);
            if (Files.isDirectory(path)) {
                Workspace workspace = loadWorkspace(path);
                workspace.agents().forEach(agent -> files.add(agent.path()));
                unreadable.addAll(workspace.problems());
            } else {
                notRegularFile(path).ifPresentOrElse(unreadable::add, () -> files.add(path.toAbsolutePath().normalize()));
            }
        }
        return new Found(files, unreadable);
    }

    static void requireExists(Path path) {
        if (!Files.exists(path)) {
            throw new CliFailure(path + ": no such file or folder");
        }
    }

    static void requireRegularFile(Path path) {
        requireExists(path);
        if (!Files.isRegularFile(path)) {
            throw new CliFailure(path + ": not a file");
        }
    }

    /** A named pipe, socket or device given by name: reported, never opened (reading a named pipe waits for a writer). */
    static Optional<Problem> notRegularFile(Path file) {
        try {
            return WorkspaceScanner.notRegularFile(file.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    private static Workspace loadWorkspace(Path folder) {
        try {
            return WorkspaceLoader.load(folder);
        } catch (IOException e) {
            throw new CliFailure(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
