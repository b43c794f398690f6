package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.EdgeCurve;
import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What is under a point of the drawing: a node, a node's link handle, or an edge of a shown kind. */
public final class GraphHits {
    /** The handle a link is dragged from: a dot in the middle of a node's right side. */
    public static final double HANDLE_RADIUS = 6;

    private GraphHits() {
    }

    /** The topmost node at the point (nodes later in the graph are drawn over earlier ones). */
    public static Optional<String> nodeAt(LaidOutGraph laidOut, double x, double y) {
        List<GraphNode> nodes = laidOut.graph().nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            NodeBox box = laidOut.boxes().get(nodes.get(i).id());
            if (box.contains(x, y)) {
                return Optional.of(nodes.get(i).id());
            }
        }
        return Optional.empty();
    }

    /** The agent (not ghost) node whose handle is within {@code tolerance} drawing units of the point. */
    public static Optional<String> handleAt(LaidOutGraph laidOut, double x, double y, double tolerance) {
        double reach = HANDLE_RADIUS + tolerance;
        for (GraphNode node : laidOut.graph().nodes()) {
            NodeBox box = laidOut.boxes().get(node.id());
            double dx = x - box.right();
            double dy = y - box.centerY();
            if (!node.isGhost() && dx * dx + dy * dy <= reach * reach) {
                return Optional.of(node.id());
            }
        }
        return Optional.empty();
    }

    /** The shown edge nearest to the point, if one is within {@code tolerance} drawing units. */
    public static Optional<GraphEdge> edgeAt(LaidOutGraph laidOut, Set<EdgeKind> shown, double x, double y, double tolerance) {
        GraphEdge best = null;
        double bestDistance = tolerance;
        for (GraphEdge edge : laidOut.graph().edges()) {
            if (!shown.contains(edge.kind())) {
                continue;
            }
            EdgeCurve curve = laidOut.curve(edge);
            if (!curve.mayCross(new NodeBox(x, y, 0, 0), tolerance)) {
                continue;
            }
            double distance = curve.distanceTo(x, y);
            if (distance <= bestDistance) {
                best = edge;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }
}
