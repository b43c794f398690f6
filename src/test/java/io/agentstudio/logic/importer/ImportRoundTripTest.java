package io.agentstudio.logic.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.export.AgentExport;
import io.agentstudio.logic.export.ExportReport;
import io.agentstudio.logic.export.ExportRequest;
import io.agentstudio.logic.export.ExportService;
import io.agentstudio.logic.export.ExportTarget;
import io.agentstudio.logic.export.FieldFate;
import io.agentstudio.logic.export.FieldOutcome;
import io.agentstudio.logic.export.FileMover;
import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.FrontmatterField;
import io.agentstudio.model.GraphEdge;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claude Code -> each target -> Claude Code: representative agents exported with the export service and imported back.
 * What the target carries comes back equal (name, description, body, tools, model, delegations and the other fields
 * where it has them); what it cannot carry was reported by the export as dropped or kept in prose, never silently lost.
 */
class ImportRoundTripTest {
    /** Delegates by Agent(reviewer) and in a section of its prose; a full model id every model-carrying target offers. */
    static final String LEAD = """
            ---
            name: lead
            description: Leads a change from plan to review. Use proactively for multi-step work.
            tools: Read, Grep, Glob, Write, Edit, Bash, WebFetch, WebSearch, Agent(reviewer)
            model: claude-opus-5
            category: coordination
            ---

            You lead the change. Plan it, write it, and hand it over.

            ## Delegates To
            - `reviewer`: reviews every change before it is done
            """;
    /** Read-only tools, a model alias, turns and a colour. */
    static final String REVIEWER = """
            ---
            name: reviewer
            description: Reviews a change for bugs and style. Use after every change.
            tools: Read, Grep, Glob
            model: sonnet
            maxTurns: 12
            color: blue
            ---

            You review changes. Read the diff, find bugs, say what to fix.
            """;
    /** No tools list (every tool), model inherit, effort, background. */
    static final String WRITER = """
            ---
            name: writer
            description: Writes documentation for a finished change.
            model: inherit
            effort: high
            background: true
            ---

            You write documentation that a newcomer can follow.
            """;
    private static final Map<String, String> AGENTS = Map.of("lead", LEAD, "reviewer", REVIEWER, "writer", WRITER);
    private static final Set<String> READ_ONLY = Set.of("Read", "Grep", "Glob", "WebFetch", "WebSearch");

    @TempDir
    Path temp;

    @ParameterizedTest
    @EnumSource(value = ExportTarget.class, names = "CLAUDE", mode = EnumSource.Mode.EXCLUDE)
    void whatTheTargetCarriesComesBackAndTheRestWasReported(ExportTarget target) throws IOException {
        Path workspace = temp.resolve("workspace");
        for (Map.Entry<String, String> agent : AGENTS.entrySet()) {
            write(workspace.resolve(".claude/agents/" + agent.getKey() + ".md"), agent.getValue());
        }
        Path exported = temp.resolve("exported");
        ExportReport export = new ExportService(Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC), "test",
                FileMover.ATOMIC).run(ExportRequest.into(workspace, target, exported), (step, fraction) -> { });
        assertThat(export.problems()).as("export problems").isEmpty();

        ImportSource from = ImportSource.fromId(target.id()).orElseThrow();
        assertThat(ImportSource.guess(exported)).as("the tool guessed from the exported folder").contains(from);
        Path back = temp.resolve("back/.claude/agents");
        ImportReport report = new ImportService().run(new ImportRequest(exported, from, back, false, false));
        assertThat(report.agents()).as(ImportReportText.render(report)).allMatch(ImportedAgent::imported).hasSize(AGENTS.size());

        for (ImportedAgent agent : report.agents()) {
            assertThat(agent.fields()).extracting(FieldOutcome::field).as(target.id() + " " + agent.source()
                    + ": every field of the exported file has a line in the import report").containsAll(keys(exported.resolve(agent.source())));
        }
        for (String name : AGENTS.keySet()) {
            AgentDocument original = AgentFileParser.parse(AGENTS.get(name));
            AgentDocument again = AgentFileParser.parse(Files.readAllBytes(back.resolve(name + ".md")));
            Map<String, FieldOutcome> exportedFields = fields(export, name);
            String where = target.id() + " " + name;
            assertThat(again.string("name")).as(where).contains(name);
            assertThat(again.string("description")).as(where).isEqualTo(original.string("description"));
            assertThat(again.body()).as(where + " body").isEqualTo(original.body());
            tools(target, original, again, where);
            model(target, original, again, exportedFields, where);
            for (FrontmatterField field : original.fields()) {
                FieldOutcome outcome = exportedFields.get(field.key());
                assertThat(outcome).as(where + ": the export reports " + field.key()).isNotNull();
                if (Set.of("name", "description", "tools", "model").contains(field.key())) {
                    continue;
                }
                if (outcome.fate() == FieldFate.COPIED || outcome.fate() == FieldFate.TRANSLATED) {
                    assertThat(again.value(field.key()).map(String::valueOf)).as(where + " " + field.key() + " was carried")
                            .isEqualTo(original.value(field.key()).map(String::valueOf));
                } else {
                    assertThat(outcome.fate()).as(where + " " + field.key()).isIn(FieldFate.DROPPED, FieldFate.PROSE_ONLY);
                }
            }
        }
        assertThat(delegations(workspace)).contains("lead -> reviewer");
        assertThat(delegations(back.getParent().getParent())).as(target.id() + " delegations")
                .isEqualTo(delegations(workspace));

    }

    /** The tools come back equal where the target has a tool list; where it has only read-only, as read-only. */
    private static void tools(ExportTarget target, AgentDocument original, AgentDocument again, String where) {
        Optional<Set<String>> before = original.value("tools").map(v -> new TreeSet<>(NameList.from(v)));
        Optional<Set<String>> after = again.value("tools").map(v -> new TreeSet<>(NameList.from(v)));
        switch (target) {
            case CLAUDE_PLUGIN, OPENCODE, COPILOT -> assertThat(after).as(where + " tools").isEqualTo(before);
            case GEMINI -> assertThat(after).as(where + " tools (no Agent: Gemini subagents cannot call subagents)")
                    .isEqualTo(before.map(tools -> withoutAgent(tools)));
            default -> {
                boolean readOnly = before.filter(READ_ONLY::containsAll).isPresent();
                assertThat(after.filter(READ_ONLY::containsAll).isPresent()).as(where + " read-only").isEqualTo(readOnly);
                assertThat(after.isPresent()).as(where + " limited tools only when read-only").isEqualTo(readOnly);
            }
        }
    }

    private static Set<String> withoutAgent(Set<String> tools) {
        Set<String> without = new TreeSet<>(tools);
        without.removeIf(tool -> tool.startsWith("Agent"));
        return without;
    }

    /**
     * The model comes back where the target carries Claude models: as written when the export copied it, as the id the
     * export translated it to otherwise; {@code inherit} is what no model means. Gemini and Codex drop it.
     */
    private static void model(ExportTarget target, AgentDocument original, AgentDocument again, Map<String, FieldOutcome> fields,
                              String where) {
        String before = original.string("model").orElse("inherit");
        String after = again.string("model").orElse("inherit");
        FieldOutcome outcome = fields.get("model");
        if (outcome.fate() == FieldFate.COPIED || before.equals("inherit")) {
            assertThat(after).as(where + " model").isEqualTo(before);
        } else if (outcome.fate() == FieldFate.TRANSLATED) {
            assertThat(after).as(where + " model, translated by the export: " + outcome.detail())
                    .startsWith("claude-" + (before.equals("sonnet") ? "sonnet" : "")).isNotEqualTo("inherit");
        } else {
            assertThat(target).as(where + " model dropped").isIn(ExportTarget.GEMINI, ExportTarget.CODEX);
            assertThat(after).as(where + " model").isEqualTo("inherit");
        }
    }

    /** The keys of an exported agent file: its frontmatter's, or a Codex TOML file's. */
    private static Set<String> keys(Path file) throws IOException {
        if (file.toString().endsWith(".toml")) {
            return new TomlMapper().readValue(file.toFile(), new TypeReference<Map<String, Object>>() { }).keySet();
        }
        Set<String> keys = new TreeSet<>();
        AgentFileParser.parse(Files.readAllBytes(file)).fields().forEach(field -> keys.add(field.key()));
        return keys;
    }

    private static Map<String, FieldOutcome> fields(ExportReport report, String name) {
        AgentExport agent = report.agents().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
        Map<String, FieldOutcome> fields = new TreeMap<>();
        agent.fields().forEach(field -> fields.putIfAbsent(field.field(), field));
        return fields;
    }

    /** Who hands work to whom (delegation sections, prose, Agent(...)), as the studio's graph reads the agents. */
    static Set<String> delegations(Path workspace) throws IOException {
        Set<String> edges = new HashSet<>();
        for (GraphEdge edge : GraphExtractor.extract(WorkspaceLoader.load(workspace)).edges()) {
            if (edge.kind() != EdgeKind.MENTIONS && !edge.to().isGhost() && !edge.from().isSkill() && !edge.to().isSkill()) {
                edges.add(edge.from().name() + " -> " + edge.to().name());
            }
        }
        return edges;
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
