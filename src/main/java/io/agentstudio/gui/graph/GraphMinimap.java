package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.NodeBox;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseEvent;

/**
 * The whole graph in small, with the part the canvas shows framed; clicking or dragging in it moves the view there.
 * Shown only while part of the graph is out of the view ({@link MinimapCorner}).
 */
final class GraphMinimap extends Canvas {
    static final double WIDTH = 160;
    static final double HEIGHT = 104;
    private static final double PAD = 6;

    private final GraphViewModel model;
    private final ObservableBooleanValue dark;
    private double scale = 1;
    private double originX;
    private double originY;

    GraphMinimap(GraphViewModel model, ObservableBooleanValue dark) {
        super(WIDTH, HEIGHT);
        this.model = model;
        this.dark = dark;
        setId("graph-minimap");
        getStyleClass().add("graph-minimap");
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::moveView);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::moveView);
    }

    void redraw() {
        GraphPalette palette = dark.get() ? GraphPalette.DARK : GraphPalette.LIGHT;
        GraphicsContext g = getGraphicsContext2D();
        g.setFill(palette.nodeFill());
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setStroke(palette.nodeStroke());
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, WIDTH - 1, HEIGHT - 1);
        LaidOutGraph laidOut = model.laidOut();
        NodeBox bounds = laidOut.bounds().orElse(null);
        if (bounds == null) {
            return;
        }
        scale = Math.min((WIDTH - 2 * PAD) / bounds.width(), (HEIGHT - 2 * PAD) / bounds.height());
        originX = PAD + ((WIDTH - 2 * PAD) - bounds.width() * scale) / 2 - bounds.x() * scale;
        originY = PAD + ((HEIGHT - 2 * PAD) - bounds.height() * scale) / 2 - bounds.y() * scale;
        g.setFill(palette.mutedText());
        for (NodeBox box : laidOut.boxes().values()) {
            g.fillRect(originX + box.x() * scale, originY + box.y() * scale,
                    Math.max(1, box.width() * scale), Math.max(1, box.height() * scale));
        }
        NodeBox view = model.viewport().visible();
        g.setStroke(palette.accent());
        g.setLineWidth(1.5);
        double x = Math.max(1, originX + view.x() * scale);
        double y = Math.max(1, originY + view.y() * scale);
        double right = Math.min(WIDTH - 1, originX + view.right() * scale);
        double bottom = Math.min(HEIGHT - 1, originY + view.bottom() * scale);
        if (right > x && bottom > y) {
            g.strokeRect(x, y, right - x, bottom - y);
        }
    }

    private void moveView(MouseEvent event) {
        if (model.laidOut().bounds().isPresent()) {
            model.viewport().centreOn((event.getX() - originX) / scale, (event.getY() - originY) / scale);
        }
        event.consume();
    }
}
