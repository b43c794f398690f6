package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.Locale;
import java.util.Set;

/**
 * The canvas's picture as SVG, written from the laid-out graph (no toolkit needed): the same boxes, curves and marks
 * as the canvas in its light theme. Delegations are solid arrows, mentions dotted, spawns double arrows; agents that
 * do not exist are dashed boxes; the circle of a cycle is red, a handoff past the nesting limit amber ({@link AnalysisMarks}).
 */
public final class SvgGraphPicture {
    private static final double MARGIN = 24;
    private static final String STYLE = """
              .edge { fill: none; stroke: #57606a; stroke-width: 1.5; }
              .mentions { stroke: #8c959f; stroke-width: 1.2; stroke-dasharray: 2 4; }
              .spawns { stroke-width: 4.5; }
              .spawns-inner { fill: none; stroke: #ffffff; stroke-width: 1.5; }
              .deep { stroke: #bf8700; }
              .cycle { stroke: #cf222e; }
              .node { fill: #ffffff; stroke: #8c959f; stroke-width: 1.2; }
              .node.in-cycle { stroke: #cf222e; stroke-width: 2; }
              .ghost { fill: #f6f8fa; stroke-dasharray: 5 4; }
              .name { font: bold 13px sans-serif; fill: #1f2328; }
              .model { font: 11px sans-serif; fill: #57606a; }
              .ghost-text { font: italic 11px sans-serif; fill: #57606a; }
            """;

    private SvgGraphPicture() {
    }

    /** The SVG document; edges of kinds not in {@code shown} are left out, like on the canvas. */
    public static String of(LaidOutGraph laidOut, AnalysisMarks marks, Set<EdgeKind> shown) {
        NodeBox bounds = laidOut.bounds().orElse(new NodeBox(0, 0, 0, 0));
        double width = bounds.width() + 2 * MARGIN;
        double height = bounds.height() + 2 * MARGIN;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(number(width)).append("\" height=\"")
                .append(number(height)).append("\" viewBox=\"").append(number(bounds.x() - MARGIN)).append(' ')
                .append(number(bounds.y() - MARGIN)).append(' ').append(number(width)).append(' ').append(number(height)).append("\">\n");
        svg.append("  <title>Delegation graph</title>\n");
        svg.append("  <defs>\n    <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\"")
                .append(" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#57606a\"/></marker>\n");
        svg.append("    <style>\n").append(STYLE).append("    </style>\n  </defs>\n");
        svg.append("  <rect x=\"").append(number(bounds.x() - MARGIN)).append("\" y=\"").append(number(bounds.y() - MARGIN))
                .append("\" width=\"").append(number(width)).append("\" height=\"").append(number(height))
                .append("\" fill=\"#ffffff\"/>\n");
        for (GraphEdge edge : laidOut.graph().edges()) {
            if (shown.contains(edge.kind())) {
                edge(svg, laidOut, marks, edge);
            }
        }
        for (GraphNode node : laidOut.graph().nodes()) {
            node(svg, laidOut.box(node), laidOut.faces().get(node.id()), node.isGhost(), marks.cycleNodes().contains(node.id()));
        }
        return svg.append("</svg>\n").toString();
    }

    private static void edge(StringBuilder svg, LaidOutGraph laidOut, AnalysisMarks marks, GraphEdge edge) {
        EdgeCurve c = laidOut.curve(edge);
        String path = "M" + number(c.startX()) + "," + number(c.startY()) + " C" + number(c.control1X()) + "," + number(c.control1Y())
                + " " + number(c.control2X()) + "," + number(c.control2Y()) + " " + number(c.endX()) + "," + number(c.endY());
        String mark = marks.inCycle(edge) ? " cycle" : marks.inDeepChain(edge) ? " deep" : "";
        String arrow = edge.kind() == EdgeKind.MENTIONS ? "" : " marker-end=\"url(#arrow)\"";
        svg.append("  <path class=\"edge ").append(edge.kind().id()).append(mark).append("\" d=\"").append(path).append('"')
                .append(arrow).append("><title>").append(escape(edge.from().name() + " " + edge.kind().id() + " " + edge.to().name()))
                .append("</title></path>\n");
        if (edge.kind() == EdgeKind.SPAWNS) {
            svg.append("  <path class=\"spawns-inner\" d=\"").append(path).append("\"/>\n");
        }
    }

    private static void node(StringBuilder svg, NodeBox box, NodeFace face, boolean ghost, boolean inCycle) {
        svg.append("  <g>\n    <rect class=\"node").append(ghost ? " ghost" : "").append(inCycle ? " in-cycle" : "")
                .append("\" x=\"").append(number(box.x())).append("\" y=\"").append(number(box.y())).append("\" width=\"")
                .append(number(box.width())).append("\" height=\"").append(number(box.height())).append("\" rx=\"6\"/>\n");
        if (!face.colour().isEmpty()) {
            svg.append("    <rect x=\"").append(number(box.x() + 1)).append("\" y=\"").append(number(box.y() + 6))
                    .append("\" width=\"4\" height=\"").append(number(box.height() - 12)).append("\" rx=\"2\" fill=\"")
                    .append(face.colour()).append("\"/>\n");
        }
        double textX = box.x() + 12;
        svg.append("    <text class=\"name\" x=\"").append(number(textX)).append("\" y=\"").append(number(box.y() + 19)).append("\">")
                .append(escape(face.title())).append("</text>\n");
        String second = ghost ? "not in the workspace" : face.model().isEmpty() ? "" : face.model();
        if (!second.isEmpty()) {
            svg.append("    <text class=\"").append(ghost ? "ghost-text" : "model").append("\" x=\"").append(number(textX))
                    .append("\" y=\"").append(number(box.y() + 36)).append("\">").append(escape(second)).append("</text>\n");
        }
        svg.append("  </g>\n");
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    // XML 1.0 has no place for most control characters, even escaped.
                    if (ch >= 0x20 || ch == '\t') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
