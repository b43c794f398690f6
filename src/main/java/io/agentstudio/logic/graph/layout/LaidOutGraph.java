package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A delegation graph with a place and a face for every node: what the canvas draws and the SVG export writes.
 *
 * @param graph the graph
 * @param boxes every node's box, by node id
 * @param faces what every node shows, by node id
 */
public record LaidOutGraph(DelegationGraph graph, Map<String, NodeBox> boxes, Map<String, NodeFace> faces) {

    public LaidOutGraph {
        boxes = Map.copyOf(boxes);
        faces = Map.copyOf(faces);
    }

    public static LaidOutGraph empty() {
        return new LaidOutGraph(new DelegationGraph(List.of(), List.of()), Map.of(), Map.of());
    }

    /**
     * The graph with its nodes at {@code positions}, which must hold every node.
     *
     * @param agents the agents the nodes stand for, for their model and colour
     */
    public static LaidOutGraph of(DelegationGraph graph, Map<String, Point> positions, Collection<WorkspaceAgent> agents) {
        Map<String, WorkspaceAgent> byId = new HashMap<>();
        agents.forEach(agent -> byId.put(idOf(agent), agent));
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        Map<String, NodeFace> faces = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            Point at = positions.get(node.id());
            if (at == null) {
                throw new IllegalArgumentException("No place for " + node.id());
            }
            boxes.put(node.id(), NodeSizes.box(node, at));
            faces.put(node.id(), NodeFace.of(node, byId.get(node.id())));
        }
        return new LaidOutGraph(graph, boxes, faces);
    }

    public NodeBox box(GraphNode node) {
        return boxes.get(node.id());
    }

    public EdgeCurve curve(GraphEdge edge) {
        return EdgeCurve.between(boxes.get(edge.from().id()), boxes.get(edge.to().id()), edge.kind());
    }

    /** The id of an agent's node: its workspace-relative path with {@code /} separators. */
    public static String idOf(WorkspaceAgent agent) {
        return GraphNode.agent(agent.relativePath(), "", null).id();
    }

    /** The same graph with one node moved. */
    public LaidOutGraph moved(String id, Point to) {
        return moved(Map.of(id, to));
    }

    /** The same graph with the nodes of {@code places} that it has moved there; other ids are ignored. */
    public LaidOutGraph moved(Map<String, Point> places) {
        Map<String, NodeBox> moved = new HashMap<>(boxes);
        places.forEach((id, to) -> {
            NodeBox box = boxes.get(id);
            if (box != null) {
                moved.put(id, new NodeBox(to.x(), to.y(), box.width(), box.height()));
            }
        });
        return new LaidOutGraph(graph, moved, faces);
    }

    /** Every node's top-left corner, by id: what the layout file keeps. */
    public Map<String, Point> positions() {
        Map<String, Point> positions = new LinkedHashMap<>();
        boxes.forEach((id, box) -> positions.put(id, new Point(box.x(), box.y())));
        return positions;
    }

    /** The smallest box around every node, or empty for an empty graph. */
    public Optional<NodeBox> bounds() {
        if (boxes.isEmpty()) {
            return Optional.empty();
        }
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (NodeBox box : boxes.values()) {
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.right());
            maxY = Math.max(maxY, box.bottom());
        }
        return Optional.of(new NodeBox(minX, minY, maxX - minX, maxY - minY));
    }
}
