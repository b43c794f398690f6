package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.SaveResult;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Shared by {@code set} and {@code unset}: read one file, apply lossless edits, and save it the way the studio saves:
 * only if the disk still holds the bytes that were read, so a change another program made meanwhile is never
 * overwritten.
 */
final class FieldEditCommand {

    private FieldEditCommand() {
    }

    /** @return true when the file changed */
    static boolean edit(Path file, UnaryOperator<AgentDocument> edits) {
        WorkspaceAgent baseline = AgentFiles.readForEdit(file);
        try {
            SaveResult result = new AgentFileStore().save(baseline, edits.apply(baseline.document()));
            if (result instanceof SaveResult.Conflict conflict) {
                throw new CliFailure(file + ": " + (conflict.kind() == SaveResult.Kind.DELETED_ON_DISK ? "deleted" : "changed")
                        + " by another program while this command ran; nothing was written. Run it again on the file as it is now.");
            }
            return ((SaveResult.Saved) result).written();
        } catch (EditRefusedException | IllegalArgumentException e) {
            throw new CliFailure(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
