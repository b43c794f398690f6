package io.agentstudio.logic.workspace;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.model.CodecRules;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.Problem;
import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real collections in {@code ../shared} (next to the project root): every agent file loads, and nothing the
 * studio does without an edit changes a byte. Skipped where the shared folder is not present.
 */
@CorpusTest
class SharedCorpusTest {
    private static Path corpusFolder;
    private static Path seedFolder;

    @TempDir
    Path dir;

    /** Skipped with a message where ../shared is absent, and failed there when CI=true. */
    @BeforeAll
    static void requireShared() {
        corpusFolder = SharedFiles.corpus();
        seedFolder = SharedFiles.seeds();
    }

    @Test
    void loadsEveryAgentFileOfTheCorpusAndKeepsEachByteForByte() throws IOException {
        Workspace workspace = WorkspaceLoader.load(corpusFolder);

        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.agents()).hasSize(343);
        for (WorkspaceAgent agent : workspace.agents()) {
            assertThat(AgentFileParser.toBytes(agent.document())).as("%s", agent.relativePath())
                    .isEqualTo(Files.readAllBytes(agent.path()));
        }
        Map<Dialect, Long> dialects = workspace.agents().stream()
                .collect(Collectors.groupingBy(WorkspaceAgent::dialect, Collectors.counting()));
        assertThat(dialects).containsEntry(Dialect.GEMINI, 17L).containsEntry(Dialect.CLAUDE_CODE, 326L);
    }

    @Test
    void skipsTheCorpusDocumentsThatAreNotAgents() throws IOException {
        List<String> loaded = WorkspaceLoader.load(corpusFolder).agents().stream()
                .map(a -> a.path().getFileName().toString()).toList();

        assertThat(loaded).doesNotContain("SOURCES.md", "LICENSE.md", "LICENSE");
    }

    @Test
    void savingEveryUneditedCorpusFileWritesNothing() throws IOException {
        Path copy = dir.resolve("corpus");
        SharedFiles.copyTree(corpusFolder, copy);
        Workspace workspace = WorkspaceLoader.load(copy);
        AgentFileStore store = new AgentFileStore();

        for (WorkspaceAgent agent : workspace.agents()) {
            byte[] before = Files.readAllBytes(agent.path());
            SaveResult result = store.save(agent, AgentFileParser.parse(agent.document().text()));
            assertThat(result).as("%s", agent.relativePath()).isInstanceOfSatisfying(SaveResult.Saved.class,
                    saved -> assertThat(saved.written()).isFalse());
            assertThat(agent.path()).hasBinaryContent(before);
        }
    }

    @Test
    void loadsTheSeedsAsAgentsAndKeepsTheirBytes() throws IOException {
        Path agents = Files.createDirectories(dir.resolve(".claude/agents"));
        List<Path> seeds;
        try (Stream<Path> files = Files.list(seedFolder)) {
            seeds = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path seed : seeds) {
            Files.copy(seed, agents.resolve(seed.getFileName().toString().replace(".txt", ".md")));
        }

        Workspace workspace = WorkspaceLoader.load(dir);

        assertThat(workspace.problems()).isEmpty();
        assertThat(workspace.agents()).hasSize(seeds.size());
        for (WorkspaceAgent agent : workspace.agents()) {
            Path seed = seedFolder.resolve(agent.path().getFileName().toString().replace(".md", ".txt"));
            assertThat(AgentFileParser.toBytes(agent.document())).as("%s", seed).isEqualTo(Files.readAllBytes(seed));
        }
        assertThat(workspace.agents()).filteredOn(a -> a.path().getFileName().toString().startsWith("003_")).singleElement()
                .satisfies(a -> assertThat(a.document().problems()).extracting(Problem::ruleId).contains(CodecRules.NO_FRONTMATTER));
    }
}
