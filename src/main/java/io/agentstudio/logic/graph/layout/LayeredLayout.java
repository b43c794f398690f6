package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.graph.GraphAnalyses;
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

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Lays a delegation graph out in layers from left to right with ELK Layered (ADR 8): who hands work on sits left of
 * whom it hands work to, crossings are kept low, and separate teams are packed side by side. Only handoffs
 * (delegations and spawns) shape the layers: a mention in prose says nothing about the flow of work, and the long
 * edges mentions make cost both time and room. Only the node places are kept; the canvas draws its own edges (nodes
 * can be dragged afterwards), so ELK leaves just a little room for its routes.
 */
public final class LayeredLayout {
    static final double NODE_SPACING = 28;
    static final double LAYER_SPACING = 90;
    static final double MARGIN = 40;
    /** ELK's default of 7 spends seconds on crossings at 500 agents; 1 keeps a layout near a second (ADR 8). */
    static final int THOROUGHNESS = 1;
    /** Room ELK leaves between the routes it would draw: a fifth of its default, since they are not drawn. */
    static final double ROUTE_SPACING = 2;

    static {
        // Outside Eclipse the registry is filled by hand; registering twice is harmless.
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
    }

    private LayeredLayout() {
    }

    /** The top-left corner of every node of {@code graph}, by node id. */
    public static Map<String, Point> layout(DelegationGraph graph) {
        return layout(graph, GraphAnalyses.HANDOFFS);
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
        return positions;
    }
}
