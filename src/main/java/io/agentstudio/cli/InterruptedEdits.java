package io.agentstudio.cli;

import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.workspace.EditJournal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Every command on a workspace first finishes (or undoes) an edit of several files that a kill interrupted. */
final class InterruptedEdits {

    private InterruptedEdits() {
    }

    /** Settles {@code folder}'s interrupted edit, if it has one, and says on {@code err} what was done. */
    static void settle(Path folder, PrintWriter err) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try {
            Optional<EditJournal.Recovery> recovery = EditJournal.recover(folder);
            if (recovery.isPresent()) {
                err.println("agent-studio: " + VisibleText.of(recovery.get().message()));
            }
        } catch (IOException e) {
            throw new CliFailure(folder + ": an interrupted edit could not be completed (" + e.getMessage() + "); nothing else was done");
        }
    }
}
