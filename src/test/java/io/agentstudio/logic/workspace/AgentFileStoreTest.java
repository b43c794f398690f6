package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.FieldValue;
import io.agentstudio.testing.Symlinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;

import static io.agentstudio.logic.workspace.WorkspaceFixture.agent;
import static io.agentstudio.logic.workspace.WorkspaceFixture.concat;
import static io.agentstudio.logic.workspace.WorkspaceFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class AgentFileStoreTest {
    @TempDir
    Path dir;
    WorkspaceFixture fixture;
    final AgentFileStore store = new AgentFileStore();

    @BeforeEach
    void setUp() {
        fixture = new WorkspaceFixture(dir);
    }

    private WorkspaceAgent load(String relative) throws IOException {
        return WorkspaceLoader.load(dir).agents().stream()
                .filter(a -> a.relativePath().toString().replace('\\', '/').equals(relative))
                .findFirst().orElseThrow();
    }

    private static AgentDocument withDescription(WorkspaceAgent agent, String description) {
        return FrontmatterEditor.set(agent.document(), "description", new FieldValue.Text(description));
    }

    private static void setModified(Path file, long millis) throws IOException {
        Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    }

    private long tempFilesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> AtomicFileWriter.isTempFileName(p.getFileName().toString())).count();
        }
    }

    @Test
    void savesAnEditedDocumentAndReturnsTheNewBaseline() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a", "Old.", "Body.\n"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        AgentDocument edited = withDescription(baseline, "New.");

        SaveResult result = store.save(baseline, edited);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.written()).isTrue();
            assertThat(saved.agent().document()).isEqualTo(edited);
            assertThat(saved.agent().relativePath()).isEqualTo(baseline.relativePath());
            assertThat(saved.agent().dialect()).isEqualTo(Dialect.CLAUDE_CODE);
        });
        assertThat(file).hasContent("---\nname: a\ndescription: New.\n---\nBody.\n");
        assertThat(((SaveResult.Saved) result).agent().stamp()).isEqualTo(FileStamp.of(file));
        assertThat(tempFilesIn(file.getParent())).isZero();
    }

    @Test
    void savingAnUneditedDocumentWritesNothingAndKeepsTheBytes() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("---\r\nname: odd\r\ndescription: caf"), new byte[] {(byte) 0xE9}, utf8("\r\n---\r\nbody\r"));
        Path file = fixture.write(".claude/agents/odd.md", bytes);
        setModified(file, 1_000_000_000_000L);
        WorkspaceAgent baseline = load(".claude/agents/odd.md");

        SaveResult result = store.save(baseline, baseline.document());

        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> assertThat(saved.written()).isFalse());
        assertThat(file).hasBinaryContent(bytes);
        assertThat(Files.getLastModifiedTime(file).toMillis()).as("not even touched").isEqualTo(1_000_000_000_000L);
    }

    @Test
    void savingAReparsedButUnchangedTextWritesTheSameBytes() throws IOException {
        byte[] bytes = concat(utf8("---\nname: x\ndescription: \u00e9t\u00e9 "), new byte[] {(byte) 0xFF}, utf8("\n---\n"));
        Path file = fixture.write(".claude/agents/x.md", bytes);
        WorkspaceAgent baseline = load(".claude/agents/x.md");
        AgentDocument sameText = AgentFileParser.parse(baseline.document().text());

        assertThat(store.save(baseline, sameText).isSaved()).isTrue();
        assertThat(file).hasBinaryContent(bytes);
    }

    @Test
    void detectsAChangeMadeByAnotherProgramAndWritesNothing() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a", "Old.", "Body.\n"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        String theirs = agent("a", "Theirs.", "Body.\n");
        Files.writeString(file, theirs);

        SaveResult result = store.save(baseline, withDescription(baseline, "Mine."));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.kind()).isEqualTo(SaveResult.Kind.CHANGED_ON_DISK);
            assertThat(conflict.path()).isEqualTo(file);
            assertThat(conflict.diskDocument()).get().extracting(AgentDocument::text).isEqualTo(theirs);
            assertThat(conflict.message()).contains("a.md", "changed by another program");
        });
        assertThat(file).hasContent(theirs);
    }

    @Test
    void detectsASameSizeChangeThatKeptTheModificationTime() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a", "AAAA", "Body.\n"));
        setModified(file, 1_500_000_000_000L);
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        Files.writeString(file, agent("a", "BBBB", "Body.\n"));
        setModified(file, 1_500_000_000_000L);
        assertThat(FileStamp.of(file)).as("the stamp alone cannot tell").isEqualTo(baseline.stamp());

        SaveResult result = store.save(baseline, withDescription(baseline, "Mine."));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflict.class,
                conflict -> assertThat(conflict.kind()).isEqualTo(SaveResult.Kind.CHANGED_ON_DISK));
        assertThat(file).hasContent(agent("a", "BBBB", "Body.\n"));
    }

    @Test
    void aTouchWithoutAChangeIsNotAConflict() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a", "Old.", "Body.\n"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        setModified(file, baseline.stamp().modifiedMillis() + 60_000);

        SaveResult result = store.save(baseline, withDescription(baseline, "New."));

        assertThat(result.isSaved()).isTrue();
        assertThat(file).hasContent(agent("a", "New.", "Body.\n"));
    }

    @Test
    void theSameChangeMadeElsewhereIsSavedWithoutWriting() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a", "Old.", "Body.\n"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        AgentDocument edited = withDescription(baseline, "New.");
        Files.write(file, AgentFileParser.toBytes(edited));

        SaveResult result = store.save(baseline, edited);

        FileStamp onDisk = FileStamp.of(file);
        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.written()).isFalse();
            assertThat(saved.agent().stamp()).isEqualTo(onDisk);
        });
    }

    @Test
    void reportsAFileDeletedOnDisk() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        Files.delete(file);

        SaveResult result = store.save(baseline, withDescription(baseline, "Mine."));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.kind()).isEqualTo(SaveResult.Kind.DELETED_ON_DISK);
            assertThat(conflict.diskDocument()).isEmpty();
            assertThat(conflict.diskStamp()).isNull();
            assertThat(conflict.message()).contains("deleted");
        });
        assertThat(file).doesNotExist();
    }

    @Test
    void reportsAFileReplacedByAnOversizedOneAsChanged() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        Files.write(file, new byte[(int) WorkspaceLoader.MAX_FILE_BYTES + 10]);

        SaveResult result = store.save(baseline, withDescription(baseline, "Mine."));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.kind()).isEqualTo(SaveResult.Kind.CHANGED_ON_DISK);
            assertThat(conflict.diskDocument()).isEmpty();
        });
        assertThat(Files.size(file)).isEqualTo(WorkspaceLoader.MAX_FILE_BYTES + 10);
    }

    @Test
    void savingOverTheConflictsDiskVersionReplacesTheOtherProgramsChange() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a", "Old.", "Body.\n"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        Files.writeString(file, agent("a", "Theirs.", "Body.\n"));
        AgentDocument mine = withDescription(baseline, "Mine.");
        SaveResult.Conflict conflict = (SaveResult.Conflict) store.save(baseline, mine);
        WorkspaceAgent seen = new WorkspaceAgent(file, baseline.relativePath(), baseline.dialect(),
                conflict.diskDocument().orElseThrow(), conflict.diskStamp());

        SaveResult result = store.save(seen, mine);

        assertThat(file).hasContent(agent("a", "Mine.", "Body.\n"));
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        WorkspaceAgent saved = ((SaveResult.Saved) result).agent();
        assertThat(saved.stamp()).isEqualTo(FileStamp.of(file));
        assertThat(saved.document()).isEqualTo(mine);
    }

    @Test
    void savingOverTheConflictsDiskVersionRefusesAChangeMadeAfterIt() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a", "Old.", "Body.\n"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        Files.writeString(file, agent("a", "Theirs", "Body.\n"));
        AgentDocument mine = withDescription(baseline, "Mine.");
        SaveResult.Conflict conflict = (SaveResult.Conflict) store.save(baseline, mine);
        WorkspaceAgent seen = new WorkspaceAgent(file, baseline.relativePath(), baseline.dialect(),
                conflict.diskDocument().orElseThrow(), conflict.diskStamp());
        // Same size and time as the version seen: only the bytes differ.
        FileTime seenTime = Files.getLastModifiedTime(file);
        Files.writeString(file, agent("a", "THEIRS", "Body.\n"));
        Files.setLastModifiedTime(file, seenTime);

        SaveResult result = store.save(seen, mine);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflict.class, again ->
                assertThat(again.diskDocument().orElseThrow().text()).contains("THEIRS"));
        assertThat(file).hasContent(agent("a", "THEIRS", "Body.\n"));
    }

    @Test
    void recreatesAFileDeletedOnDiskTogetherWithItsFolder() throws IOException {
        Path file = fixture.write(".claude/agents/team/a.md", agent("a"));
        WorkspaceAgent baseline = load(".claude/agents/team/a.md");
        Files.delete(file);
        Files.delete(file.getParent());
        AgentDocument mine = withDescription(baseline, "Mine.");
        assertThat(store.save(baseline, mine)).isInstanceOf(SaveResult.Conflict.class);

        SaveResult result = store.recreate(baseline, mine);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.written()).isTrue();
            assertThat(saved.agent().relativePath()).isEqualTo(baseline.relativePath());
        });
        assertThat(file).hasBinaryContent(AgentFileParser.toBytes(mine));
    }

    @Test
    void recreateDoesNotReplaceAFileThatCameBack() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a"));
        WorkspaceAgent baseline = load(".claude/agents/a.md");
        Files.writeString(file, agent("a", "Came back.", ""));

        SaveResult result = store.recreate(baseline, withDescription(baseline, "Mine."));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflict.class,
                conflict -> assertThat(conflict.kind()).isEqualTo(SaveResult.Kind.EXISTS_ON_DISK));
        assertThat(file).hasContent(agent("a", "Came back.", ""));
    }

    @Test
    void saveAsCreatesANewAgentWithTheDialectOfItsFolder() throws IOException {
        Path root = dir;
        AgentDocument document = AgentFileParser.parse(agent("new-one"));

        SaveResult result = store.saveAs(root, Path.of(".gemini/agents/new-one.md"), document);

        assertThat(result).isInstanceOfSatisfying(SaveResult.Saved.class, saved -> {
            assertThat(saved.agent().dialect()).isEqualTo(Dialect.GEMINI);
            assertThat(saved.agent().path()).isEqualTo(dir.resolve(".gemini/agents/new-one.md"));
        });
        assertThat(WorkspaceLoader.load(dir).agents()).extracting(WorkspaceAgent::name).containsExactly("new-one");
    }

    @Test
    void saveAsNeverReplacesAnExistingFile() throws IOException {
        Path existing = fixture.write(".claude/agents/taken.md", agent("taken"));

        SaveResult result = store.saveAs(dir, Path.of(".claude/agents/taken.md"), AgentFileParser.parse(agent("other")));

        assertThat(result).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.kind()).isEqualTo(SaveResult.Kind.EXISTS_ON_DISK);
            assertThat(conflict.diskDocument()).get().extracting(d -> d.string("name").orElseThrow()).isEqualTo("taken");
        });
        assertThat(existing).hasContent(agent("taken"));
    }

    @Test
    void saveAsRefusesPlacesTheStudioWouldNotLoadFrom() {
        AgentDocument document = AgentFileParser.parse(agent("x"));

        assertThatThrownBy(() -> store.saveAs(dir, Path.of(".claude/commands/x.md"), document))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does not hold agents");
        assertThatThrownBy(() -> store.saveAs(dir, Path.of(".claude/agents/README.md"), document))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.saveAs(dir, Path.of(".claude/agents/x.txt"), document))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.saveAs(dir, Path.of("../outside/agents/x.md"), document))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not inside");
        assertThat(dir.resolve(".claude")).doesNotExist();
    }

    @Test
    void saveAsRefusesAFolderThatLinksOutOfTheWorkspace(@TempDir Path elsewhere) throws IOException {
        Files.createDirectories(dir.resolve(".claude"));
        Symlinks.link(dir.resolve(".claude/agents"), elsewhere);

        assertThatThrownBy(() -> store.saveAs(dir, Path.of(".claude/agents/x.md"), AgentFileParser.parse(agent("x"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("symbolic link").hasMessageContaining("outside");
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void aSaveThroughALinkOutOfTheWorkspaceIsRefusedAndWritesNothing(@TempDir Path elsewhere) throws IOException {
        Path real = Files.writeString(elsewhere.resolve("a.md"), agent("a", "Old.", "Body.\n"));
        Files.createDirectories(dir.resolve(".claude/agents"));
        Symlinks.link(dir.resolve(".claude/agents/a.md"), real);
        WorkspaceAgent baseline = load(".claude/agents/a.md");

        assertThatThrownBy(() -> store.save(baseline, withDescription(baseline, "New.")))
                .isInstanceOf(OutsideWorkspaceException.class).hasMessageContaining("outside the workspace")
                .hasMessageContaining(real.toRealPath().toString());
        assertThat(real).hasContent(agent("a", "Old.", "Body.\n"));
    }

    @Test
    void savesThroughASymlinkedAgentFile() throws IOException {
        Path real = fixture.write("library/a.md", agent("a", "Old.", "Body.\n"));
        Files.createDirectories(dir.resolve(".claude/agents"));
        Path link = dir.resolve(".claude/agents/a.md");
        Symlinks.link(link, real);
        WorkspaceAgent baseline = load(".claude/agents/a.md");

        SaveResult result = store.save(baseline, withDescription(baseline, "New."));

        assertThat(result.isSaved()).isTrue();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(real).hasContent(agent("a", "New.", "Body.\n"));
        assertThat(tempFilesIn(real.getParent())).isZero();
        assertThat(tempFilesIn(link.getParent())).isZero();
    }

    @Test
    void keepsThePermissionsOfASavedFile() throws IOException {
        Path file = fixture.write(".claude/agents/a.md", agent("a"));
        assumeTrue(Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) != null,
                "No POSIX permissions on this file system; test skipped");
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rwxr-x---");
        Files.setPosixFilePermissions(file, permissions);
        WorkspaceAgent baseline = load(".claude/agents/a.md");

        assertThat(store.save(baseline, withDescription(baseline, "New.")).isSaved()).isTrue();

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
    }
}
