package io.agentstudio.logic.workspace;

import io.agentstudio.testing.Symlinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static io.agentstudio.logic.workspace.WorkspaceFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AtomicFileWriterTest {
    @TempDir
    Path dir;

    private List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void assumePosix(Path file) {
        assumeTrue(Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "No POSIX permissions on this file system; permission test skipped");
    }

    private Path symlink(Path link, Path target) {
        return Symlinks.link(link, target);
    }

    @Test
    void createsANewFile() throws IOException {
        Path target = dir.resolve("new.md");

        AtomicFileWriter.write(target, utf8("fresh"));

        assertThat(target).hasBinaryContent(utf8("fresh"));
        assertThat(namesIn(dir)).containsExactly("new.md");
    }

    @Test
    void replacesTheContentOfAnExistingFileAndLeavesNoTemporaryFile() throws IOException {
        Path target = Files.write(dir.resolve("agent.md"), utf8("a much longer old content than the new one"));

        AtomicFileWriter.write(target, utf8("short"));

        assertThat(target).hasBinaryContent(utf8("short"));
        assertThat(namesIn(dir)).containsExactly("agent.md");
    }

    @Test
    void writesAnEmptyFile() throws IOException {
        Path target = Files.write(dir.resolve("agent.md"), utf8("content"));

        AtomicFileWriter.write(target, new byte[0]);

        assertThat(target).isEmptyFile();
    }

    @Test
    void keepsThePosixPermissionsOfTheReplacedFile() throws IOException {
        Path target = Files.write(dir.resolve("agent.md"), utf8("old"));
        assumePosix(target);
        Set<PosixFilePermission> unusual = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(target, unusual);

        AtomicFileWriter.write(target, utf8("new"));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(unusual);
        assertThat(target).hasBinaryContent(utf8("new"));
    }

    @Test
    void givesANewFileTheUsualPermissionsRatherThanPrivateTempFilePermissions() throws IOException {
        Path sibling = Files.write(dir.resolve("made-by-files-write.md"), utf8("x"));
        assumePosix(sibling);
        Path target = dir.resolve("made-by-writer.md");

        AtomicFileWriter.write(target, utf8("y"));

        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(sibling));
    }

    @Test
    void writesThroughASymlinkAndKeepsTheLink() throws IOException {
        Path real = Files.write(Files.createDirectories(dir.resolve("shared")).resolve("real.md"), utf8("old"));
        Path link = symlink(dir.resolve("link.md"), Path.of("shared/real.md"));

        AtomicFileWriter.write(link, utf8("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("shared/real.md"));
        assertThat(real).hasBinaryContent(utf8("new"));
        assertThat(namesIn(dir.resolve("shared"))).containsExactly("real.md");
        assertThat(namesIn(dir)).containsExactly("link.md", "shared");
    }

    @Test
    void writesThroughAChainOfSymlinks() throws IOException {
        Path real = Files.write(dir.resolve("real.md"), utf8("old"));
        Path first = symlink(dir.resolve("first.md"), real);
        symlink(dir.resolve("second.md"), first);

        AtomicFileWriter.write(dir.resolve("second.md"), utf8("new"));

        assertThat(real).hasBinaryContent(utf8("new"));
        assertThat(Files.isSymbolicLink(dir.resolve("second.md"))).isTrue();
        assertThat(Files.isSymbolicLink(first)).isTrue();
    }

    @Test
    void refusesASymlinkLoop() {
        Path a = dir.resolve("a.md");
        symlink(a, dir.resolve("b.md"));
        symlink(dir.resolve("b.md"), a);

        assertThatThrownBy(() -> AtomicFileWriter.write(a, utf8("x"))).isInstanceOf(FileSystemException.class);
        assertThat(Files.isSymbolicLink(a)).isTrue();
    }

    @Test
    void refusesToReplaceAFolder() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("agent.md"));

        assertThatThrownBy(() -> AtomicFileWriter.write(folder, utf8("x"))).isInstanceOf(FileSystemException.class);
        assertThat(namesIn(dir)).containsExactly("agent.md");
    }

    @Test
    void refusesToReplaceAReadOnlyFile() throws IOException {
        Path target = Files.write(dir.resolve("agent.md"), utf8("protected"));
        assumePosix(target);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("r--r--r--"));
        assumeTrue(!Files.isWritable(target), "Running as root: a read-only file is writable anyway; test skipped");

        assertThatThrownBy(() -> AtomicFileWriter.write(target, utf8("x"))).isInstanceOf(AccessDeniedException.class);
        assertThat(target).hasBinaryContent(utf8("protected"));
    }

    @Test
    void deletesTheTemporaryFileWhenTheRenameFails() throws IOException {
        Path target = dir.resolve("agent.md");
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(target, utf8("x"))) {
            assertThat(namesIn(dir)).singleElement().satisfies(name -> assertThat(AtomicFileWriter.isTempFileName(name)).isTrue());
            // Something takes the target's name as a non-empty folder: the rename cannot replace it.
            Files.createDirectories(target.resolve("child"));
            assertThatThrownBy(pending::commit).isInstanceOf(IOException.class);
        }
        assertThat(namesIn(dir)).containsExactly("agent.md");
    }

    @Test
    void discardsAPreparedWriteThatIsNotCommitted() throws IOException {
        Path target = Files.write(dir.resolve("agent.md"), utf8("old"));

        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(target, utf8("new"))) {
            assertThat(namesIn(dir)).hasSize(2);
            assertThat(pending.target()).isEqualTo(target);
        }

        assertThat(target).hasBinaryContent(utf8("old"));
        assertThat(namesIn(dir)).containsExactly("agent.md");
    }

    @Test
    void commitNewDoesNotReplaceAFileThatAppeared() throws IOException {
        Path target = dir.resolve("agent.md");
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(target, utf8("mine"))) {
            Files.write(target, utf8("theirs"));
            assertThat(pending.commitNew()).isFalse();
        }
        assertThat(target).hasBinaryContent(utf8("theirs"));
        assertThat(namesIn(dir)).containsExactly("agent.md");
    }

    @Test
    void commitNewCreatesAMissingFile() throws IOException {
        Path target = dir.resolve("agent.md");
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(target, utf8("mine"))) {
            assertThat(pending.commitNew()).isTrue();
        }
        assertThat(target).hasBinaryContent(utf8("mine"));
        assertThat(namesIn(dir)).containsExactly("agent.md");
    }

    @SuppressWarnings("try") // the pending temp file only has to exist during the block
    @Test
    void namesTemporaryFilesAsHiddenNonMarkdownFiles() throws IOException {
        try (AtomicFileWriter.PendingWrite pending = AtomicFileWriter.prepare(dir.resolve("agent.md"), utf8("x"))) {
            String name = namesIn(dir).get(0);
            assertThat(name).startsWith(".agent.md.agent-studio-").endsWith(".tmp");
            assertThat(AtomicFileWriter.isTempFileName(name)).isTrue();
            assertThat(WorkspaceScanner.isCandidate(dir.resolve(name))).isFalse();
        }
        assertThat(AtomicFileWriter.isTempFileName("agent.md")).isFalse();
    }

    @Test
    void keepsTheOwnerAndGroupOfTheReplacedFileWhenAllowedToSetThem() throws IOException {
        Path target = Files.write(dir.resolve("agent.md"), utf8("old"));
        assumePosix(target);
        UserPrincipalLookupService users = target.getFileSystem().getUserPrincipalLookupService();
        UserPrincipal nobody;
        try {
            nobody = users.lookupPrincipalByName("nobody");
            Files.setOwner(target, nobody);
        } catch (IOException | UnsupportedOperationException e) {
            abort("Not allowed to give a file to another user (only root may); owner test skipped: " + e);
            return;
        }

        AtomicFileWriter.write(target, utf8("new"));

        assertThat(Files.getOwner(target)).isEqualTo(nobody);
        assertThat(target).hasBinaryContent(utf8("new"));
    }

    @Test
    void deletesOnlyStaleTemporaryFiles() throws IOException {
        Path old = Files.write(dir.resolve(".agent.md.agent-studio-old1.tmp"), utf8("left by a kill"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path young = Files.write(dir.resolve(".agent.md.agent-studio-new2.tmp"), utf8("a save in progress"));
        Path agent = Files.write(dir.resolve("agent.md"), utf8("agent"));
        Path otherHidden = Files.write(dir.resolve(".notes.tmp"), utf8("not ours"));
        Files.setLastModifiedTime(otherHidden, FileTime.from(Instant.now().minus(Duration.ofHours(2))));

        int deleted = AtomicFileWriter.deleteStaleTempFiles(dir, Duration.ofHours(1));

        assertThat(deleted).isEqualTo(1);
        assertThat(old).doesNotExist();
        assertThat(young).exists();
        assertThat(agent).exists();
        assertThat(otherHidden).exists();
    }

    @Test
    void aWriteFirstDeletesTheStaleTemporaryFilesOfItsFolderAndNothingElse() throws IOException {
        StaleTempFiles files = StaleTempFiles.in(dir);

        AtomicFileWriter.write(dir.resolve("agent.md"), utf8("saved"));

        files.assertOnlyTheStaleOnesAreGone();
        assertThat(dir.resolve("agent.md")).hasBinaryContent(utf8("saved"));
    }

    @Test
    void writesAFileWhoseNameIsNearTheFileSystemLimit() throws IOException {
        Path target = dir.resolve("\u00e9".repeat(120) + ".md");

        AtomicFileWriter.write(target, utf8("long name"));
        AtomicFileWriter.write(target, utf8("again"));

        assertThat(target).hasBinaryContent(utf8("again"));
        assertThat(namesIn(dir)).hasSize(1);
    }
}
