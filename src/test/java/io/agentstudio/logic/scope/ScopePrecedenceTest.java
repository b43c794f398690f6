package io.agentstudio.logic.scope;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.graph.NameIndex;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Claude Code's precedence between agents folders, as observed with 2.1.332 (conformance cases folder-nested-*). */
class ScopePrecedenceTest {
    private static final Path ROOT = Path.of("/repo").toAbsolutePath();
    private static final Path HOME = Path.of("/home/me").toAbsolutePath();

    @Test
    void aNestedPackageFolderWinsWhereClaudeCodeRunsInIt() {
        WorkspaceAgent root = project(".claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent packageA = project("packages/a/.claude/agents/reviewer.md", "reviewer");

        ScopePrecedence precedence = ScopePrecedence.of(List.of(root, packageA), ROOT);

        assertThat(precedence.shadowings(packageA)).isEmpty();
        assertThat(precedence.shadowings(root)).singleElement().satisfies(shadowing -> {
            assertThat(shadowing.winner()).isEqualTo(packageA);
            assertThat(shadowing.runIn()).isEqualTo(Path.of("packages/a"));
            assertThat(shadowing.sentence()).isEqualTo("When Claude Code runs in packages/a or a folder below it,"
                    + " packages/a/.claude/agents/reviewer.md is used instead: the agents folder closest to where it runs wins.");
        });
        assertThat(precedence.isEffective(root)).as("still used at the root and in the other packages").isTrue();
        assertThat(precedence.isEffective(packageA)).isTrue();
    }

    @Test
    void siblingPackagesNeverMeet() {
        WorkspaceAgent a = project("packages/a/.claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent b = project("packages/b/.claude/agents/reviewer.md", "reviewer");

        ScopePrecedence precedence = ScopePrecedence.of(List.of(a, b), ROOT);

        assertThat(precedence.shadowings(a)).isEmpty();
        assertThat(precedence.shadowings(b)).isEmpty();
    }

    @Test
    void aProjectAgentAtTheRootShadowsTheUserAgentEverywhere() {
        WorkspaceAgent project = project(".claude/agents/planner.md", "planner");
        WorkspaceAgent user = user(".claude/agents/planner.md", "planner");

        ScopePrecedence precedence = ScopePrecedence.of(List.of(user, project), ROOT);

        assertThat(precedence.scope(user).label()).isEqualTo("user");
        assertThat(precedence.scope(project).label()).isEqualTo("project");
        assertThat(precedence.shadowings(project)).isEmpty();
        assertThat(precedence.isEffective(user)).isFalse();
        assertThat(precedence.shadowings(user)).singleElement().satisfies(shadowing -> {
            assertThat(shadowing.everywhere()).isTrue();
            assertThat(shadowing.sentence()).isEqualTo("Claude Code uses the project agent .claude/agents/planner.md instead"
                    + " wherever it runs in this workspace: a project agent wins over a user agent of the same name.");
        });
    }

    @Test
    void aPackageAgentShadowsTheUserAgentOnlyInItsPackage() {
        WorkspaceAgent packageB = project("packages/b/.claude/agents/tester.md", "tester");
        WorkspaceAgent user = user(".claude/agents/tester.md", "tester");

        ScopePrecedence precedence = ScopePrecedence.of(List.of(user, packageB), ROOT);

        assertThat(precedence.isEffective(user)).isTrue();
        assertThat(precedence.shadowings(user)).singleElement()
                .satisfies(shadowing -> assertThat(shadowing.runIn()).isEqualTo(Path.of("packages/b")));
    }

    @Test
    void shadowingsAreListedOutermostFirst() {
        WorkspaceAgent user = user(".claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent nested = project("packages/a/.claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent root = project(".claude/agents/reviewer.md", "reviewer");

        List<Shadowing> shadowings = ScopePrecedence.of(List.of(user, nested, root), ROOT).shadowings(user);

        assertThat(shadowings).extracting(Shadowing::winner).containsExactly(root, nested);
    }

    @Test
    void twoFilesOfOneNameInOneFolderAreADuplicateNotAShadowing() {
        WorkspaceAgent first = project(".claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent second = project(".claude/agents/team/reviewer.md", "reviewer");

        ScopePrecedence precedence = ScopePrecedence.of(List.of(first, second), ROOT);

        assertThat(precedence.shadowings(first)).isEmpty();
        assertThat(precedence.shadowings(second)).isEmpty();
    }

    @Test
    void claimsNothingForTheOtherTools() {
        WorkspaceAgent project = project(".gemini/agents/reviewer.md", "reviewer");
        WorkspaceAgent user = new WorkspaceAgent(HOME.resolve(".gemini/agents/reviewer.md"), Path.of("~/.gemini/agents/reviewer.md"),
                DialectLocator.dialectOf(Path.of("~/.gemini/agents/reviewer.md")).orElseThrow(), document("reviewer"), new FileStamp(1, 0));

        ScopePrecedence precedence = ScopePrecedence.of(List.of(project, user), ROOT);

        assertThat(precedence.scope(user).label()).isEqualTo("user");
        assertThat(precedence.shadowings(user)).isEmpty();
        assertThat(precedence.isEffective(user)).isTrue();
    }

    /** What a check of one name asks: the same shadowings as the precedence among all the workspace's agents. */
    @Test
    void theAgentsOfOneNameAloneHaveTheShadowingsTheyHaveAmongAll() {
        List<WorkspaceAgent> reviewers = List.of(project(".claude/agents/reviewer.md", "reviewer"),
                project("packages/a/.claude/agents/reviewer.md", "reviewer"), project("packages/a/b/.claude/agents/r.md", "reviewer"),
                project("packages/c/.claude/agents/reviewer.md", "reviewer"), project(".claude/agents/team/reviewer.md", "reviewer"),
                user(".claude/agents/reviewer.md", "reviewer"), user(".claude/agents/other.md", "reviewer"));
        List<WorkspaceAgent> all = new ArrayList<>(reviewers);
        all.add(project("packages/a/.claude/agents/planner.md", "planner"));
        all.add(project(".claude/agents/planner.md", "planner"));

        ScopePrecedence among = ScopePrecedence.of(all, ROOT);
        ScopePrecedence alone = ScopePrecedence.ofOneName(reviewers, ROOT);

        assertThat(reviewers).allSatisfy(agent -> assertThat(alone.shadowings(agent)).isEqualTo(among.shadowings(agent)));
        assertThat(reviewers.stream().filter(agent -> !alone.shadowings(agent).isEmpty())).hasSize(5);
        assertThat(ScopePrecedence.ofOneName(List.of(reviewers.get(0)), ROOT).shadowings(reviewers.get(0))).isEmpty();
    }

    @Test
    void aProjectFolderIsNamedByThePathOfItsPackage() {
        assertThat(AgentScope.of(project("packages/a/.claude/agents/team/x.md", "x"), ROOT).label()).isEqualTo("packages/a");
        assertThat(AgentScope.of(project(".claude/agents/x.md", "x"), ROOT).label()).isEqualTo("project");
        assertThat(AgentScope.of(user(".claude/agents/x.md", "x"), ROOT).folder()).isEqualTo(HOME);
        assertThat(user(".claude/agents/x.md", "x").root()).isEqualTo(HOME);
    }

    @Test
    void aDelegationResolvesToTheAgentClaudeCodeUsesWhereTheDelegatorIsRead() {
        WorkspaceAgent root = project(".claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent packageA = project("packages/a/.claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent packageB = project("packages/b/.claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent user = user(".claude/agents/reviewer.md", "reviewer");
        WorkspaceAgent builderA = project("packages/a/.claude/agents/builder.md", "builder");
        WorkspaceAgent builderC = project("packages/c/.claude/agents/builder.md", "builder");
        WorkspaceAgent planner = project(".claude/agents/planner.md", "planner");

        NameIndex index = NameIndex.of(List.of(user, packageB, root, packageA, builderA, builderC, planner));

        assertThat(index.resolve("reviewer", builderA)).contains(packageA);
        assertThat(index.resolve("reviewer", builderC)).as("packages/c has none: the root's is read there").contains(root);
        assertThat(index.resolve("reviewer", planner)).contains(root);
        assertThat(NameIndex.of(List.of(packageB, user, planner)).resolve("reviewer", planner))
                .as("a sibling package's agent is not read at the root; the user's is").contains(user);
    }

    private static WorkspaceAgent project(String relative, String name) {
        Path path = Path.of(relative);
        return new WorkspaceAgent(ROOT.resolve(path), path, DialectLocator.dialectOf(path).orElseThrow(), document(name),
                new FileStamp(1, 0));
    }

    /** As the loader reads a user agent: its relative path starts at the home, {@code ~}. */
    private static WorkspaceAgent user(String relative, String name) {
        Path path = Path.of("~").resolve(relative);
        return new WorkspaceAgent(HOME.resolve(relative), path, DialectLocator.dialectOf(path).orElseThrow(), document(name),
                new FileStamp(1, 0));
    }

    private static io.agentstudio.model.AgentDocument document(String name) {
        return AgentFileParser.parse("---\nname: " + name + "\ndescription: Use for " + name + " work, after each change.\n---\nBody.\n");
    }
}
