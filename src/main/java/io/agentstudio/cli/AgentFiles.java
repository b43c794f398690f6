package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.AgentFileReader;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Problem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
                unreadable.addAll(workspace.notLoaded());
            } else {
                files.add(path.toAbsolutePath().normalize());
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

    /**
     * Reads one file named on the command line to edit it, with the studio's checks: a file over the size limit, binary
     * or not UTF-8 text is refused before anything is written. The result is the baseline the save compares the disk to.
     */
    static WorkspaceAgent readForEdit(Path file) {
        requireRegularFile(file);
        Path path = file.toAbsolutePath().normalize();
        AgentFileReader.Read read;
        try {
            read = AgentFileReader.read(path);
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot be read (" + e.getMessage() + ")");
        }
        if (read.refused()) {
            throw new CliFailure(file + ": " + read.refusal().message() + " Nothing was written.");
        }
        Path relative = DialectLocator.workspaceRootOf(path).relativize(path);
        return new WorkspaceAgent(path, relative, SetCommand.dialectOf(file), AgentFileParser.parse(read.bytes()), read.stamp());
    }

    private static Workspace loadWorkspace(Path folder) {
        try {
            return WorkspaceLoader.load(folder);
        } catch (IOException e) {
            throw new CliFailure(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }
}
