package io.agentstudio.cli;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.workspace.AtomicFileWriter;
import io.agentstudio.model.AgentDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/** Shared by {@code set} and {@code unset}: read one file, apply lossless edits, write it back atomically. */
final class FieldEditCommand {

    private FieldEditCommand() {
    }

    /** @return true when the file changed */
    static boolean edit(Path file, UnaryOperator<AgentDocument> edits) {
        AgentFiles.requireRegularFile(file);
        try {
            byte[] before = Files.readAllBytes(file);
            AgentDocument edited = edits.apply(AgentFileParser.parse(before));
            byte[] after = AgentFileParser.toBytes(edited);
            if (Arrays.equals(before, after)) {
                return false;
            }
            AtomicFileWriter.write(file, after);
            return true;
        } catch (EditRefusedException | IllegalArgumentException e) {
            throw new CliFailure(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CliFailure(file + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
