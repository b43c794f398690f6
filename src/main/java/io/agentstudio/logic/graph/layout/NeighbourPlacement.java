package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.ToDoubleFunction;

/**
 * Finds a place for nodes that have none (an agent created or renamed since the layout was made) without moving any
 * node that has one: right of the agents that hand it work, else left of those it hands work to, at their average
 * height, then up or down to the nearest free spot. A node with no placed neighbour goes in a row below everything.
 */
public final class NeighbourPlacement {
    static final double GAP = LayeredLayout.LAYER_SPACING;
    static final double CLEARANCE = 12;

    private NeighbourPlacement() {
    }

    /** {@code known} plus a place for every node of {@code graph} that is not in it; the known places are unchanged. */
    public static Map<String, Point> placeNew(DelegationGraph graph, Map<String, Point> known) {
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        Map<String, GraphNode> byId = new HashMap<>();
        graph.nodes().forEach(node -> byId.put(node.id(), node));
        known.forEach((id, at) -> {
            GraphNode node = byId.get(id);
            if (node != null) {
                boxes.put(id, NodeSizes.box(node, at));
            }
        });
        Map<String, Point> placed = new LinkedHashMap<>(known);
        Map<String, List<GraphEdge>> incoming = new HashMap<>();
        Map<String, List<GraphEdge>> outgoing = new HashMap<>();
        for (GraphEdge edge : graph.edges()) {
            incoming.computeIfAbsent(edge.to().id(), id -> new ArrayList<>()).add(edge);
            outgoing.computeIfAbsent(edge.from().id(), id -> new ArrayList<>()).add(edge);
        }
        double rowX = Double.NaN;
        for (GraphNode node : graph.nodes()) {
            if (placed.containsKey(node.id())) {
                continue;
            }
            double width = NodeSizes.width(node);
            List<NodeBox> before = neighbours(incoming.get(node.id()), true, boxes);
            List<NodeBox> after = neighbours(outgoing.get(node.id()), false, boxes);
            NodeBox wanted;
            double height = NodeSizes.HEIGHT;
            if (!before.isEmpty()) {
                wanted = new NodeBox(max(before, NodeBox::right) + GAP, average(before) - height / 2, width, height);
            } else if (!after.isEmpty()) {
                wanted = new NodeBox(min(after, NodeBox::x) - GAP - width, average(after) - height / 2, width, height);
            } else {
                // A row under the drawing, filled left to right.
                double bottom = boxes.values().stream().mapToDouble(NodeBox::bottom).max().orElse(0);
                double left = boxes.values().stream().mapToDouble(NodeBox::x).min().orElse(LayeredLayout.MARGIN);
                rowX = Double.isNaN(rowX) ? left : rowX;
                wanted = new NodeBox(rowX, bottom + GAP, width, NodeSizes.HEIGHT);
                rowX += width + LayeredLayout.NODE_SPACING;
            }
            NodeBox free = nearestFree(wanted, boxes.values());
            boxes.put(node.id(), free);
            placed.put(node.id(), new Point(free.x(), free.y()));
        }
        return placed;
    }

    private static List<NodeBox> neighbours(List<GraphEdge> edges, boolean sources, Map<String, NodeBox> boxes) {
        List<NodeBox> found = new ArrayList<>();
        if (edges != null) {
            for (GraphEdge edge : edges) {
                NodeBox box = boxes.get(sources ? edge.from().id() : edge.to().id());
                if (box != null) {
                    found.add(box);
                }
            }
        }
        return found;
    }

    /** The box moved up or down in steps of a node's height until it clears every other box. */
    private static NodeBox nearestFree(NodeBox wanted, Iterable<NodeBox> taken) {
        double step = NodeSizes.HEIGHT / 2 + CLEARANCE;
        for (int i = 0; ; i++) {
            double offset = (i % 2 == 0 ? 1 : -1) * ((i + 1) / 2) * step;
            NodeBox candidate = new NodeBox(wanted.x(), wanted.y() + offset, wanted.width(), wanted.height());
            if (clear(candidate, taken)) {
                return candidate;
            }
        }
    }

    private static boolean clear(NodeBox candidate, Iterable<NodeBox> taken) {
        for (NodeBox box : taken) {
            if (candidate.overlaps(box, CLEARANCE)) {
                return false;
            }
        }
        return true;
    }

    private static double average(List<NodeBox> boxes) {
        OptionalDouble average = boxes.stream().mapToDouble(NodeBox::centerY).average();
        return average.orElse(0);
    }

    private static double max(List<NodeBox> boxes, ToDoubleFunction<NodeBox> value) {
        return boxes.stream().mapToDouble(value).max().orElse(0);
    }

    private static double min(List<NodeBox> boxes, ToDoubleFunction<NodeBox> value) {
        return boxes.stream().mapToDouble(value).min().orElse(0);
    }
}
