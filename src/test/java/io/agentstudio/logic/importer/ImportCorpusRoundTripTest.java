package io.agentstudio.logic.importer;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.export.AgentExport;
import io.agentstudio.logic.export.ExportProgress;
import io.agentstudio.logic.export.ExportReport;
import io.agentstudio.logic.export.ExportRequest;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.FileMover;
import io.agentstudio.logic.export.PreparedWorkspace;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every collection of the shared corpus exported (forced) to every target and imported back: every exported agent is
 * found again, each is imported or refused with a reason, and an imported agent keeps its description and its prompt
 * (up to the line ends Copilot writes and the leading blank lines Codex drops). Prints the numbers.
 */
@CorpusTest
class ImportCorpusRoundTripTest {
    @TempDir
    Path temp;

    @Test
    void everyExportedAgentComesBackOrIsRefusedForAReason() throws IOException {
        List<Path> collections;
        try (Stream<Path> list = Files.list(SharedFiles.corpus())) {
            collections = list.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(collections).isNotEmpty();
        ExportService exports = new ExportService(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC), "test",
                FileMover.ATOMIC, root -> new StudioStateDirectory(temp.resolve("state").resolve(root.getFileName().toString())));
        StringBuilder table = new StringBuilder("collection | target | exported | imported | refused (first reason)\n");
        int run = 0;
        for (Path collection : collections) {
            PreparedWorkspace prepared = PreparedWorkspace.load(collection);
            for (ExportTarget target : ExportTarget.values()) {
                if (target == ExportTarget.CLAUDE) {
                    continue;
                }
                Path exported = temp.resolve("out-" + run);
                ExportReport export = exports.run(ExportRequest.into(collection, target, exported).forced(true), prepared, ExportProgress.NONE);
                ImportReport back = new ImportService().run(new ImportRequest(exported, ImportSource.fromId(target.id()).orElseThrow(),
                        temp.resolve("back-" + run++), false, false));
                Map<String, AgentExport> byOutput = new HashMap<>();
                export.agents().stream().filter(AgentExport::exported).forEach(agent -> byOutput.put(agent.output(), agent));
                String where = collection.getFileName() + " " + target.id();
                assertThat(back.agents()).as(where + ": every exported agent is found").hasSize(byOutput.size());
                for (ImportedAgent agent : back.agents()) {
                    if (!agent.imported()) {
                        assertThat(agent.refused()).as(where + " " + agent.source()).isNotBlank();
                        continue;
                    }
                    AgentExport source = byOutput.get(agent.source());
                    assertThat(source).as(where + ": " + agent.source() + " was exported").isNotNull();
                    AgentDocument original = AgentFileParser.parse(Files.readAllBytes(collection.resolve(source.source())));
                    AgentDocument again = AgentFileParser.parse(agent.bytes());
                    original.string("description").ifPresent(description ->
                            assertThat(again.string("description")).as(where + " " + agent.source()).contains(description));
                    assertThat(prompt(again.body())).as(where + " " + agent.source() + " body").isEqualTo(prompt(original.body()));
                }
                table.append(collection.getFileName()).append(" | ").append(target.id()).append(" | ").append(byOutput.size())
                        .append(" | ").append(back.importedCount()).append(" | ").append(back.refusedCount())
                        .append(back.agents().stream().filter(a -> !a.imported()).findFirst().map(a -> " (" + a.refused() + ")").orElse(""))
                        .append('\n');
            }
        }
        System.out.println(table);
    }

    /** The prompt as every target keeps it: LF line ends, without the blank lines before it. */
    private static String prompt(String body) {
        return body.replace("\r\n", "\n").replace('\r', '\n').replaceFirst("^\n+", "");
    }
}
