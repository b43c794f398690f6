package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * A walk of a folder tree that follows symbolic links and meets what {@code Files.walkFileTree} with
 * {@code FOLLOW_LINKS} meets, in the same order and with the same attributes (a link's target's; a dangling link's own),
 * and also tells of each path whether it is a link itself. walkFileTree cannot tell that, and asking
 * {@code Files.isSymbolicLink} of every file was a second look-up of its whole path: a fifth of the walk, on which a
 * {@code validate --cache} hit spends half its time. Here each entry is looked at without following first, which for
 * anything but a link is all there is to know; only a link is looked at again through it.
 */
final class FollowingWalk {
    /** What the walk meets, as walkFileTree's visitor is told. */
    interface Visitor {
        /** A folder met (the root too); false skips what it holds. Not called for a folder that cannot be opened. */
        boolean folder(Path folder, boolean link);

        /**
         * Anything met that is not a folder, with the folder it was listed in: one object for all of that folder's
         * entries, so a visitor can tell a new folder by identity rather than by comparing paths; null for a root
         * that is not a folder.
         */
        void file(Path folder, Path file, BasicFileAttributes attributes, boolean link);

        /**
         * A path that could not be looked at, a folder that could not be opened, or a link back into a folder that
         * holds it ({@link FileSystemLoopException}).
         */
        void failed(Path path, IOException e);
    }

    /** A folder being walked: its file key (null where the file system has none) for the loop test. */
    private record Ancestor(Path folder, Object key) {
    }

    private final Visitor visitor;
    private final List<Ancestor> ancestors = new ArrayList<>();

    private FollowingWalk(Visitor visitor) {
        this.visitor = visitor;
    }

    /**
     * Walks the tree at {@code root}.
     *
     * @throws IOException when a folder fails while its entries are read (as walkFileTree's {@code SimpleFileVisitor})
     */
    static void walk(Path root, Visitor visitor) throws IOException {
        new FollowingWalk(visitor).visitEntry(null, root);
    }

    private void visit(Path folder, Path path, BasicFileAttributes attributes, boolean link) throws IOException {
        if (!attributes.isDirectory()) {
            visitor.file(folder, path, attributes, link);
            return;
        }
        if (wouldLoop(path, attributes.fileKey())) {
            visitor.failed(path, new FileSystemLoopException(path.toString()));
            return;
        }
        DirectoryStream<Path> entries;
        try {
            entries = Files.newDirectoryStream(path);
        } catch (IOException e) {
            visitor.failed(path, e);
            return;
        }
        try (entries) {
            if (!visitor.folder(path, link)) {
                return;
            }
            ancestors.add(new Ancestor(path, attributes.fileKey()));
            for (Path entry : entries) {
                visitEntry(path, entry);
            }
            ancestors.remove(ancestors.size() - 1);
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
    }

    /**
     * Looks at {@code entry} of {@code folder} itself first, and through it only when it is a link; the root is met the
     * same way, in no folder.
     */
    private void visitEntry(Path folder, Path entry) throws IOException {
        BasicFileAttributes own;
        try {
            own = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            visitor.failed(entry, e);
            return;
        }
        if (!own.isSymbolicLink()) {
            visit(folder, entry, own, false);
            return;
        }
        BasicFileAttributes target;
        try {
            target = Files.readAttributes(entry, BasicFileAttributes.class);
        } catch (IOException e) {
            target = own; // dangling: the link's own attributes, as walkFileTree gives them
        }
        visit(folder, entry, target, true);
    }

    private boolean wouldLoop(Path folder, Object key) {
        for (Ancestor ancestor : ancestors) {
            if (key != null && ancestor.key() != null) {
                if (key.equals(ancestor.key())) {
                    return true;
                }
            } else if (sameFile(folder, ancestor.folder())) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFile(Path one, Path other) {
        try {
            return Files.isSameFile(one, other);
        } catch (IOException e) {
            return false; // as walkFileTree: a folder that cannot be compared is walked
        }
    }
}
