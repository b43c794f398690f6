package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.logic.graph.IncrementalGraphExtractor;
import io.agentstudio.logic.graph.SkillLinks;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphAnalysis;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The graph canvas's work off the UI thread: the delegation graph of the agents as they are being edited (scanning
 * only the files that changed), its analyses, and a place for every node, from the places the canvas already has,
 * from the workspace's layout file, or from a fresh layered layout when nothing is placed yet.
 */
public final class LiveGraphLayout {
    private final IncrementalGraphExtractor extractor = new IncrementalGraphExtractor();

    /**
     * One result.
     *
     * @param laidOut       the graph with every node placed
     * @param analysis      its analyses
     * @param marks         what they mark on the drawing
     * @param placesChanged true when a node got a place it did not have (worth writing to the layout file)
     * @param problem       why the layout file was ignored, or empty
     */
    public record Update(LaidOutGraph laidOut, GraphAnalysis analysis, AnalysisMarks marks, boolean placesChanged, String problem) {
    }

    /**
     * @param known    the places the canvas has, by node id; null to read them from the layout file
     * @param relayout true to lay every node out afresh
     */
    public Update update(Path root, List<WorkspaceAgent> agents, Map<String, Point> known, boolean relayout) {
        return update(root, agents, List.of(), known, relayout);
    }

    /**
     * @param skills the skills to show as nodes beside the agents, with their preload and runs-as edges; empty for
     *               none. The analyses look at the agents' delegations only.
     */
    public synchronized Update update(Path root, List<WorkspaceAgent> agents, List<WorkspaceSkill> skills, Map<String, Point> known,
                                      boolean relayout) {
        DelegationGraph delegations = extractor.extract(agents);
        GraphAnalysis analysis = GraphAnalyses.analyse(delegations);
        DelegationGraph graph = skills.isEmpty() ? delegations : SkillLinks.add(delegations, agents, skills);
        String problem = "";
        Map<String, Point> places = known;
        if (known == null) {
            LayoutFile.Read read = LayoutFile.read(new StudioStateDirectory(root));
            places = read.positions();
            problem = read.problem();
        }
        Map<String, Point> had = places;
        boolean nothingPlaced = graph.nodes().stream().noneMatch(node -> had.containsKey(node.id()));
        Map<String, Point> placed;
        boolean changed;
        if (relayout || nothingPlaced && !graph.nodes().isEmpty()) {
            placed = LayeredLayout.layout(graph);
            changed = true;
        } else {
            placed = NeighbourPlacement.placeNew(graph, places);
            changed = graph.nodes().stream().anyMatch(node -> !had.containsKey(node.id()));
        }
        return new Update(LaidOutGraph.of(graph, placed, agents), analysis, AnalysisMarks.of(analysis), changed, problem);
    }
}
