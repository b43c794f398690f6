package io.agentstudio.logic.startup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SampleWorkspaceTest {
    @TempDir
    Path data;

    @Test
    void theIndexListsExactlyTheBundledFiles() throws IOException, URISyntaxException {
        Path bundled = Path.of(SampleWorkspace.class.getResource(SampleWorkspace.RESOURCE_FOLDER).toURI());
        List<String> onDisk;
        try (Stream<Path> files = Files.walk(bundled)) {
            onDisk = files.filter(Files::isRegularFile).map(f -> bundled.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }

        assertThat(SampleWorkspace.bundledFiles()).containsExactlyInAnyOrderElementsOf(onDisk);
    }

    @Test
    void theFirstStartCopiesEveryBundledFile() throws IOException {
        SampleWorkspace sample = new SampleWorkspace(data);

        Path copy = sample.ensureCopy();

        assertThat(copy).isEqualTo(data.resolve("sample-workspace"));
        for (String file : SampleWorkspace.bundledFiles()) {
            try (InputStream original = SampleWorkspace.class.getResourceAsStream(SampleWorkspace.RESOURCE_FOLDER + file)) {
                assertThat(Files.readAllBytes(copy.resolve(file))).as(file).isEqualTo(original.readAllBytes());
            }
        }
        try (Stream<Path> leftovers = Files.list(data)) {
            assertThat(leftovers).as("no staging folder is left behind").containsExactly(copy);
        }
    }

    @Test
    void theSecondStartLeavesTheUsersEditsAlone() throws IOException {
        SampleWorkspace sample = new SampleWorkspace(data);
        Path copy = sample.ensureCopy();
        Path reviewer = copy.resolve(".claude/agents/code-reviewer.md");
        Files.writeString(reviewer, "my own reviewer");
        Files.delete(copy.resolve(".claude/agents/planner.md"));

        new SampleWorkspace(data).ensureCopy();

        assertThat(Files.readString(reviewer)).isEqualTo("my own reviewer");
        assertThat(copy.resolve(".claude/agents/planner.md")).doesNotExist();
    }

    @Test
    void aCopyInterruptedEarlierIsReplacedByAWholeOne() throws IOException {
        Path partial = Files.createDirectories(data.resolve("sample-workspace.partial/.claude/agents"));
        Files.writeString(partial.resolve("half-written.md"), "---\nname: half");

        Path copy = new SampleWorkspace(data).ensureCopy();

        assertThat(copy.resolve(".claude/agents/half-written.md")).doesNotExist();
        assertThat(copy.resolve(".claude/agents/tech-lead.md")).exists();
        assertThat(data.resolve("sample-workspace.partial")).doesNotExist();
    }

    @Test
    void aDeletedCopyIsMadeAgain() throws IOException {
        SampleWorkspace sample = new SampleWorkspace(data);
        Path copy = sample.ensureCopy();
        try (Stream<Path> paths = Files.walk(copy)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        sample.ensureCopy();

        assertThat(copy.resolve(".claude/agents/tech-lead.md")).exists();
    }

    @Test
    void recognisesItsCopyWhateverThePathSpelling() {
        SampleWorkspace sample = new SampleWorkspace(data);

        assertThat(sample.isCopy(data.resolve("x/../sample-workspace"))).isTrue();
        assertThat(sample.isCopy(data.resolve("elsewhere"))).isFalse();
    }
}
