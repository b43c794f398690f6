package io.agentstudio.gui.editor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One undoable change of the workspace, on the {@link CommandStack}: an edit of one open agent, or a change across
 * files (link, unlink, fix-all, rename with its file move). A command checks before it acts that every file it
 * touches still holds what it left there, and refuses otherwise: undo never overwrites a change made since.
 * Methods are called on the UI thread; the futures complete on it.
 */
public interface WorkspaceCommand {

    /** For the menu: "Rename debugger → bug-hunter", "Typing". */
    String description();

    /** Every file the command changes, moves or creates, as absolute paths: undo in a tab takes the tab's newest. */
    Set<Path> files();

    /** Makes the change (again). Completes with the reason when it did not, else empty. */
    CompletableFuture<Optional<String>> redo();

    /** Takes the change back. Completes with the reason when it did not, else empty. */
    CompletableFuture<Optional<String>> undo();

    /**
     * This command followed by {@code next} as one, when typing in one place should undo as one step; empty when the
     * two do not combine.
     */
    default Optional<WorkspaceCommand> followedBy(WorkspaceCommand next) {
        return Optional.empty();
    }
}
