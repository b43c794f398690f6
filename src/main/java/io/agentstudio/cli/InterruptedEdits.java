package io.agentstudio.cli;

import io.agentstudio.logic.text.VisibleText;
import io.agentstudio.logic.workspace.EditJournal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

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
            EditJournal.recover(folder).ifPresent(recovery -> err.println("agent-studio: " + VisibleText.of(recovery.message())));
        } catch (IOException e) {
            throw new CliFailure(folder + ": an interrupted edit could not be completed (" + e.getMessage() + "); nothing else was done");
        }
    }
}
