package io.agentstudio.gui.graph;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.gui.QueuedExecutor;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.Severity;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The analyses panel's ViewModel without a JavaFX toolkit: what it lists for a team, and what picking an entry does. */
class AnalysesViewModelTest {
    @TempDir
    Path root;
    final QueuedExecutor background = new QueuedExecutor();
    final QueuedExecutor ui = new QueuedExecutor();
    final FakeDialogs dialogs = new FakeDialogs();
    final ObservableMap<Path, Severity> severities = FXCollections.observableHashMap();
    AgentListViewModel list;
    GraphViewModel graph;
    AnalysesViewModel panel;

    void agent(String name, String body) throws IOException {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        Files.writeString(agents.resolve(name + ".md"), "---\nname: " + name + "\ndescription: The " + name + ".\n---\n" + body);
    }

    static String handoffs(String... names) {
        StringBuilder text = new StringBuilder("You work.\n\n## Handoffs\n\n");
        for (String name : names) {
            text.append("- `").append(name).append("`\n");
        }
        return text.toString();
    }

    void open() throws IOException {
        GraphTestbed bed = GraphTestbed.open(root, dialogs, severities, background, ui, 800, 500);
        list = bed.list();
        graph = bed.graph();
        panel = graph.analysesPanel();
    }

    void finishWork() {
        while (background.pending() > 0 || ui.pending() > 0) {
            background.runAll();
            ui.runAll();
        }
    }

    static String id(String name) {
        return ".claude/agents/" + name + ".md";
    }

    AnalysesViewModel.Section section(AnalysesViewModel.Kind kind) {
        return panel.sectionsProperty().get().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    List<String> texts(AnalysesViewModel.Kind kind) {
        return section(kind).entries().stream().map(AnalysesViewModel.Entry::text).toList();
    }

    @Test
    void aDelegationCycleIsListedWithItsMembersInOrderAndThePanelOpens() throws IOException {
        agent("planner", handoffs("coder"));
        agent("coder", handoffs("reviewer"));
        agent("reviewer", handoffs("planner"));
        agent("writer", "You write.\n");
        open();

        assertThat(texts(AnalysesViewModel.Kind.CYCLES)).containsExactly("coder → reviewer → planner → coder");
        assertThat(section(AnalysesViewModel.Kind.CYCLES).title()).isEqualTo("Cycles (1)");
        assertThat(section(AnalysesViewModel.Kind.CYCLES).entries().get(0).nodeIds())
                .containsExactlyInAnyOrder(id("planner"), id("coder"), id("reviewer"));
        assertThat(texts(AnalysesViewModel.Kind.NO_WAY_IN)).containsExactly("writer");
        assertThat(panel.openProperty().get()).isTrue();
    }

    @Test
    void agentsThatOnlyMentionEachOtherMakeNoCycleAndThePanelStaysShut() throws IOException {
        agent("alpha-agent", "Ask about beta-agent.\n");
        agent("beta-agent", "Ask about alpha-agent.\n");
        open();

        assertThat(graph.laidOut().graph().edges()).hasSize(2).allMatch(edge -> edge.kind() == EdgeKind.MENTIONS);
        assertThat(section(AnalysesViewModel.Kind.CYCLES).entries()).isEmpty();
        assertThat(section(AnalysesViewModel.Kind.CYCLES).title()).isEqualTo("Cycles (0)");
        assertThat(texts(AnalysesViewModel.Kind.NO_WAY_IN)).containsExactlyInAnyOrder("alpha-agent", "beta-agent");
        assertThat(panel.hasFindings()).isFalse();
        assertThat(panel.openProperty().get()).isFalse();
    }

    @Test
    void theUsersChoiceHoldsWhenTheGraphIsRebuilt() throws IOException {
        agent("planner", handoffs("coder"));
        agent("coder", handoffs("planner"));
        open();
        assertThat(panel.openProperty().get()).isTrue();

        panel.openProperty().set(false);
        graph.workspaceLoaded();
        finishWork();

        assertThat(panel.openProperty().get()).isFalse();
        assertThat(texts(AnalysesViewModel.Kind.CYCLES)).containsExactly("coder → planner → coder");
    }

    @Test
    void chainsDeeperThanTheNestingLimitAndMissingAgentsAreListedByName() throws IOException {
        agent("one", handoffs("two"));
        agent("two", handoffs("three"));
        agent("three", handoffs("four"));
        agent("four", handoffs("five", "sixx"));
        agent("five", "You work.\n");
        agent("six", handoffs("sixx"));
        open();

        assertThat(texts(AnalysesViewModel.Kind.DEEP_CHAINS)).containsExactly("one → two → three → four", "two → three → four → five");
        assertThat(section(AnalysesViewModel.Kind.MISSING).entries()).singleElement().satisfies(entry -> {
            assertThat(entry.text()).isEqualTo("sixx");
            assertThat(entry.detail()).isEqualTo("named by four, six; did you mean six?");
        });
    }

    @Test
    void pickingACycleMarksItsMembersAndFitsThemAndPickingOneAgentSelectsIt() throws IOException {
        agent("planner", handoffs("coder"));
        agent("coder", handoffs("reviewer"));
        agent("reviewer", handoffs("planner"));
        agent("writer", "You write.\n");
        open();
        graph.viewport().zoomIn();
        graph.viewport().zoomIn();
        graph.viewport().panBy(2000, 2000);

        panel.pick(section(AnalysesViewModel.Kind.CYCLES).entries().get(0));

        assertThat(panel.highlightedProperty().get()).containsExactlyInAnyOrder(id("planner"), id("coder"), id("reviewer"));
        NodeBox visible = graph.viewport().visible();
        for (String member : List.of("planner", "coder", "reviewer")) {
            NodeBox box = graph.laidOut().boxes().get(id(member));
            assertThat(visible.contains(box.centerX(), box.centerY())).as(member + " in view").isTrue();
        }

        panel.pick(section(AnalysesViewModel.Kind.NO_WAY_IN).entries().get(0));

        assertThat(graph.selectedNodeProperty().get()).isEqualTo(id("writer"));
        assertThat(panel.highlightedProperty().get()).isEmpty();
        NodeBox writer = graph.laidOut().boxes().get(id("writer"));
        assertThat(graph.viewport().visible().contains(writer.centerX(), writer.centerY())).isTrue();
    }

    @Test
    void selectingAnotherAgentOrEscapeDropsTheMarks() throws IOException {
        agent("planner", handoffs("coder"));
        agent("coder", handoffs("planner"));
        agent("writer", "You write.\n");
        open();
        AnalysesViewModel.Entry cycle = section(AnalysesViewModel.Kind.CYCLES).entries().get(0);

        panel.pick(cycle);
        graph.selectNode(id("writer"));
        assertThat(panel.highlightedProperty().get()).isEmpty();

        panel.pick(cycle);
        graph.escape();
        assertThat(panel.highlightedProperty().get()).isEmpty();
    }

    @Test
    void aCycleThatTakesInMuchOfTheTeamNamesItsFirstMembersAndCountsTheRest() throws IOException {
        String[] members = new String[8];
        for (int i = 1; i <= 8; i++) {
            members[i - 1] = "member-" + i;
            agent("member-" + i, handoffs("team-hub"));
        }
        agent("team-hub", handoffs(members));
        open();

        AnalysesViewModel.Entry cycle = section(AnalysesViewModel.Kind.CYCLES).entries().get(0);
        assertThat(cycle.text()).isEqualTo("member-1 → team-hub → member-1");
        assertThat(cycle.detail()).isEqualTo("and in the same circle: member-2, member-3, member-4, member-5, member-6 and 2 more");
        assertThat(cycle.tip()).endsWith("member-6, member-7, member-8");
        assertThat(cycle.nodeIds()).hasSize(9);
    }
}
