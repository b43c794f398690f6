package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditWriter;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.workspace.InvalidAgentNameException;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/** Shared by graph, link, unlink and rename: load a workspace folder, run an edit, write it, say what happened. */
final class GraphWorkspace {

    private GraphWorkspace() {
    }

    /** Loads the workspace after finishing (or undoing) an edit a kill interrupted, which {@code err} reports. */
    static Workspace load(Path folder, PrintWriter err) {
        AgentFiles.requireExists(folder);
        if (!Files.isDirectory(folder)) {
            throw new CliFailure(folder + ": not a folder (give the workspace folder that holds the agent files)");
        }
        InterruptedEdits.settle(folder, err);
        try {
            return WorkspaceLoader.load(folder);
        } catch (IOException e) {
            throw new CliFailure(folder + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Computes an edit on the workspace, writes it, and prints the summary, the files written and the hand edits.
     *
     * @return true when files were written
     */
    static boolean edit(Path folder, Function<GraphEditor, GraphEdit> action, PrintWriter out, PrintWriter err) {
        Workspace workspace = load(folder, err);
        GraphEdit edit;
        try {
            edit = action.apply(new GraphEditor(workspace));
        } catch (InvalidAgentNameException e) {
            throw new CliFailure(e.getMessage(), Cli.FINDINGS);
        } catch (EditRefusedException | IllegalArgumentException e) {
            throw new CliFailure(e.getMessage());
        }
        if (edit.changesFiles()) {
            try {
                for (Path written : new GraphEditWriter().write(workspace, edit)) {
                    out.println("written: " + VisibleText.of(slashes(written)));
                }
            } catch (IOException e) {
                throw new CliFailure(e.getMessage());
            }
        }
        out.println(VisibleText.of(edit.summary()));
        for (GraphEdit.HandEdit hand : edit.handEdits()) {
            out.println("needs a hand edit: " + VisibleText.of(hand.location() + ": " + hand.why()));
            if (!hand.text().isBlank()) {
                out.println("    " + VisibleText.of(hand.text().strip()));
            }
        }
        return edit.changesFiles();
    }

    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }
}
