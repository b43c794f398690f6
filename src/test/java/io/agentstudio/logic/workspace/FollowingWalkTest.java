package io.agentstudio.logic.workspace;

import io.agentstudio.testing.Symlinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk the scanner uses must meet what {@code Files.walkFileTree} with {@code FOLLOW_LINKS} meets (the scanner's
 * findings were made against it), and tell links apart as {@code Files.isSymbolicLink} does.
 */
class FollowingWalkTest {
    @TempDir
    Path dir;

    @Test
    void meetsWhatWalkFileTreeMeetsAndTellsLinksApart() throws IOException {
        write("shared/linked.md");
        write(".claude/agents/real.md");
        write(".claude/agents/deep/nested.md");
        write(".git/objects/skipped.md");
        write("library/target.md");
        Symlinks.link(dir.resolve(".claude/agents/to-file.md"), dir.resolve("library/target.md"));
        Symlinks.link(dir.resolve(".claude/agents/gone.md"), dir.resolve("nowhere/gone.md"));
        Symlinks.link(dir.resolve(".claude/agents/again"), dir.resolve(".claude"));
        Symlinks.link(dir.resolve("linked-agents"), dir.resolve("shared"));
        Files.createDirectories(dir.resolve("empty"));

        assertThat(followingWalk(dir)).containsExactlyElementsOf(walkFileTree(dir));
        assertThat(followingWalk(dir)).contains(
                "file .claude/agents/to-file.md link=true regular=true",
                "file .claude/agents/gone.md link=true regular=false",
                "failed .claude/agents/again FileSystemLoopException",
                "folder linked-agents link=true",
                "file .claude/agents/real.md link=false regular=true");
        assertThat(followingWalk(dir)).noneMatch(event -> event.contains("skipped.md"));
    }

    @Test
    void walksALinkedRootAndMeetsAFileRootAsAFile() throws IOException {
        write("real/a.md");
        Path linkedRoot = Symlinks.link(dir.resolve("root-link"), dir.resolve("real"));
        assertThat(followingWalk(linkedRoot)).containsExactlyElementsOf(walkFileTree(linkedRoot));

        Path file = dir.resolve("real/a.md");
        assertThat(followingWalk(file)).containsExactly("file  link=false regular=true");
        assertThat(walkFileTree(file)).containsExactly("file  link=false regular=true");
    }

    @Test
    void reportsARootThatIsNotThere() throws IOException {
        Path missing = dir.resolve("missing");
        assertThat(followingWalk(missing)).containsExactly("failed  NoSuchFileException");
        assertThat(walkFileTree(missing)).containsExactly("failed  NoSuchFileException");
    }

    private void write(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }

    /** Skips hidden folders other than .claude, as the scanner does, so that skipping is compared too. */
    private static boolean skipped(Path root, Path folder) {
        String name = folder.getFileName().toString();
        return !folder.equals(root) && name.startsWith(".") && !name.equals(".claude");
    }

    private static List<String> followingWalk(Path root) throws IOException {
        List<String> events = new ArrayList<>();
        FollowingWalk.walk(root, new FollowingWalk.Visitor() {
            @Override
            public boolean folder(Path folder, boolean link) {
                if (skipped(root, folder)) {
                    return false;
                }
                events.add("folder " + root.relativize(folder) + " link=" + link);
                return true;
            }

            @Override
            public void file(Path folder, Path file, BasicFileAttributes attributes, boolean link) {
                // The scanner makes each file's path in the workspace from its folder's.
                assertThat(folder).as("the folder %s was listed in", file).isEqualTo(file.equals(root) ? null : file.getParent());
                events.add("file " + root.relativize(file) + " link=" + link + " regular=" + attributes.isRegularFile());
            }

            @Override
            public void failed(Path path, IOException e) {
                events.add("failed " + root.relativize(path) + " " + e.getClass().getSimpleName());
            }
        });
        return events;
    }

    private static List<String> walkFileTree(Path root) throws IOException {
        List<String> events = new ArrayList<>();
        Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path folder, BasicFileAttributes attributes) {
                if (skipped(root, folder)) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                events.add("folder " + root.relativize(folder) + " link=" + Files.isSymbolicLink(folder));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                events.add("file " + root.relativize(file) + " link=" + Files.isSymbolicLink(file) + " regular="
                        + attributes.isRegularFile());
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path path, IOException e) {
                events.add("failed " + root.relativize(path) + " " + e.getClass().getSimpleName());
                return FileVisitResult.CONTINUE;
            }
        });
        return events;
    }
}
