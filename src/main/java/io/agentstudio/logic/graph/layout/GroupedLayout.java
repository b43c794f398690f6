package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays a team out in groups ({@link Grouping}): each closed group becomes one node, and the edges between groups are
 * bundled, one per pair and kind, counting the handoffs they stand for. An open group is laid out on its own first and
 * then takes its place in the whole as one big node, so its agents stay together inside its frame. A group of one
 * agent is just that agent. At the top the groups are put in reading order by ELK and then in rows
 * ({@link RowPacking}), so a 200-agent team in 20 closed groups reads like a page of 20 boxes.
 */
public final class GroupedLayout {
    /** The width over the height of the graph view on a common screen, for when the view's own is not known. */
    public static final double SCREEN_SHAPE = 1.8;

    private GroupedLayout() {
    }

    /**
     * @param whole    the whole team, for its nodes, edges and faces
     * @param groups   which group each node is in
     * @param open     the keys of the groups drawn open
     * @param kinds    the edge kinds drawn
     * @param shape    the width over the height of the view it is drawn in
     */
    public static GroupedView of(LaidOutGraph whole, Grouping.Groups groups, Set<String> open, Collection<EdgeKind> kinds,
                                 double shape) {
        Map<String, List<GraphNode>> members = new LinkedHashMap<>();
        for (GraphNode node : whole.graph().nodes()) {
            members.computeIfAbsent(groups.keyOf().get(node.id()), key -> new ArrayList<>()).add(node);
        }
        Map<String, GraphNode> shownAs = new HashMap<>();
        Map<String, GraphNode> groupNodes = new LinkedHashMap<>();
        members.forEach((key, nodes) -> {
            boolean alone = nodes.size() == 1;
            GraphNode group = GraphNode.group(key, groups.label(key));
            if (!alone) {
                groupNodes.put(key, group);
            }
            for (GraphNode node : nodes) {
                shownAs.put(node.id(), alone || open.contains(key) ? node : group);
            }
        });
        Bundles bundles = bundle(whole.graph().edges(), shownAs, kinds);

        Map<String, Map<String, Point>> inside = new HashMap<>();
        Map<String, Point> sizes = new HashMap<>();
        for (Map.Entry<String, GraphNode> group : groupNodes.entrySet()) {
            if (open.contains(group.getKey())) {
                Map<String, Point> places = insideOf(members.get(group.getKey()), bundles.edges());
                inside.put(group.getKey(), places);
                sizes.put(group.getValue().id(), sizeAround(places, members.get(group.getKey())));
            }
        }
        // The top level: groups (open ones as one big node) and agents alone in their group.
        Map<String, GraphNode> top = new HashMap<>();
        shownAs.forEach((id, node) -> top.put(id, node));
        members.forEach((key, nodes) -> {
            if (inside.containsKey(key)) {
                nodes.forEach(node -> top.put(node.id(), groupNodes.get(key)));
            }
        });
        List<GraphNode> topNodes = new ArrayList<>();
        members.forEach((key, nodes) -> topNodes.add(groupNodes.containsKey(key) ? groupNodes.get(key) : nodes.get(0)));
        DelegationGraph topGraph = new DelegationGraph(topNodes, bundle(whole.graph().edges(), top, kinds).edges());
        Function<GraphNode, Point> sizeOf = node -> sizes.getOrDefault(node.id(), new Point(NodeSizes.width(node), NodeSizes.HEIGHT));
        // The layered layout gives the reading order (who hands work on comes first); the rows give the shape.
        Map<String, Point> layered = LayeredLayout.layout(topGraph, GraphAnalyses.HANDOFFS, sizeOf);
        List<String> order = new ArrayList<>(layered.keySet());
        order.sort(Comparator.comparingDouble((String id) -> layered.get(id).x()).thenComparingDouble(id -> layered.get(id).y()));
        Map<String, Point> topSizes = new HashMap<>();
        topNodes.forEach(node -> topSizes.put(node.id(), sizeOf.apply(node)));
        Map<String, Point> topPlaces = RowPacking.pack(order, topSizes, LayeredLayout.MARGIN, shape);

        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        Map<String, NodeFace> faces = new HashMap<>();
        List<GraphNode> drawn = new ArrayList<>();
        List<GroupedView.Frame> frames = new ArrayList<>();
        for (GraphNode node : topNodes) {
            Point at = topPlaces.get(node.id());
            String key = node.isGroup() ? node.id().substring(GraphNode.GROUP_PREFIX.length()) : null;
            if (key != null && inside.containsKey(key)) {
                List<String> ids = new ArrayList<>();
                for (GraphNode member : members.get(key)) {
                    Point offset = inside.get(key).get(member.id());
                    boxes.put(member.id(), NodeSizes.box(member, new Point(at.x() + offset.x(), at.y() + offset.y())));
                    faces.put(member.id(), whole.faces().get(member.id()));
                    drawn.add(member);
                    ids.add(member.id());
                }
                frames.add(new GroupedView.Frame(key, node.name(), ids, null));
            } else {
                boxes.put(node.id(), NodeSizes.box(node, at));
                faces.put(node.id(), key != null ? groupFace(node, members.get(key).size()) : whole.faces().get(node.id()));
                drawn.add(node);
            }
        }
        LaidOutGraph laidOut = new LaidOutGraph(new DelegationGraph(drawn, bundles.edges()), boxes, faces);
        List<GroupedView.Frame> placed = frames.stream()
                .map(frame -> new GroupedView.Frame(frame.key(), frame.label(), frame.members(), GroupedView.around(laidOut, frame.members())))
                .toList();
        return new GroupedView(laidOut, placed, bundles.counts());
    }

    /** A closed group shows its label and how many agents it holds. */
    private static NodeFace groupFace(GraphNode group, int size) {
        return new NodeFace(group.name(), size + " agents", "");
    }

    /** The places of an open group's agents, relative to its frame's top-left corner. */
    private static Map<String, Point> insideOf(List<GraphNode> nodes, List<GraphEdge> edges) {
        Set<String> ids = new HashSet<>();
        nodes.forEach(node -> ids.add(node.id()));
        List<GraphEdge> within = edges.stream().filter(edge -> ids.contains(edge.from().id()) && ids.contains(edge.to().id())).toList();
        Map<String, Point> places = LayeredLayout.layout(new DelegationGraph(nodes, within));
        double minX = places.values().stream().mapToDouble(Point::x).min().orElse(0);
        double minY = places.values().stream().mapToDouble(Point::y).min().orElse(0);
        Map<String, Point> relative = new HashMap<>();
        places.forEach((id, at) -> relative.put(id, new Point(at.x() - minX + GroupedView.PADDING, at.y() - minY + GroupedView.TITLE)));
        return relative;
    }

    private static Point sizeAround(Map<String, Point> places, List<GraphNode> nodes) {
        double width = 0;
        double height = 0;
        for (GraphNode node : nodes) {
            Point at = places.get(node.id());
            width = Math.max(width, at.x() + NodeSizes.width(node));
            height = Math.max(height, at.y() + NodeSizes.HEIGHT);
        }
        return new Point(width + GroupedView.PADDING, height + GroupedView.PADDING);
    }

    /** Edges between what their ends are shown as, one per pair and kind, with their sources and how many they bundle. */
    private record Bundles(List<GraphEdge> edges, Map<GraphEdge, Integer> counts) {
    }

    private static Bundles bundle(List<GraphEdge> edges, Map<String, GraphNode> shownAs, Collection<EdgeKind> kinds) {
        Map<String, GraphNode[]> ends = new LinkedHashMap<>();
        Map<String, EdgeKind> kindOf = new HashMap<>();
        Map<String, List<EdgeSource>> sources = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        for (GraphEdge edge : edges) {
            GraphNode from = shownAs.get(edge.from().id());
            GraphNode to = shownAs.get(edge.to().id());
            if (!kinds.contains(edge.kind()) || from == null || to == null || from.id().equals(to.id())) {
                continue;
            }
            String key = from.id() + '\n' + to.id() + '\n' + edge.kind();
            ends.putIfAbsent(key, new GraphNode[] {from, to});
            kindOf.put(key, edge.kind());
            sources.computeIfAbsent(key, k -> new ArrayList<>()).addAll(edge.sources());
            counts.merge(key, 1, Integer::sum);
        }
        List<GraphEdge> bundled = new ArrayList<>();
        Map<GraphEdge, Integer> bundledCounts = new HashMap<>();
        ends.forEach((key, pair) -> {
            GraphEdge edge = new GraphEdge(pair[0], pair[1], kindOf.get(key), sources.get(key));
            bundled.add(edge);
            if (counts.get(key) > 1) {
                bundledCounts.put(edge, counts.get(key));
            }
        });
        return new Bundles(bundled, bundledCounts);
    }
}
