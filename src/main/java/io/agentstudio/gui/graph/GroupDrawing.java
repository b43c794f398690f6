package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.EdgeCurve;
import io.agentstudio.logic.graph.layout.GroupedView;
import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.model.EdgeKind;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.Set;

/**
 * What a grouped drawing adds to the canvas: the frames of open groups (under everything, their title a click target),
 * the stack of cards behind a closed group's node, and on a bundled edge the number of handoffs it stands for.
 */
final class GroupDrawing {
    private static final Font TITLE = Font.font("System", FontWeight.BOLD, 13);
    private static final Font COUNT = Font.font("System", FontWeight.BOLD, 11);
    private static final double STACK = 4;

    private GroupDrawing() {
    }

    static void frames(GraphicsContext g, GroupedView view, GraphPalette palette, double scale, boolean detail, NodeBox visible) {
        for (GroupedView.Frame frame : view.frames()) {
            NodeBox box = frame.box();
            if (!box.overlaps(visible, 0)) {
                continue;
            }
            g.setFill(palette.ghostFill());
            g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), 16, 16);
            g.setStroke(palette.nodeStroke());
            g.setLineWidth(Math.max(1, 1 / scale));
            g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), 16, 16);
            if (detail) {
                g.setFill(palette.text());
                g.setFont(TITLE);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.CENTER);
                g.fillText("▾ " + GraphRenderer.fit(frame.label(), box.width() - 60) + "  (" + frame.members().size() + ")",
                        box.x() + 10, box.y() + GroupedView.TITLE / 2);
                g.setTextBaseline(VPos.BASELINE);
            }
        }
    }

    /** Two cards peeking out behind a closed group's node: it holds more than one agent. */
    static void stackBehind(GraphicsContext g, NodeBox box, GraphPalette palette, double scale) {
        g.setStroke(palette.nodeStroke());
        g.setLineWidth(Math.max(1, 1 / scale));
        for (int card = 2; card >= 1; card--) {
            double shift = card * STACK;
            g.setFill(palette.nodeFill());
            g.fillRoundRect(box.x() + shift, box.y() - shift, box.width(), box.height(), 12, 12);
            g.strokeRoundRect(box.x() + shift, box.y() - shift, box.width(), box.height(), 12, 12);
        }
    }

    /** The count on each bundled edge that stands for more than one handoff, at the middle of its curve. */
    static void counts(GraphicsContext g, GroupedView view, LaidOutGraph laidOut, Set<EdgeKind> shownKinds, GraphPalette palette,
                       NodeBox visible) {
        g.setFont(COUNT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        view.counts().forEach((edge, count) -> {
            if (!shownKinds.contains(edge.kind()) || !laidOut.boxes().containsKey(edge.from().id())
                    || !laidOut.boxes().containsKey(edge.to().id())) {
                return;
            }
            EdgeCurve c = laidOut.curve(edge);
            double x = (c.startX() + 3 * c.control1X() + 3 * c.control2X() + c.endX()) / 8;
            double y = (c.startY() + 3 * c.control1Y() + 3 * c.control2Y() + c.endY()) / 8;
            if (!visible.contains(x, y)) {
                return;
            }
            String text = String.valueOf(count);
            double width = 10 + 7 * text.length();
            g.setFill(palette.background());
            g.fillRoundRect(x - width / 2, y - 9, width, 18, 9, 9);
            g.setStroke(palette.edge());
            g.setLineWidth(1);
            g.strokeRoundRect(x - width / 2, y - 9, width, 18, 9, 9);
            g.setFill(palette.text());
            g.fillText(text, x, y);
        });
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
    }
}
