package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays a delegation graph out in layers from left to right with ELK Layered (ADR 8): who hands work on sits left of
 * whom it hands work to, crossings are kept low, and separate teams are packed side by side. Only handoffs
 * (delegations and spawns) and preloads (a skill right of its agents) shape the layers: a mention in prose says
 * nothing about the flow of work, and the long
 * edges mentions make cost both time and room. Only the node places are kept; the canvas draws its own edges (nodes
 * can be dragged afterwards), so ELK leaves just a little room for its routes.
 * <p>
 * A team whose layers are long (a lead handing work to a dozen agents) comes out taller than the graph view is
 * wide: fitted in the view it leaves the sides empty and crams the names of neighbouring layers together. Such a
 * layout of a team that can be read whole is widened to the view's shape by spreading the layers apart (ADR 8): the
 * zoom at "fit all" stays the same, the room between the layers grows.
 */
public final class LayeredLayout {
    static final double NODE_SPACING = 28;
    static final double LAYER_SPACING = 90;
    static final double MARGIN = 40;
    /** ELK's default of 7 spends seconds on crossings at 500 agents; 1 keeps a layout near a second (ADR 8). */
    static final int THOROUGHNESS = 1;
    /** Room ELK leaves between the routes it would draw: a fifth of its default, since they are not drawn. */
    static final double ROUTE_SPACING = 2;
    /** The graph view's shape at a usual window (855 x 470 px at 1280 x 800), which a narrower layout is widened to. */
    static final double VIEW_ASPECT = 1.8;
    /** At most this much wider: further apart, layers read as separate teams. */
    static final double MAX_STRETCH = 2;
    /**
     * Only teams up to this size are widened: a bigger one is read zoomed in, a part at a time, where layers further
     * apart only mean longer edges and more panning.
     */
    static final int MAX_WIDENED_NODES = 100;

    /** The edges that make the layers: handoffs, and preloads, which put a skill right of the agents that load it. */
    static final Set<EdgeKind> SHAPING = Collections.unmodifiableSet(EnumSet.of(EdgeKind.DELEGATES, EdgeKind.SPAWNS, EdgeKind.PRELOADS));

    static {
        // Outside Eclipse the registry is filled by hand; registering twice is harmless.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private LayeredLayout() {
    }

    /** The top-left corner of every node of {@code graph}, by node id. */
    public static Map<String, Point> layout(DelegationGraph graph) {
        return layout(graph, SHAPING);
    }

    /**
     * The same with the edges of {@code shaping} making the layers: a focused neighbourhood is small, and there a
     * mentioned agent belongs right of whoever mentions it rather than packed aside.
     */
    public static Map<String, Point> layout(DelegationGraph graph, Set<EdgeKind> shaping) {
        return layout(graph, shaping, node -> new Point(NodeSizes.width(node), NodeSizes.HEIGHT));
    }

    /** The same with each node's size ({@code x} its width, {@code y} its height) given: a group drawn open is bigger. */
    static Map<String, Point> layout(DelegationGraph graph, Set<EdgeKind> shaping, Function<GraphNode, Point> size) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE, NODE_SPACING);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, LAYER_SPACING);
        root.setProperty(LayeredOptions.SPACING_COMPONENT_COMPONENT, LAYER_SPACING);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(MARGIN));
        root.setProperty(LayeredOptions.THOROUGHNESS, THOROUGHNESS);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE, ROUTE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, ROUTE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE, 2 * ROUTE_SPACING);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 2 * ROUTE_SPACING);
        Map<String, ElkNode> nodes = new LinkedHashMap<>();
        for (GraphNode node : graph.nodes()) {
            ElkNode elk = ElkGraphUtil.createNode(root);
            Point dimensions = size.apply(node);
            elk.setDimensions(dimensions.x(), dimensions.y());
            nodes.put(node.id(), elk);
        }
        // One edge per ordered pair is all the layering needs; the kinds are drawn side by side later.
        Set<String> pairs = new HashSet<>();
        for (GraphEdge edge : graph.edges()) {
            if (shaping.contains(edge.kind()) && pairs.add(edge.from().id() + '\n' + edge.to().id())) {
                ElkGraphUtil.createSimpleEdge(nodes.get(edge.from().id()), nodes.get(edge.to().id()));
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        Map<String, Point> positions = new LinkedHashMap<>();
        nodes.forEach((id, elk) -> positions.put(id, new Point(elk.getX(), elk.getY())));
        return widened(positions, nodes);
    }

    /**
     * The places moved apart from left to right (the gaps grow, the boxes keep their size and order) until the drawing
     * is {@link #VIEW_ASPECT} times as wide as it is high, or {@link #MAX_STRETCH} times as wide as it was.
     */
    private static Map<String, Point> widened(Map<String, Point> positions, Map<String, ElkNode> nodes) {
        if (nodes.isEmpty() || nodes.size() > MAX_WIDENED_NODES) {
            return positions;
        }
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (ElkNode elk : nodes.values()) {
            left = Math.min(left, elk.getX());
            right = Math.max(right, elk.getX() + elk.getWidth());
            top = Math.min(top, elk.getY());
            bottom = Math.max(bottom, elk.getY() + elk.getHeight());
        }
        double stretch = Math.min(MAX_STRETCH, VIEW_ASPECT * (bottom - top) / (right - left));
        if (stretch <= 1) {
            return positions;
        }
        // The left ends spread by the stretch; the widest box at the right end keeps its width, so the drawing
        // grows by a little less than the stretch: near enough the view's shape.
        double from = left;
        Map<String, Point> wider = new LinkedHashMap<>();
        positions.forEach((id, at) -> wider.put(id, new Point(from + (at.x() - from) * stretch, at.y())));
        return wider;
    }
}
