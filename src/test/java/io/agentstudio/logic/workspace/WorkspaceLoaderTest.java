package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.CodecRules;
import io.agentstudio.model.FrontmatterState;
import io.agentstudio.model.LineEnding;
import io.agentstudio.model.Problem;
import io.agentstudio.testing.Fifos;
import io.agentstudio.testing.Symlinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import static io.agentstudio.logic.workspace.WorkspaceFixture.agent;
import static io.agentstudio.logic.workspace.WorkspaceFixture.concat;
import static io.agentstudio.logic.workspace.WorkspaceFixture.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.abort;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class WorkspaceLoaderTest {
    @TempDir
    Path dir;
    WorkspaceFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new WorkspaceFixture(dir);
    }

    private static WorkspaceAgent only(Workspace workspace, String fileName) {
        List<WorkspaceAgent> matches = workspace.agents().stream()
                .filter(a -> a.path().getFileName().toString().equals(fileName)).toList();
        assertThat(matches).as("agents named %s in %s", fileName, workspace.agents()).hasSize(1);
        return matches.get(0);
    }

    private static List<String> ruleIds(WorkspaceAgent agent) {
        return agent.document().problems().stream().map(Problem::ruleId).toList();
    }

    private static void assertRoundTrips(WorkspaceAgent agent, byte[] original) {
        assertThat(AgentFileParser.toBytes(agent.document())).as("bytes written back for %s", agent.path()).isEqualTo(original);
    }

    @Test
    void loadsABomFileAsAnAgentWithTheBomProblemAndKeepsTheBom() throws IOException {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(agent("bom-agent")));
        fixture.write(".claude/agents/bom.md", bytes);

        WorkspaceAgent loaded = only(WorkspaceLoader.load(dir), "bom.md");

        assertThat(loaded.document().hasBom()).isTrue();
        assertThat(ruleIds(loaded)).contains(CodecRules.BOM);
        assertThat(loaded.name()).isEqualTo("bom-agent");
        assertRoundTrips(loaded, bytes);
    }

    @Test
    void readsCrlfFilesAndKeepsTheirLineEndings() throws IOException {
        byte[] bytes = utf8(agent("crlf-agent").replace("\n", "\r\n"));
        fixture.write(".claude/agents/crlf.md", bytes);

        WorkspaceAgent loaded = only(WorkspaceLoader.load(dir), "crlf.md");

        assertThat(loaded.document().lineEnding()).isEqualTo(LineEnding.CRLF);
        assertThat(loaded.description()).isEqualTo("Use for crlf-agent work.");
        assertThat(loaded.document().problems()).isEmpty();
        assertRoundTrips(loaded, bytes);
    }

    @Test
    void readsACrlfFileWhoseLastLineEndsInALoneCr() throws IOException {
        byte[] bytes = utf8("---\r\nname: lone-cr\r\ndescription: Ends oddly.\r\n---\r\nBody line\r\nLast line\r");
        fixture.write(".claude/agents/lone-cr.md", bytes);

        WorkspaceAgent loaded = only(WorkspaceLoader.load(dir), "lone-cr.md");

        assertThat(loaded.name()).isEqualTo("lone-cr");
        assertThat(loaded.document().body()).isEqualTo("Body line\r\nLast line\r");
        assertRoundTrips(loaded, bytes);
    }

    @Test
    void readsAFileWithoutAFinalNewline() throws IOException {
        byte[] bytes = utf8("---\nname: no-eol\ndescription: No final newline.\n---\nThe end");
        fixture.write(".claude/agents/no-eol.md", bytes);

        WorkspaceAgent loaded = only(WorkspaceLoader.load(dir), "no-eol.md");

        assertThat(loaded.name()).isEqualTo("no-eol");
        assertThat(loaded.document().body()).isEqualTo("The end");
        assertRoundTrips(loaded, bytes);
    }

    @Test
    void readsAFileWhoseFrontmatterEndsTheFileWithoutANewline() throws IOException {
        byte[] bytes = utf8("---\nname: fence-at-end\ndescription: Nothing after the fence.\n---");
        fixture.write(".claude/agents/fence-at-end.md", bytes);

        WorkspaceAgent loaded = only(WorkspaceLoader.load(dir), "fence-at-end.md");

        assertThat(loaded.document().state()).isEqualTo(FrontmatterState.CLOSED);
        assertThat(loaded.name()).isEqualTo("fence-at-end");
        assertThat(loaded.document().body()).isEmpty();
        assertRoundTrips(loaded, bytes);
    }

    @Test
    void loadsAnUnclosedFrontmatterAsAnAgentWithItsProblem() throws IOException {
        byte[] bytes = utf8("---\nname: unclosed\ndescription: Never closed.\n\nYou are unclosed.\n");
        fixture.write(".claude/agents/unclosed.md", bytes);

        WorkspaceAgent loaded = only(WorkspaceLoader.load(dir), "unclosed.md");

        assertThat(loaded.document().state()).isEqualTo(FrontmatterState.UNCLOSED);
        assertThat(ruleIds(loaded)).contains(CodecRules.UNCLOSED_FRONTMATTER);
        assertThat(loaded.name()).as("falls back to the file name").isEqualTo("unclosed");
        assertRoundTrips(loaded, bytes);
    }

    @Test
    void keepsInvalidUtf8BytesAndWritesThemBackExactly() throws IOException {
        // "caf\xE9" is cp1252/latin-1, "\xC3\x28" a broken two-byte sequence, "\xFF" never valid in UTF-8.
        byte[] bytes = concat(utf8("---\nname: latin\ndescription: Caf"), new byte[] {(byte) 0xE9},
                utf8(" menu\n---\nBroken "), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF}, utf8(" bytes and caf\u00e9 in UTF-8\n"));
        fixture.write(".claude/agents/latin.md", bytes);

        WorkspaceAgent loaded = only(WorkspaceLoader.load(dir), "latin.md");

        assertThat(loaded.document().invalidUtf8Bytes()).isEqualTo(3);
        assertThat(ruleIds(loaded)).contains(CodecRules.INVALID_UTF8);
        assertThat(loaded.name()).isEqualTo("latin");
        assertRoundTrips(loaded, bytes);
    }

    @Test
    void reportsAFileOverTheSizeLimitAndStillLoadsTheRest() throws IOException {
        byte[] huge = new byte[6 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'x');
        byte[] header = utf8(agent("huge"));
        System.arraycopy(header, 0, huge, 0, header.length);
        Path hugeFile = fixture.write(".claude/agents/huge.md", huge);
        fixture.write(".claude/agents/small.md", agent("small"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("small");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(WorkspaceLoader.TOO_LARGE_RULE);
            assertThat(p.file()).isEqualTo(hugeFile);
            assertThat(p.message()).contains("6.0 MB").contains("5 MB");
        });
    }

    @Test
    void loadsAFileOfExactlyTheSizeLimit() throws IOException {
        byte[] bytes = new byte[(int) WorkspaceLoader.MAX_FILE_BYTES];
        Arrays.fill(bytes, (byte) 'y');
        byte[] header = utf8(agent("at-limit"));
        System.arraycopy(header, 0, bytes, 0, header.length);
        fixture.write(".claude/agents/at-limit.md", bytes);

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.problems()).isEmpty();
        assertRoundTrips(only(workspace, "at-limit.md"), bytes);
    }

    @Test
    void reportsABinaryFileAndLeavesItAlone() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Path binary = fixture.write(".claude/agents/image.md", png);
        fixture.write(".claude/agents/text.md", agent("text"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("text");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(WorkspaceLoader.BINARY_RULE);
            assertThat(p.file()).isEqualTo(binary);
        });
    }

    @Test
    void reportsUtf16TextWithoutNulBytesAsNotUtf8AndLeavesItAlone() throws IOException {
        byte[] wide = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "日本語のエージェント".getBytes(StandardCharsets.UTF_16BE));
        Path file = fixture.write(".claude/agents/wide.md", wide);

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).isEmpty();
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(WorkspaceLoader.BINARY_RULE);
            assertThat(p.file()).isEqualTo(file);
            assertThat(p.message()).contains("UTF-16").contains("not UTF-8").contains("left alone");
        });
    }

    @Test
    void reportsASymlinkLoopAndLoadsTheOtherAgents() throws IOException {
        fixture.write(".claude/agents/real.md", agent("real"));
        Path link = dir.resolve(".claude/agents/again");
        Symlinks.link(link, dir.resolve(".claude"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("real");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(WorkspaceScanner.LOOP_RULE);
            assertThat(p.file()).isEqualTo(link);
        });
    }

    @Test
    void followsASymlinkedAgentsFolder() throws IOException {
        fixture.write("shared-agents/linked.md", agent("linked"));
        Files.createDirectories(dir.resolve(".claude"));
        Symlinks.link(dir.resolve(".claude/agents"), dir.resolve("shared-agents"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(a -> a.relativePath().toString().replace('\\', '/'))
                .containsExactly(".claude/agents/linked.md");
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void keepsAFileLinkedIntoTwoToolsOncePerTool() throws IOException {
        fixture.write("library/shared.md", "You are shared.\n");
        fixture.write(".claude/agents/.keep.md", "");
        fixture.write(".gemini/agents/.keep.md", "");
        Symlinks.link(dir.resolve(".claude/agents/shared.md"), dir.resolve("library/shared.md"));
        Symlinks.link(dir.resolve(".gemini/agents/shared.md"), dir.resolve("library/shared.md"));
        Symlinks.link(dir.resolve(".claude/agents/again.md"), dir.resolve("library/shared.md"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(a -> a.relativePath().toString().replace('\\', '/'))
                .containsExactly(".claude/agents/again.md", ".gemini/agents/shared.md");
    }

    @Test
    void reportsADanglingSymlinkAsAProblem() throws IOException {
        fixture.write(".claude/agents/real.md", agent("real"));
        Path link = dir.resolve(".claude/agents/gone.md");
        Symlinks.link(link, dir.resolve("nowhere/gone.md"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("real");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(WorkspaceScanner.UNREADABLE_RULE);
            assertThat(p.file()).isEqualTo(link);
            assertThat(p.message()).contains("does not exist");
        });
    }

    @Test
    void reportsAFifoAndLoadsTheRestWithoutOpeningIt() throws IOException {
        fixture.write(".claude/agents/real.md", agent("real"));
        Path fifo = Fifos.make(dir.resolve(".claude/agents/pipe.md"));

        Workspace workspace = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> WorkspaceLoader.load(dir));

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("real");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(WorkspaceScanner.NOT_REGULAR_RULE);
            assertThat(p.file()).isEqualTo(fifo);
            assertThat(p.message()).contains("not a regular file").contains("skipped");
        });
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> WorkspaceLoader.reload(dir, fifo))
                .isInstanceOf(IOException.class).hasMessageContaining("not a regular file"));
    }

    @Test
    void openingAWorkspaceDeletesTheStaleTemporaryFilesOfKilledSaves() throws IOException {
        fixture.write(".claude/agents/real.md", agent("real"));
        StaleTempFiles inAgents = StaleTempFiles.in(dir.resolve(".claude/agents"));
        StaleTempFiles inSubfolder = StaleTempFiles.in(dir.resolve("team/agents"));

        Workspace workspace = WorkspaceLoader.load(dir);

        inAgents.assertOnlyTheStaleOnesAreGone();
        inSubfolder.assertOnlyTheStaleOnesAreGone();
        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("real");
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void loadsAnEmptyFileInAnAgentsFolderWithTheEmptyFileProblem() throws IOException {
        fixture.write(".claude/agents/empty.md", new byte[0]);

        Workspace workspace = WorkspaceLoader.load(dir);

        WorkspaceAgent loaded = only(workspace, "empty.md");
        assertThat(ruleIds(loaded)).containsExactly(CodecRules.EMPTY_FILE);
        assertThat(loaded.name()).isEqualTo("empty");
        assertRoundTrips(loaded, new byte[0]);
    }

    @Test
    void reportsAnUnreadableFileAndLoadsTheRest() throws IOException {
        Path locked = fixture.write(".claude/agents/locked.md", agent("locked"));
        fixture.write(".claude/agents/open.md", agent("open"));
        try {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        } catch (UnsupportedOperationException e) {
            abort("No POSIX permissions on this file system; the unreadable-file test is skipped");
        }
        assumeTrue(!Files.isReadable(locked),
                "Running as root (or with CAP_DAC_OVERRIDE): a chmod 000 file is still readable, so the unreadable-file test is skipped");

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("open");
        assertThat(workspace.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(WorkspaceScanner.UNREADABLE_RULE);
            assertThat(p.file()).isEqualTo(locked);
        });
    }

    @Test
    void ignoresMarkdownWithoutFrontmatterOutsideAnAgentsFolder() throws IOException {
        fixture.write("docs/notes.md", "# Notes\n\nJust notes.\n");
        fixture.write("docs/guide.md", agent("guide"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("guide");
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void loadsMarkdownWithoutFrontmatterInsideAnAgentsFolderWithItsProblem() throws IOException {
        fixture.write(".claude/agents/lost.md", "You are an agent that lost its frontmatter.\n");
        fixture.write("plugin/agents/plain.md", "# Plain\n");

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactlyInAnyOrder("lost", "plain");
        assertThat(workspace.agents()).allSatisfy(a -> assertThat(ruleIds(a)).contains(CodecRules.NO_FRONTMATTER));
    }

    @Test
    void ignoresTheWritersTemporaryFilesAndHiddenFilesThatAreNoAgents() throws IOException {
        fixture.write(".claude/agents/visible.md", agent("visible"));
        fixture.write(".claude/agents/.visible.md.agent-studio-k3j2h1.tmp", agent("temp"));
        fixture.write(".claude/agents/.keep.md", "");
        fixture.write("notes/.draft.md", agent("elsewhere"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("visible");
        assertThat(workspace.problems()).isEmpty();
    }

    @Test
    void showsAHiddenAgentInAnAgentsFolderBecauseClaudeCodeLoadsIt() throws IOException {
        fixture.write(".claude/agents/visible.md", agent("visible"));
        fixture.write(".claude/agents/.draft.md", agent("draft"));

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.agents()).extracting(WorkspaceAgent::name).containsExactly("draft", "visible");
    }

    @Test
    void reloadReadsTheFileAgainAndReturnsEmptyWhenItIsGone() throws IOException {
        Path file = fixture.write(".claude/agents/changing.md", agent("before"));
        Workspace workspace = WorkspaceLoader.load(dir);
        fixture.write(".claude/agents/changing.md", agent("after"));

        assertThat(WorkspaceLoader.reload(workspace.root(), file)).get().extracting(WorkspaceAgent::name).isEqualTo("after");
        Files.delete(file);
        assertThat(WorkspaceLoader.reload(workspace.root(), file)).isEmpty();
    }

    @Test
    void saysWhetherAWorkspaceIsMissingOrAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.md"), "text");

        assertThatThrownBy(() -> WorkspaceLoader.load(dir.resolve("gone"))).hasMessageEndingWith("no such folder");
        assertThatThrownBy(() -> WorkspaceLoader.load(file)).hasMessageEndingWith("not a folder");
    }
}
