package io.agentstudio.logic.validation;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.logic.workspace.WorkspaceScanner;
import io.agentstudio.model.Severity;
import io.agentstudio.testing.Symlinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static io.agentstudio.logic.validation.Checked.CLEAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

/** The engine: whole-workspace validation, incremental re-validation, listeners, settings, failing rules. */
class WorkspaceValidationTest {
    @TempDir
    Path dir;

    private final List<ValidationChange> changes = new ArrayList<>();

    @BeforeEach
    void agents() throws IOException {
        write(".claude/agents/reviewer.md", CLEAN);
        write(".claude/agents/tester.md", named("tester"));
        write(".gemini/agents/reviewer.md", CLEAN);
    }

    @Test
    void validatesEveryAgentAndReportsInFileAndPositionOrder() throws IOException {
        write(".claude/agents/broken.md", "---\nname: -broken\ndescription: x\n---\n");

        WorkspaceValidation validation = validate(RuleCatalog.standard());

        assertThat(validation.agentCount()).isEqualTo(4);
        assertThat(validation.findings()).extracting(f -> dir.relativize(f.file()) + ":" + f.problem().line() + " " + f.ruleId())
                .containsExactly(".claude/agents/broken.md:2 name-invalid", ".claude/agents/broken.md:3 description-too-short",
                        ".claude/agents/broken.md:4 body-empty");
        assertThat(validation.counts()).containsEntry(Severity.ERROR, 1).containsEntry(Severity.WARNING, 2).containsEntry(Severity.INFO, 0);
    }

    @Test
    void aDelegationToABuiltInAgentOfTheToolIsNoUnknownAgent() throws IOException {
        write(".claude/agents/lead.md", CLEAN.replace("name: reviewer", "name: lead")
                + "\n## Delegates to\n- `general-purpose` for open searches\n- `Explore` to map the code\n- `nobody-here` for the rest\n");

        WorkspaceValidation validation = validate(RuleCatalog.standard());

        assertThat(validation.findings(file(".claude/agents/lead.md"))).filteredOn(f -> f.ruleId().equals("agent-unknown"))
                .extracting(f -> f.problem().message()).singleElement().asString().contains("`nobody-here`");
    }

    @Test
    void sameNamedAgentsInNestedClaudeFoldersAreNoDuplicatesBecauseTheClosestWins() throws IOException {
        write("packages/app/.claude/agents/reviewer.md", CLEAN);

        WorkspaceValidation validation = validate(RuleCatalog.standard());

        assertThat(validation.findings()).extracting(Finding::ruleId).doesNotContain("name-duplicate");
    }

    @Test
    void reportsADuplicateNameInBothFilesAndNamesTheOther() throws IOException {
        write(".claude/agents/team/reviewer.md", CLEAN);

        WorkspaceValidation validation = validate(RuleCatalog.standard());

        assertThat(validation.findings(file(".claude/agents/reviewer.md"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("name-duplicate");
            assertThat(f.problem().line()).isEqualTo(2);
            assertThat(f.problem().message()).contains("also named `reviewer`: .claude/agents/team/reviewer.md.");
        });
        assertThat(validation.findings(file(".claude/agents/team/reviewer.md"))).extracting(Finding::ruleId).containsExactly("name-duplicate");
        assertThat(validation.findings(file(".gemini/agents/reviewer.md"))).isEmpty();
    }

    @Test
    void theNoteOnAnAgentLinkedFromOutsideStaysWhileItIsEdited(@TempDir Path elsewhere) throws IOException {
        Path target = Files.writeString(elsewhere.resolve("linked.md"), named("linked"));
        Symlinks.link(file(".claude/agents/linked.md"), target);
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        assertThat(validation.findings(file(".claude/agents/linked.md"))).extracting(Finding::ruleId).containsExactly("workspace-link-outside");

        validation.update(agent(".claude/agents/linked.md", named("linked") + "More.\n"));

        assertThat(validation.findings(file(".claude/agents/linked.md"))).extracting(Finding::ruleId).containsExactly("workspace-link-outside");
    }

    @Test
    void renamingAnAgentIntoADuplicateAndBackUpdatesBothFiles() throws IOException {
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        validation.addListener(changes::add);

        validation.update(agent(".claude/agents/tester.md", named("reviewer")));

        assertThat(changes).singleElement().satisfies(change -> assertThat(change.files()).containsOnlyKeys(
                file(".claude/agents/tester.md"), file(".claude/agents/reviewer.md")));
        assertThat(validation.findings(file(".claude/agents/reviewer.md"))).extracting(Finding::ruleId).containsExactly("name-duplicate");

        validation.update(agent(".claude/agents/tester.md", named("tester")));

        assertThat(changes).hasSize(2);
        assertThat(changes.get(1).files()).containsOnly(entry(file(".claude/agents/tester.md"), List.of()),
                entry(file(".claude/agents/reviewer.md"), List.of()));
        assertThat(validation.findings()).isEmpty();
    }

    @Test
    void removingOneOfTwoNamesakesClearsTheOther() throws IOException {
        write(".claude/agents/team/reviewer.md", CLEAN);
        WorkspaceValidation validation = validate(RuleCatalog.standard());

        validation.remove(file(".claude/agents/team/reviewer.md"));

        assertThat(validation.findings()).isEmpty();
        assertThat(validation.agentCount()).isEqualTo(3);
    }

    @Test
    void tellsListenersNothingWhenAnEditChangesNoFinding() throws IOException {
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        validation.addListener(changes::add);

        validation.update(agent(".claude/agents/tester.md", named("tester").replace("careful", "thorough")));

        assertThat(changes).isEmpty();
    }

    @Test
    void reChecksOnlyTheChangedAgentAndTheAgentsThatShareItsKeys() throws IOException {
        write(".claude/agents/team/reviewer.md", CLEAN);
        Map<Path, AtomicInteger> fileChecks = new ConcurrentHashMap<>();
        Map<Path, AtomicInteger> crossChecks = new ConcurrentHashMap<>();
        RuleCatalog counting = new RuleCatalog(List.of(new CountingFileRule(fileChecks)), List.of(new CountingNameRule(crossChecks)));
        WorkspaceValidation validation = validate(counting);
        fileChecks.clear();
        crossChecks.clear();

        validation.update(agent(".claude/agents/reviewer.md", CLEAN.replace("careful", "thorough")));

        assertThat(fileChecks).containsOnlyKeys(file(".claude/agents/reviewer.md"));
        assertThat(crossChecks).containsOnlyKeys(file(".claude/agents/reviewer.md"), file(".claude/agents/team/reviewer.md"));
        assertThat(fileChecks.values()).allSatisfy(n -> assertThat(n).hasValue(1));
    }

    @Test
    void reChecksAReferrerWhenTheAgentItNamesAppears() throws IOException {
        write(".claude/agents/lead.md", named("lead").replace("---\nYou", "related: [planner]\n---\nYou"));
        RuleCatalog withReferences = RuleCatalog.standard().with(new RelatedAgentsRule());
        WorkspaceValidation validation = validate(withReferences);
        assertThat(validation.findings(file(".claude/agents/lead.md"))).extracting(Finding::ruleId).contains("related-agent-missing");
        validation.addListener(changes::add);

        validation.update(agent(".claude/agents/planner.md", named("planner")));

        assertThat(validation.findings(file(".claude/agents/lead.md"))).extracting(Finding::ruleId).doesNotContain("related-agent-missing");
        assertThat(changes).singleElement().satisfies(c -> assertThat(c.files()).containsKey(file(".claude/agents/lead.md")));
    }

    @Test
    void aDelegationToAMissingAgentClearsWhenThatAgentIsCreatedAndReturnsWhenItIsRemoved() throws IOException {
        write(".claude/agents/lead.md", named("lead") + "\n## Delegates to\n- `release-planner` for the release plan\n");
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        assertThat(validation.findings(file(".claude/agents/lead.md"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("agent-unknown");
            assertThat(f.problem().line()).isEqualTo(8);
            assertThat(f.problem().message()).contains("`release-planner`");
        });

        validation.update(agent(".claude/agents/release-planner.md", named("release-planner")));
        assertThat(validation.findings(file(".claude/agents/lead.md"))).isEmpty();

        validation.remove(file(".claude/agents/release-planner.md"));
        assertThat(validation.findings(file(".claude/agents/lead.md"))).extracting(Finding::ruleId).containsExactly("agent-unknown");
    }

    @Test
    void practicesAndTiersUnderCollaborationHeadingsAreNotMissingAgents() throws IOException {
        write(".claude/agents/lead.md", named("lead") + """

                ## Collaborative Refactoring Approach
                - **Team Education**: share what changed
                - **Pair Programming**: on risky modules

                ## Coordination Tiers
                - **Foundation Tier**: `schema-keeper`

                ## Handoffs
                - **Data Steward** — retention rules
                """);

        WorkspaceValidation validation = validate(RuleCatalog.standard());

        assertThat(validation.findings(file(".claude/agents/lead.md"))).filteredOn(f -> f.ruleId().equals("agent-unknown"))
                .extracting(f -> f.problem().message()).hasSize(2)
                .anySatisfy(m -> assertThat(m).contains("`schema-keeper`"))
                .anySatisfy(m -> assertThat(m).contains("`data-steward`"));
    }

    @Test
    void aOneWordAgentDeletedFromTheTeamLeavesTheDelegationListItemAsAProblem() throws IOException {
        write(".claude/agents/researcher.md", named("researcher"));
        write(".claude/agents/lead.md", named("lead") + "\n## Delegates to\n\n- `researcher`\n- `planner`: the plan\n");
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        assertThat(validation.findings(file(".claude/agents/lead.md"))).extracting(f -> f.problem().message())
                .singleElement().asString().contains("`planner`");

        validation.remove(file(".claude/agents/researcher.md"));

        assertThat(validation.findings(file(".claude/agents/lead.md"))).extracting(f -> f.problem().line())
                .containsExactlyInAnyOrder(9, 10);
    }

    @Test
    void aOneWordNameInProseOrMidItemIsNoDelegationToAMissingAgent() throws IOException {
        write(".claude/agents/lead.md", named("lead") + "\n## Delegates to\n\n- run `make` first, then hand over\n\n"
                + "Call `debugger` when stuck.\n");
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        assertThat(validation.findings(file(".claude/agents/lead.md"))).isEmpty();
    }

    @Test
    void aMissingDelegationMovesWithItsLineWhenTheFrontmatterGrowsAndFollowsTheBodyWhenItChanges() throws IOException {
        String lead = named("lead") + "\n## Delegates to\n- `release-planner` for the release plan\n";
        write(".claude/agents/lead.md", lead);
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        assertThat(validation.findings(file(".claude/agents/lead.md"))).singleElement()
                .satisfies(f -> assertThat(f.problem().line()).isEqualTo(8));

        validation.update(agent(".claude/agents/lead.md", lead.replace("---\nYou", "model: sonnet\ncolor: blue\n---\nYou")));
        assertThat(validation.findings(file(".claude/agents/lead.md"))).singleElement()
                .satisfies(f -> assertThat(f.problem().line()).isEqualTo(10));

        validation.update(agent(".claude/agents/lead.md", lead.replace("release-planner", "launch-planner")));
        assertThat(validation.findings(file(".claude/agents/lead.md"))).singleElement().satisfies(f -> {
            assertThat(f.problem().line()).isEqualTo(8);
            assertThat(f.problem().message()).contains("`launch-planner`");
        });
    }

    @Test
    void appliesTheWorkspaceRuleSettingsAndReportsABadEntryInTheirFile() throws IOException {
        write(".claude/agents/bare.md", named("bare").replace("You are a careful code reviewer.\n", ""));
        write(".agent-studio/rules.yaml", "rules:\n  body-empty: info\n  name-file-mismatch: off\n  tools-unknwn: off\n");

        WorkspaceValidation validation = validate(RuleCatalog.standard());

        assertThat(validation.findings(file(".claude/agents/bare.md"))).extracting(f -> f.ruleId() + " " + f.severity())
                .containsExactly("body-empty INFO");
        assertThat(validation.findings(file(".agent-studio/rules.yaml"))).singleElement().satisfies(f -> {
            assertThat(f.problem().line()).isEqualTo(4);
            assertThat(f.problem().column()).isEqualTo(3);
            assertThat(f.problem().message()).contains("no rule `tools-unknwn`", "Did you mean `tools-unknown`?");
        });
    }

    @Test
    void reloadsChangedSettingsAndTellsWhatChanged() throws IOException {
        write(".claude/agents/bare.md", named("bare").replace("You are a careful code reviewer.\n", ""));
        WorkspaceValidation validation = validate(RuleCatalog.standard());
        validation.addListener(changes::add);

        write(".agent-studio/rules.yaml", "rules:\n  body-empty: off\n");
        validation.reloadSettings();

        assertThat(changes).singleElement().satisfies(c -> assertThat(c.files()).containsOnly(entry(file(".claude/agents/bare.md"), List.of())));
    }

    @Test
    void reportsARuleThatFailsAndRunsTheOthers() throws IOException {
        FileRule broken = new FileRule() {
            @Override
            public List<RuleInfo> rules() {
                return List.of(new RuleInfo("always-throws", Severity.WARNING, "Throws.", "For the test.", null));
            }

            @Override
            public void check(FileCheck file) {
                throw new IllegalStateException("boom");
            }
        };
        List<FileRule> rules = new ArrayList<>(List.of(broken));
        rules.addAll(RuleCatalog.standard().fileRules());
        write(".claude/agents/bare.md", named("bare").replace("You are a careful code reviewer.\n", ""));

        WorkspaceValidation validation = validate(new RuleCatalog(rules, List.of()));

        assertThat(validation.findings(file(".claude/agents/bare.md"))).extracting(Finding::ruleId).containsExactly("rule-failed", "body-empty");
        assertThat(validation.findings(file(".claude/agents/bare.md")).get(0).problem().message())
                .contains("failed on this file: java.lang.IllegalStateException: boom");
    }

    @Test
    void aValidationMadeOnceFindsWhatTheLiveOneFinds() throws IOException {
        write(".claude/agents/lead.md", named("lead") + "\n## Delegates to\n- `tester` for the tests\n- `nobody-here` for the rest\n");
        write(".claude/agents/team/reviewer.md", CLEAN);
        write(".claude/agents/broken.md", "---\nname: -broken\ndescription: x\n---\n");
        write(".claude/agents/no-frontmatter.md", "Hand the work to `ghost-agent` when stuck.\n");
        write(".claude/agents/unclosed.md", "---\nname: unclosed\ndescription: Never closed\n\nDelegate to `tester`.\n");
        write(".claude/agents/binary.md", "---\nname: bin\u0000\n---\n");
        write(".agent-studio/rules.yaml", "rules:\n  agent-unknown: error\n  body-empty: off\n");

        WorkspaceValidation live = validate(RuleCatalog.standard());
        WorkspaceValidation once = WorkspaceValidation.once(dir, WorkspaceScanner.scan(dir), RuleCatalog.standard());

        assertThat(live.findings()).extracting(Finding::ruleId).contains("agent-unknown", "name-duplicate", "name-invalid");
        assertThat(reported(once)).isEqualTo(reported(live));
        assertThat(once.agentCount()).isEqualTo(live.agentCount());
    }

    @Test
    void aValidationMadeOnceCannotFollowChangesItNoLongerHasTheBodiesFor() throws IOException {
        WorkspaceValidation once = WorkspaceValidation.once(dir, WorkspaceScanner.scan(dir), RuleCatalog.standard());

        assertThatThrownBy(() -> once.update(agent(".claude/agents/tester.md", named("tester"))))
                .isInstanceOf(IllegalStateException.class);
    }

    private WorkspaceValidation validate(RuleCatalog rules) throws IOException {
        return WorkspaceValidation.of(WorkspaceLoader.load(dir), rules);
    }

    private WorkspaceAgent agent(String relative, String text) {
        return Checked.agent(dir, relative, AgentFileParser.parse(text));
    }

    private Path file(String relative) {
        return dir.resolve(relative);
    }

    private void write(String relative, String text) throws IOException {
        Files.createDirectories(dir.resolve(relative).getParent());
        Files.writeString(dir.resolve(relative), text);
    }

    /** The findings as reports show them: each problem and the titles of its fixes (a fix's edit is code). */
    private static List<ReportedFinding> reported(WorkspaceValidation validation) {
        return validation.findings().stream().map(ReportedFinding::of).toList();
    }

    private static String named(String name) {
        return CLEAN.replace("name: reviewer", "name: " + name);
    }

    /** Counts how often each file is checked. */
    private record CountingFileRule(Map<Path, AtomicInteger> checks) implements FileRule {
        @Override
        public List<RuleInfo> rules() {
            return List.of(new RuleInfo("counted-file", Severity.INFO, "Counts.", "For the test.", null));
        }

        @Override
        public void check(FileCheck file) {
            checks.computeIfAbsent(file.path(), p -> new AtomicInteger()).incrementAndGet();
        }
    }

    /** Keys agents by name, like the duplicate-name rule, and counts the agents it checks. */
    private record CountingNameRule(Map<Path, AtomicInteger> checks) implements WorkspaceRule {
        @Override
        public List<RuleInfo> rules() {
            return List.of(new RuleInfo("counted-name", Severity.INFO, "Counts.", "For the test.", null));
        }

        @Override
        public Set<String> keys(WorkspaceAgent agent) {
            return Set.of(agent.dialect().id() + ":" + agent.name());
        }

        @Override
        public void check(FileCheck agent, AgentIndex index) {
            checks.computeIfAbsent(agent.path(), p -> new AtomicInteger()).incrementAndGet();
        }
    }

    /**
     * How a reference rule plugs in (the delegation graph's "unknown agent" rule will look like this): an agent is
     * keyed by its own name and by every name it refers to, so the referrer is re-checked when the named agent comes
     * or goes.
     */
    private static final class RelatedAgentsRule implements WorkspaceRule {
        private static final RuleInfo RULE = new RuleInfo("related-agent-missing", Severity.WARNING, "Names an agent that does not exist.",
                "For the test.", null);

        @Override
        public List<RuleInfo> rules() {
            return List.of(RULE);
        }

        @Override
        public Set<String> keys(WorkspaceAgent agent) {
            Set<String> keys = new java.util.HashSet<>(related(agent));
            keys.add(agent.name());
            return keys;
        }

        @Override
        public void check(FileCheck agent, AgentIndex index) {
            for (String name : related(agent.agent())) {
                if (index.withKey(name).stream().noneMatch(other -> other.name().equals(name))) {
                    agent.reportAt(RULE, 1, 1, "related", "No agent is named `" + name + "`.");
                }
            }
        }

        private static List<String> related(WorkspaceAgent agent) {
            return agent.document().value("related").map(io.agentstudio.logic.agentfile.NameList::from).orElse(List.of());
        }
    }
}
