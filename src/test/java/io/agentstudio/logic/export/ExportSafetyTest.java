package io.agentstudio.logic.export;

import io.agentstudio.testing.Symlinks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an export must never do: write outside its folder, touch files that are not its own, leave a half export. */
class ExportSafetyTest {
    private static final String BODY = "You review code.\n";

    @TempDir
    Path temp;

    private Path workspace(String... names) throws IOException {
        Map<String, String> agents = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            agents.put("agent-" + i, ExportFixture.agent(names[i], "Reviews every change before it is merged into main.", BODY));
        }
        return ExportFixture.workspace(temp.resolve("ws"), agents);
    }

    private ExportReport export(Path workspace, ExportRequest request) throws IOException {
        return ExportFixture.service().run(request, ExportProgress.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'../../x'", "'/tmp/escape'", "'sub/dir'", "'..\\..\\x'", "'C:evil'", "con", "'LPT1'", "'nul.txt'"})
    void aNameThatIsNoSafeFileNameIsRejectedAndNothingLeavesTheFolder(String name) throws IOException {
        Path workspace = workspace("reviewer", name);
        Path destination = temp.resolve("deep/er/out");

        ExportReport blocked = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination));

        assertThat(blocked.outcome()).isEqualTo(ExportReport.Outcome.BLOCKED);
        assertThat(blocked.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ExportProblem.Kind.PATH);
            assertThat(p.message()).contains("is not exported").contains("cannot be a file name");
        });
        assertThat(destination).doesNotExist();

        ExportReport forced = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).forced(true));

        assertThat(forced.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(forced.forced()).isTrue();
        assertThat(ExportFixture.snapshot(temp.resolve("deep")).keySet())
                .allMatch(path -> path.startsWith("er/") || path.equals("/"))
                .contains("er/out/.claude/agents/reviewer.md");
        assertThat(ExportFixture.snapshot(destination.resolve(".claude/agents")).keySet()).containsExactly("/", "reviewer.md");
        assertThat(temp.resolve("x.md")).doesNotExist();
        assertThat(temp.resolve("escape.md")).doesNotExist();
    }

    @Test
    void filesOfOthersInTheDestinationAreLeftAlone() throws IOException {
        Path workspace = workspace("reviewer", "planner");
        Path destination = temp.resolve("project");
        ExportFixture.write(destination.resolve("README.md"), "# My project\n");
        ExportFixture.write(destination.resolve(".claude/agents/my-own.md"), ExportFixture.agent("my-own", "Mine, written by hand.", "Mine.\n"));
        ExportFixture.write(destination.resolve(".claude/settings.json"), "{}\n");
        Map<String, ExportFixture.Snapshot> before = ExportFixture.snapshot(destination);

        ExportReport report = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).cleaning(true));

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        Map<String, ExportFixture.Snapshot> after = ExportFixture.snapshot(destination);
        before.forEach((path, snapshot) -> {
            if (!path.endsWith("/")) {
                assertThat(after.get(path)).as(path).isEqualTo(snapshot);
            }
        });
        assertThat(after).containsKeys(".claude/agents/reviewer.md", ".claude/agents/planner.md", ExportManifest.FILE_NAME);
    }

    @Test
    void aFileOfSomeoneElseWhereTheExportWouldWriteBlocksEvenWhenForced() throws IOException {
        Path workspace = workspace("reviewer");
        Path destination = temp.resolve("project");
        ExportFixture.write(destination.resolve(".claude/agents/reviewer.md"), "hand-written, not ours\n");
        Map<String, ExportFixture.Snapshot> before = ExportFixture.snapshot(destination);

        ExportReport report = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).forced(true));

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.BLOCKED);
        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.forceable()).isFalse();
            assertThat(p.describe()).contains(".claude/agents/reviewer.md").contains("was not written by an earlier export");
        });
        assertThat(ExportFixture.snapshot(destination)).isEqualTo(before);
    }

    @Test
    void aSymbolicLinkLeadingOutOfTheDestinationIsNotFollowed() throws IOException {
        Path workspace = workspace("reviewer");
        Path destination = temp.resolve("project");
        Path outside = Files.createDirectories(temp.resolve("outside"));
        Files.createDirectories(destination);
        Symlinks.link(destination.resolve(".claude"), outside);

        ExportReport report = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).forced(true));

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.BLOCKED);
        assertThat(report.problems()).anySatisfy(p -> assertThat(p.message()).contains("symbolic link leading out of the destination"));
        assertThat(ExportFixture.snapshot(outside).keySet()).containsExactly("/");
    }

    @Test
    void exportingTheSameWorkspaceAgainChangesNothingNotEvenModificationTimes() throws IOException {
        Path workspace = ExportFixture.sample(temp);
        Path destination = temp.resolve("out");
        ExportRequest request = ExportRequest.into(workspace, ExportTarget.OPENCODE, destination);
        export(workspace, request);
        Map<String, ExportFixture.Snapshot> first = ExportFixture.snapshot(destination);
        backdate(destination);
        Map<String, ExportFixture.Snapshot> backdated = ExportFixture.snapshot(destination);

        ExportReport again = new ExportService(java.time.Clock.fixed(ExportFixture.NOW.plusSeconds(3600), java.time.ZoneOffset.UTC),
                "test", FileMover.ATOMIC).run(request, ExportProgress.NONE);

        assertThat(again.outcome()).isEqualTo(ExportReport.Outcome.UNCHANGED);
        assertThat(again.files()).allMatch(change -> change.kind() == FileChange.Kind.UNCHANGED);
        assertThat(ExportFixture.snapshot(destination)).isEqualTo(backdated);
        assertThat(first.keySet()).isEqualTo(backdated.keySet());
    }

    @Test
    void cleanRemovesOnlyTheFilesThePreviousExportListed() throws IOException {
        Path workspace = workspace("reviewer", "planner", "writer");
        Path destination = temp.resolve("project");
        ExportFixture.write(destination.resolve(".claude/agents/my-own.md"), ExportFixture.agent("my-own", "Mine, written by hand.", "Mine.\n"));
        export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination));
        Files.writeString(destination.resolve(".claude/agents/writer.md"), "edited by hand after the export\n");
        Files.delete(workspace.resolve(".claude/agents/agent-1.md"));
        Files.delete(workspace.resolve(".claude/agents/agent-2.md"));

        ExportReport kept = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination));
        assertThat(destination.resolve(".claude/agents/planner.md")).exists();
        assertThat(kept.files()).anySatisfy(c -> assertThat(c).isEqualTo(new FileChange(".claude/agents/planner.md", FileChange.Kind.KEEP, java.util.List.of())));

        ExportReport cleaned = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).cleaning(true));

        assertThat(cleaned.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(destination.resolve(".claude/agents/planner.md")).doesNotExist();
        assertThat(destination.resolve(".claude/agents/writer.md")).hasContent("edited by hand after the export");
        assertThat(destination.resolve(".claude/agents/my-own.md")).exists();
        assertThat(destination.resolve(".claude/agents/reviewer.md")).exists();
        assertThat(cleaned.notes()).anySatisfy(n -> assertThat(n).contains("writer.md").contains("edited since"));
        ExportManifest manifest = ExportManifest.parse(Files.readAllBytes(destination.resolve(ExportManifest.FILE_NAME))).orElseThrow();
        assertThat(manifest.files()).extracting(ExportManifest.Entry::path)
                .containsExactly(".claude/agents/reviewer.md", ".claude/agents/writer.md");
    }

    @Test
    void aFailureHalfwayLeavesTheDestinationAsItWas() throws IOException {
        Path workspace = workspace("reviewer", "planner", "writer");
        Path destination = temp.resolve("project");
        ExportFixture.write(destination.resolve("README.md"), "# Mine\n");
        export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination));
        for (String file : new String[] {"agent-0.md", "agent-1.md"}) {
            Path agent = workspace.resolve(".claude/agents/" + file);
            Files.writeString(agent, Files.readString(agent) + "One more rule.\n");
        }
        Files.delete(workspace.resolve(".claude/agents/agent-2.md"));
        ExportFixture.write(workspace.resolve(".claude/agents/agent-3.md"), ExportFixture.agent("tester", "Writes the tests a change lacks before merging.", BODY));
        ExportFixture.write(workspace.resolve(".claude/agents/sub/agent-4.md"), ExportFixture.agent("fixer", "Fixes what the tests find before merging it.", BODY));
        Map<String, ExportFixture.Snapshot> before = ExportFixture.snapshot(destination);
        AtomicInteger moves = new AtomicInteger();
        FileMover failsOnTheFourthMove = (source, target) -> {
            if (moves.incrementAndGet() == 4) {
                throw new IOException("disk full");
            }
            FileMover.ATOMIC.move(source, target);
        };

        ExportRequest request = ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).cleaning(true);
        assertThatThrownBy(() -> ExportFixture.service(failsOnTheFourthMove).run(request, ExportProgress.NONE))
                .isInstanceOf(ExportWriteException.class)
                .hasMessageContaining("disk full").hasMessageContaining("the destination was left as it was");

        assertThat(moves.get()).isEqualTo(4);
        assertThat(ExportFixture.snapshot(destination)).isEqualTo(before);
    }

    @Test
    void aFailedFirstExportRemovesTheFoldersItCreated() throws IOException {
        Path workspace = workspace("reviewer", "planner");
        Path destination = temp.resolve("new/project");
        FileMover failsOnTheSecondMove = new FileMover() {
            private int moves;

            @Override
            public void move(Path source, Path target) throws IOException {
                if (++moves == 2) {
                    throw new IOException("device unplugged");
                }
                FileMover.ATOMIC.move(source, target);
            }
        };

        assertThatThrownBy(() -> ExportFixture.service(failsOnTheSecondMove).run(ExportRequest.into(workspace, ExportTarget.GEMINI, destination), ExportProgress.NONE))
                .isInstanceOf(ExportWriteException.class);

        assertThat(temp.resolve("new")).doesNotExist();
    }

    @Test
    void errorsInTheWorkspaceBlockTheExportAndForceOverridesThemOnRecord() throws IOException {
        Path workspace = ExportFixture.workspace(temp.resolve("ws"), Map.of(
                "reviewer", ExportFixture.agent("reviewer", "Reviews every change before it is merged into main.", BODY),
                "broken", "---\nname: broken\n---\n\nNo description, so Claude Code skips me.\n"));
        Path destination = temp.resolve("out");

        ExportReport blocked = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination));

        assertThat(blocked.outcome()).isEqualTo(ExportReport.Outcome.BLOCKED);
        assertThat(blocked.problems()).anySatisfy(p -> {
            assertThat(p.kind()).isEqualTo(ExportProblem.Kind.SOURCE);
            assertThat(p.describe()).contains(".claude/agents/broken.md").contains("description-missing");
        });
        assertThat(destination).doesNotExist();

        ExportReport forced = export(workspace, ExportRequest.into(workspace, ExportTarget.CLAUDE, destination).forced(true));

        assertThat(forced.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        assertThat(forced.forced()).isTrue();
        assertThat(ExportReportText.render(forced)).contains("forced past").contains("Forced past these problems (--force):")
                .contains("description-missing");
        assertThat(destination.resolve(".claude/agents/broken.md")).exists();
    }

    @Test
    void aDryRunListsWhatWouldChangeWithDiffsAndWritesNothing() throws IOException {
        Path workspace = workspace("reviewer", "planner");
        Path destination = temp.resolve("out");
        export(workspace, ExportRequest.into(workspace, ExportTarget.CURSOR, destination));
        Path reviewer = workspace.resolve(".claude/agents/agent-0.md");
        Files.writeString(reviewer, Files.readString(reviewer).replace("You review code.", "You review code kindly."));
        Files.delete(workspace.resolve(".claude/agents/agent-1.md"));
        ExportFixture.write(workspace.resolve(".claude/agents/agent-2.md"), ExportFixture.agent("tester", "Writes the tests a change lacks before merging.", BODY));
        Map<String, ExportFixture.Snapshot> before = ExportFixture.snapshot(destination);

        ExportReport dryRun = export(workspace, ExportRequest.into(workspace, ExportTarget.CURSOR, destination).cleaning(true).asDryRun());

        assertThat(dryRun.outcome()).isEqualTo(ExportReport.Outcome.DRY_RUN);
        assertThat(dryRun.files()).extracting(FileChange::path, FileChange::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(".cursor/agents/reviewer.md", FileChange.Kind.CHANGE),
                org.assertj.core.groups.Tuple.tuple(".cursor/agents/tester.md", FileChange.Kind.CREATE),
                org.assertj.core.groups.Tuple.tuple(".cursor/agents/planner.md", FileChange.Kind.REMOVE),
                org.assertj.core.groups.Tuple.tuple(ExportManifest.FILE_NAME, FileChange.Kind.CHANGE));
        assertThat(dryRun.files().get(0).diff()).contains("-You review code.", "+You review code kindly.");
        assertThat(ExportFixture.snapshot(destination)).isEqualTo(before);
    }

    @Test
    void aZipHoldsTheFilesAndTheManifest() throws IOException {
        Path workspace = workspace("reviewer");
        Path zip = temp.resolve("export.zip");

        ExportReport report = export(workspace, new ExportRequest(workspace, ExportTarget.COPILOT, null, zip, false, false, false, null, null));

        assertThat(report.outcome()).isEqualTo(ExportReport.Outcome.WRITTEN);
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(file.stream().map(java.util.zip.ZipEntry::getName).toList())
                    .containsExactly(".github/agents/reviewer.agent.md", ExportManifest.FILE_NAME);
        }
    }

    private static void backdate(Path root) throws IOException {
        java.nio.file.attribute.FileTime past = java.nio.file.attribute.FileTime.from(ExportFixture.NOW.minusSeconds(86400));
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(path, past);
            }
        }
    }
}
