package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.GraphNode;

/**
 * How big a node is drawn: the same for the layout, the canvas and the SVG, so a layout leaves room for what is
 * drawn. The width follows the name's length (estimated, without a font at hand) between a minimum and a maximum;
 * a longer name is cut short with an ellipsis when drawn.
 */
public final class NodeSizes {
    public static final double HEIGHT = 46;
    public static final double MIN_WIDTH = 150;
    public static final double MAX_WIDTH = 300;
    /** Average advance of a character of the 13 px bold name font, with room for the padding and the handle. */
    private static final double CHARACTER = 7.6;
    private static final double PADDING = 44;

    private NodeSizes() {
    }

    public static double width(GraphNode node) {
        return Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, PADDING + CHARACTER * node.name().length()));
    }

    public static NodeBox box(GraphNode node, Point at) {
        return new NodeBox(at.x(), at.y(), width(node), HEIGHT);
    }
}
