package io.agentstudio.logic.validation;

import io.agentstudio.model.AgentDocument;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A repair offered with a finding. Applying one is an ordinary edit of the agent file, so a GUI can list the fixes
 * of a problem and push the chosen one on its undo stack: the document before is the undo state.
 */
public sealed interface QuickFix permits QuickFix.Edit, QuickFix.Rename, QuickFix.Create {

    /** What the fix does, as a menu item: "Remove the byte order mark". */
    String title();

    /**
     * A lossless change of the file's text: the function derives what it changes from the document it is given
     * (so it can be applied to the document the finding was made on, or a later one that still has the problem)
     * and leaves every other character as it was.
     */
    record Edit(String title, UnaryOperator<AgentDocument> edit) implements QuickFix {
        public Edit {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(edit, "edit");
        }

        /** @throws io.agentstudio.logic.agentfile.EditRefusedException when the document no longer allows the fix */
        public AgentDocument applyTo(AgentDocument document) {
            return edit.apply(document);
        }
    }

    /** Rename the agent's file within its folder; its content stays as it is. */
    record Rename(String title, String newFileName) implements QuickFix {
        public Rename {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(newFileName, "newFileName");
        }
    }

    /**
     * Create a new file (a skill an agent refers to, from a template) and leave the file of the finding as it is. The
     * GUI writes it and opens it; nothing is written when the file exists by then.
     *
     * @param relativePath where, relative to the workspace root
     * @param text         the whole content
     */
    record Create(String title, Path relativePath, String text) implements QuickFix {
        public Create {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(relativePath, "relativePath");
            Objects.requireNonNull(text, "text");
            if (relativePath.isAbsolute()) {
                throw new IllegalArgumentException("A created file's path is relative to the workspace: " + relativePath);
            }
        }
    }
}
