package io.agentstudio.logic.validation;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.Severity;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Acceptance on the real collections in ../shared (skipped where absent): each collection checked as its own
 * workspace, as a user would open it. The known problems are found; the clean collections give no error. The counts
 * per rule are printed for the record.
 */
@CorpusTest
class CorpusValidationTest {
    private static final String VIJAY = "vijaythecoder__awesome-claude-agents";

    private static WorkspaceValidation validate(String collection) throws IOException {
        Workspace workspace = WorkspaceLoader.load(SharedFiles.collection(collection));
        WorkspaceValidation validation = WorkspaceValidation.of(workspace, RuleCatalog.standard());
        Map<String, Long> counts = validation.findings().stream()
                .collect(Collectors.groupingBy(f -> f.ruleId() + " (" + f.severity().label() + ")", TreeMap::new, Collectors.counting()));
        System.out.println(collection + ": " + workspace.agents().size() + " agents, findings per rule " + counts);
        return validation;
    }

    /** The findings as reports show them: each problem and the titles of its fixes (a fix's edit is code). */
    private static List<ReportedFinding> reported(WorkspaceValidation validation) {
        return validation.findings().stream().map(ReportedFinding::of).toList();
    }

    private static List<String> ruleIdsOf(WorkspaceValidation validation, String relative, String collection) {
        return validation.findings(SharedFiles.collection(collection).resolve(relative)).stream().map(Finding::ruleId).toList();
    }

    /** The command line's validation keeps no body; on every real file it must find exactly what the studio finds. */
    @Test
    void theCommandLinesValidationMadeOnceFindsWhatTheStudioFindsOnTheWholeCorpus() throws IOException {
        Path corpus = SharedFiles.corpus();
        WorkspaceValidation live = WorkspaceValidation.of(WorkspaceLoader.load(corpus), RuleCatalog.standard());
        WorkspaceValidation once = WorkspaceValidation.once(corpus, WorkspaceScanner.scan(corpus), RuleCatalog.standard());

        assertThat(live.findings()).hasSizeGreaterThan(100);
        assertThat(reported(once)).isEqualTo(reported(live));
    }

    @Test
    void findsTheKnownProblemsOfVijaythecoder() throws IOException {
        WorkspaceValidation validation = validate(VIJAY);

        // Its description breaks strict YAML; Claude Code repairs it and loads the agent (conformance/shared-verdicts.json).
        assertThat(ruleIdsOf(validation, "agents/specialized/rails/rails-backend-expert.md", VIJAY)).containsExactly("yaml-recovered");
        assertThat(ruleIdsOf(validation, "agents/universal/frontend-developer.md", VIJAY)).contains("frontmatter-closing-fence");
        assertThat(validation.findings()).filteredOn(f -> f.ruleId().equals("name-invalid"))
                .extracting(f -> f.file().getFileName().toString())
                .containsExactlyInAnyOrder("security-expert.md", "web-scraping-expert.md", "devops-cicd-expert.md",
                        "testing-expert.md", "performance-expert.md");
        assertThat(validation.findings()).filteredOn(f -> f.ruleId().equals("name-duplicate"))
                .extracting(f -> f.file().getFileName().toString())
                .containsExactlyInAnyOrder("vue-component-architect.md", "vue-state-manager.md");
    }

    @Test
    void offersAQuoteThatMakesTheFailingFrontmatterParse() throws IOException {
        Path file = SharedFiles.collection(VIJAY).resolve("agents/specialized/rails/rails-backend-expert.md");
        WorkspaceValidation validation = validate(VIJAY);
        Finding syntax = validation.findings(file).get(0);

        String fixed = ((QuickFix.Edit) syntax.fixes().get(0)).applyTo(AgentFileParser.parse(Files.readAllBytes(file))).text();

        assertThat(AgentFileParser.parse(fixed).isEditable()).isTrue();
        assertThat(AgentFileParser.parse(fixed).string("description").orElseThrow()).startsWith("Comprehensive Rails backend developer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"laywill__awesome-claude-code-subagents", "advisely__claude-code-agents-team-nation-of-elites",
            "HamzaAlayed__laravel-claude-agents"})
    void findsNoErrorInTheCleanCollections(String collection) throws IOException {
        WorkspaceValidation validation = validate(collection);

        assertThat(validation.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
        assertThat(validation.findings()).extracting(Finding::ruleId)
                .doesNotContain("file-mixed-line-endings", "yaml-syntax", "description-literal-newline", "tools-unknown");
    }

    @Test
    void readsHamzaAlayedsGeminiFilesAsGeminiAgentsWithGeminiTools() throws IOException {
        Workspace workspace = WorkspaceLoader.load(SharedFiles.collection("HamzaAlayed__laravel-claude-agents"));

        assertThat(workspace.agents()).filteredOn(a -> a.relativePath().startsWith("gemini")).hasSize(17)
                .allSatisfy(a -> assertThat(a.dialect()).isEqualTo(Dialect.GEMINI));
        List<Finding> findings = WorkspaceValidation.of(workspace, RuleCatalog.standard()).findings();
        assertThat(findings).filteredOn(f -> f.file().toString().contains("/gemini/")).isEmpty();
        // Its Claude Code twin lists a tool no subagent gets.
        assertThat(findings).extracting(f -> f.file().getFileName() + " " + f.ruleId())
                .containsExactly("delivery-coordinator.md tools-never-in-subagent");
    }

    @Test
    void findsWhatIsWrongWithTheSeeds() throws IOException {
        Map<String, List<Finding>> seeds = new TreeMap<>();
        try (var files = Files.list(SharedFiles.seeds())) {
            for (Path seed : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                WorkspaceAgent agent = new WorkspaceAgent(seed, seed.getFileName(), Dialect.CLAUDE_CODE,
                        AgentFileParser.parse(Files.readAllBytes(seed)), null);
                seeds.put(seed.getFileName().toString().substring(0, 3),
                        WorkspaceValidation.checkFile(agent, RuleCatalog.standard(), RuleSettings.DEFAULTS));
            }
        }
        seeds.forEach((seed, findings) -> System.out.println("seed " + seed + ": " + findings.stream().map(Finding::ruleId).toList()));

        assertThat(seeds.get("003")).extracting(Finding::ruleId).containsExactly("frontmatter-missing");
        assertThat(seeds.get("003").get(0).fixes()).isNotEmpty();
        assertThat(seeds.get("002")).extracting(Finding::ruleId).contains("text-mojibake");
        Finding mojibake = seeds.get("002").stream().filter(f -> f.ruleId().equals("text-mojibake")).findFirst().orElseThrow();
        assertThat(mojibake.problem().message()).contains("cannot be repaired exactly");
        assertThat(seeds.get("001")).filteredOn(f -> f.ruleId().equals("key-unknown")).extracting(f -> f.problem().field())
                .containsExactly("celestial_name", "hermetic_nature");
    }

    @Test
    void repairsWhatCanBeRepairedOfTheMisDecodedSeed() throws IOException {
        Path seed;
        try (var files = Files.list(SharedFiles.seeds())) {
            seed = files.filter(p -> p.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
        }
        WorkspaceAgent agent = new WorkspaceAgent(seed, seed.getFileName(), Dialect.CLAUDE_CODE, AgentFileParser.parse(Files.readAllBytes(seed)), null);
        Finding mojibake = WorkspaceValidation.checkFile(agent, RuleCatalog.standard(), RuleSettings.DEFAULTS).stream()
                .filter(f -> f.ruleId().equals("text-mojibake")).findFirst().orElseThrow();

        String repaired = ((QuickFix.Edit) mojibake.fixes().get(0)).applyTo(agent.document()).text();

        assertThat(repaired).contains("## 📑 Quick Navigation", "## 🔗 Scientific Linkage").doesNotContain("ðŸ“‘", "ðŸ”—");
        assertThat(repaired.lines().count()).isEqualTo(agent.document().text().lines().count());
    }
}
