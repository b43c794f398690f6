package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GroupedLayoutTest {
    private static final String BACKEND = ".claude/agents/backend";
    private static final String QA = ".claude/agents/qa";
    private static final Set<EdgeKind> ALL = EnumSet.allOf(EdgeKind.class);

    @TempDir
    Path root;
    private LaidOutGraph whole;
    private Map<String, WorkspaceAgent> agentsById;

    @BeforeEach
    void team() throws IOException {
        write("backend/api.md", "api", "sonnet", "## Delegates to\n- `tester`\n- `db`\n");
        write("backend/db.md", "db", "sonnet", "## Delegates to\n- `tester`\n");
        write("backend/queue.md", "queue", "opus", "## Delegates to\n- `reviewer`\n");
        write("qa/tester.md", "tester", "haiku", "Checks.\n");
        write("qa/reviewer.md", "reviewer", "opus", "## Delegates to\n- `release-bot`\n");
        write("lead.md", "lead", "opus", "## Delegates to\n- `api`\n- `tester`\n");
        List<WorkspaceAgent> agents = WorkspaceLoader.load(root).agents();
        whole = new LiveGraphLayout().update(root, agents, null, false).laidOut();
        agentsById = new HashMap<>();
        agents.forEach(agent -> agentsById.put(LaidOutGraph.idOf(agent), agent));
    }

    private void write(String file, String name, String model, String body) throws IOException {
        Path path = root.resolve(".claude/agents").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "---\nname: " + name + "\ndescription: The " + name + ".\nmodel: " + model + "\n---\n" + body);
    }

    private GroupedView grouped(Grouping grouping, Set<String> open) {
        return GroupedLayout.of(whole, grouping.of(whole.graph().nodes(), agentsById), open, ALL, GroupedLayout.SCREEN_SHAPE);
    }

    private static GraphEdge edge(GroupedView view, String from, String to) {
        return view.laidOut().graph().edges().stream().filter(e -> e.from().id().equals(from) && e.to().id().equals(to))
                .findFirst().orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to + " in " + view.laidOut().graph().edges()));
    }

    @Test
    void closedFoldersAreOneNodeEachAndTheirHandoffsOneCountedEdge() {
        GroupedView view = grouped(Grouping.FOLDER, Set.of());

        assertThat(view.laidOut().boxes()).containsOnlyKeys("group:" + BACKEND, "group:" + QA, ".claude/agents/lead.md",
                "ghost:release-bot");
        assertThat(view.laidOut().faces().get("group:" + BACKEND)).isEqualTo(new NodeFace("backend", "3 agents", ""));
        assertThat(view.count(edge(view, "group:" + BACKEND, "group:" + QA))).as("api, db -> tester; queue -> reviewer").isEqualTo(3);
        assertThat(view.count(edge(view, ".claude/agents/lead.md", "group:" + QA))).isEqualTo(1);
        assertThat(view.laidOut().graph().edges()).as("api -> db stays inside its closed group")
                .noneMatch(e -> e.from().id().equals(e.to().id()));
        assertThat(view.frames()).isEmpty();
    }

    @Test
    void anOpenGroupShowsItsAgentsInsideAFrameAndTheirOwnEdges() {
        GroupedView view = grouped(Grouping.FOLDER, Set.of(BACKEND));

        List<String> backend = List.of(BACKEND + "/api.md", BACKEND + "/db.md", BACKEND + "/queue.md");
        assertThat(view.laidOut().boxes()).containsKeys(backend.toArray(String[]::new)).doesNotContainKey("group:" + BACKEND);
        assertThat(view.frames()).singleElement().satisfies(frame -> {
            assertThat(frame.label()).isEqualTo("backend");
            assertThat(frame.members()).containsExactlyInAnyOrderElementsOf(backend);
            for (String id : backend) {
                NodeBox box = view.laidOut().boxes().get(id);
                assertThat(frame.box().contains(box.x(), box.y()) && frame.box().contains(box.right(), box.bottom())).as(id).isTrue();
            }
            view.laidOut().boxes().forEach((id, box) -> {
                if (!backend.contains(id)) {
                    assertThat(frame.box().overlaps(box, 0)).as("the frame stays clear of " + id).isFalse();
                }
            });
        });
        assertThat(view.count(edge(view, BACKEND + "/api.md", BACKEND + "/db.md"))).isEqualTo(1);
        assertThat(view.count(edge(view, BACKEND + "/db.md", "group:" + QA))).isEqualTo(1);
    }

    @Test
    void draggingAnAgentOfAnOpenGroupTakesItsFrameAlong() {
        GroupedView view = grouped(Grouping.FOLDER, Set.of(BACKEND));
        NodeBox before = view.frames().get(0).box();

        GroupedView moved = view.moved(BACKEND + "/api.md", new Point(before.right() + 300, before.y() + 50));

        assertThat(moved.frames().get(0).box().right()).isGreaterThan(before.right() + 300);
    }

    @Test
    void byAFieldAgentsWithoutItShareAGroupAndMissingAgentsHaveTheirOwn() throws IOException {
        Files.writeString(root.resolve(".claude/agents/boss.md"), "---\nname: boss\ndescription: Bosses.\n---\n"
                + "## Delegates to\n- `planner`\n");
        team();
        Grouping.Groups groups = Grouping.byField("model").of(whole.graph().nodes(), agentsById);

        assertThat(groups.labels().values()).contains("opus", "sonnet", "haiku", "no model", "not written yet");
        assertThat(groups.keyOf().get("ghost:planner")).isEqualTo(groups.keyOf().get("ghost:release-bot"));
        GroupedView view = GroupedLayout.of(whole, groups, Set.of(), ALL, GroupedLayout.SCREEN_SHAPE);
        assertThat(view.laidOut().graph().nodes()).filteredOn(GraphNode::isGroup).extracting(GraphNode::name)
                .contains("opus", "sonnet", "not written yet");
    }

    @Test
    void twoFoldersOfOneNameAreToldApartByTheirPath() throws IOException {
        write("web/tools/lint.md", "lint", "haiku", "Lints.\n");
        write("web/tools/fmt.md", "fmt", "haiku", "Formats.\n");
        write("cli/tools/args.md", "args", "haiku", "Parses.\n");
        write("cli/tools/help.md", "help", "haiku", "Helps.\n");
        team();

        Grouping.Groups groups = Grouping.FOLDER.of(whole.graph().nodes(), agentsById);

        assertThat(groups.labels().values()).contains(".claude/agents/web/tools", ".claude/agents/cli/tools", "backend", "qa");
    }

    @Test
    void theChoicesAreTheFoldersAndTheFieldsThatSortTheTeam() {
        assertThat(Grouping.choices(agentsById.values())).as("name and description give a group per agent")
                .containsExactly(Grouping.FOLDER, Grouping.byField("model"));
    }
}
