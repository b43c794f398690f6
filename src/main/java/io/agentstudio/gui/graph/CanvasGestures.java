package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.GroupedView;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.logic.graph.layout.NodeSizes;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The mouse and keys on the canvas. Drag a node to move it, drag from its handle to another node to link them (or onto
 * empty space to create an agent there), drag the background to pan, the wheel to zoom; click selects, double-click
 * opens (a closed group: shows its agents; a click on an open group's title closes it); Delete unlinks the selected edge; + and - zoom, 0 fits all, F shows only the selection's neighbourhood
 * (focus mode; again or Escape shows the whole team), C centres the selection, arrows pan.
 */
final class CanvasGestures {
    private static final double PICK_PIXELS = 6;
    /** A little slack around a handle, but not so much that a click on an edge leaving the node starts a link. */
    private static final double HANDLE_PIXELS = 2;
    private static final double PAN_STEP = 60;

    private enum Mode { NONE, PAN, MOVE, LINK }

    private final GraphViewModel model;
    private final Canvas canvas;
    private final Consumer<GraphRenderer.Interaction> show;
    private final TipShower tips;
    private Mode mode = Mode.NONE;
    private String dragged;
    private double grabX;
    private double grabY;
    private double lastScreenX;
    private double lastScreenY;
    private boolean movedWhileDown;
    private GraphRenderer.Interaction interaction = GraphRenderer.Interaction.NONE;

    /** Shows or hides the hover text at a point of the canvas. */
    interface TipShower {
        void show(String text, double x, double y);

        void hide();
    }

    CanvasGestures(GraphViewModel model, Canvas canvas, Consumer<GraphRenderer.Interaction> show, TipShower tips) {
        this.model = model;
        this.canvas = canvas;
        this.show = show;
        this.tips = tips;
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseClicked(this::clicked);
        canvas.setOnMouseMoved(this::hovered);
        canvas.setOnMouseExited(event -> {
            tips.hide();
            update(new GraphRenderer.Interaction(null, null, interaction.draft()));
        });
        canvas.setOnScroll(this::scrolled);
        canvas.setOnKeyPressed(this::key);
    }

    GraphRenderer.Interaction interaction() {
        return interaction;
    }

    private double x(MouseEvent event) {
        return model.viewport().toDrawingX(event.getX());
    }

    private double y(MouseEvent event) {
        return model.viewport().toDrawingY(event.getY());
    }

    private double tolerance() {
        return PICK_PIXELS / model.viewport().scale();
    }

    private void pressed(MouseEvent event) {
        canvas.requestFocus();
        tips.hide();
        movedWhileDown = false;
        lastScreenX = event.getX();
        lastScreenY = event.getY();
        mode = Mode.NONE;
        if (event.getButton() != MouseButton.PRIMARY) {
            mode = Mode.PAN;
            return;
        }
        double x = x(event);
        double y = y(event);
        Optional<String> handle = GraphHits.handleAt(model.laidOut(), x, y, HANDLE_PIXELS / model.viewport().scale());
        if (handle.isPresent() && model.agent(handle.get()).isPresent()) {
            mode = Mode.LINK;
            dragged = handle.get();
            update(new GraphRenderer.Interaction(null, null, new GraphRenderer.LinkDraft(dragged, x, y)));
            return;
        }
        Optional<String> node = GraphHits.nodeAt(model.laidOut(), x, y);
        if (node.isEmpty() && model.groupedView() != null) {
            Optional<GroupedView.Frame> frame = model.groupedView().frameTitleAt(x, y);
            if (frame.isPresent()) {
                model.toggleGroup(frame.get().key());
                return;
            }
        }
        if (node.isPresent()) {
            NodeBox box = model.laidOut().boxes().get(node.get());
            if (node.get().startsWith(GraphNode.GHOST_PREFIX) && y > box.centerY() && event.getClickCount() == 1) {
                // The ghost's "create this agent" line.
                model.laidOut().graph().node(node.get()).ifPresent(model.edits()::createGhost);
                return;
            }
            model.selectNode(node.get());
            mode = Mode.MOVE;
            dragged = node.get();
            grabX = x - box.x();
            grabY = y - box.y();
            return;
        }
        Optional<GraphEdge> edge = GraphHits.edgeAt(model.laidOut(), model.shownKinds(), x, y, tolerance());
        if (edge.isPresent()) {
            model.selectEdge(edge.get());
            return;
        }
        mode = Mode.PAN;
    }

    private void dragged(MouseEvent event) {
        double dx = event.getX() - lastScreenX;
        double dy = event.getY() - lastScreenY;
        movedWhileDown |= Math.abs(dx) + Math.abs(dy) > 0;
        switch (mode) {
            case PAN -> model.viewport().panBy(dx, dy);
            case MOVE -> model.moveNode(dragged, new Point(x(event) - grabX, y(event) - grabY));
            case LINK -> update(new GraphRenderer.Interaction(GraphHits.nodeAt(model.laidOut(), x(event), y(event)).orElse(null), null,
                    new GraphRenderer.LinkDraft(dragged, x(event), y(event))));
            case NONE -> { }
        }
        lastScreenX = event.getX();
        lastScreenY = event.getY();
    }

    private void released(MouseEvent event) {
        Mode was = mode;
        mode = Mode.NONE;
        if (was == Mode.MOVE && movedWhileDown) {
            model.nodesMoved();
        } else if (was == Mode.PAN && !movedWhileDown && event.getButton() == MouseButton.PRIMARY) {
            model.selectNode(null);
        } else if (was == Mode.LINK) {
            update(new GraphRenderer.Interaction(null, null, null));
            double x = x(event);
            double y = y(event);
            Optional<String> target = GraphHits.nodeAt(model.laidOut(), x, y);
            if (target.isPresent() && target.get().startsWith(GraphNode.GROUP_PREFIX)) {
                model.say("Open the group (double-click it) and drop the link on one of its agents.");
            } else if (target.isPresent() && !target.get().equals(dragged)) {
                model.edits().link(dragged, target.get());
            } else if (target.isEmpty() && movedWhileDown) {
                model.edits().linkToNewAgent(dragged, new Point(x - NodeSizes.MIN_WIDTH / 2, y - NodeSizes.HEIGHT / 2));
            }
        }
    }

    private void clicked(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || event.getClickCount() != 2 || !event.isStillSincePress()) {
            return;
        }
        double x = x(event);
        double y = y(event);
        Optional<String> node = GraphHits.nodeAt(model.laidOut(), x, y);
        if (node.isPresent()) {
            model.open(node.get());
            return;
        }
        GraphHits.edgeAt(model.laidOut(), model.shownKinds(), x, y, tolerance()).ifPresent(model::openSource);
    }

    private void hovered(MouseEvent event) {
        double x = x(event);
        double y = y(event);
        Optional<String> node = GraphHits.nodeAt(model.laidOut(), x, y);
        if (node.isEmpty()) {
            // The handle sticks out of the node's right side.
            node = GraphHits.handleAt(model.laidOut(), x, y, HANDLE_PIXELS / model.viewport().scale());
        }
        GraphEdge edge = node.isPresent() ? null
                : GraphHits.edgeAt(model.laidOut(), model.shownKinds(), x, y, tolerance()).orElse(null);
        if (edge != null) {
            tips.show(EdgeTip.of(edge), event.getX(), event.getY());
        } else if (node.isPresent() && model.agent(node.get()).isPresent()) {
            tips.show(nodeTip(node.get()), event.getX(), event.getY());
        } else if (node.isPresent() && model.skill(node.get()).isPresent()) {
            tips.show(skillTip(node.get()), event.getX(), event.getY());
        } else if (node.isPresent() && node.get().startsWith(GraphNode.GROUP_PREFIX)) {
            var face = model.laidOut().faces().get(node.get());
            tips.show(face.title() + ": " + face.model() + "\nDouble-click to open the group; click its title to close it again.",
                    event.getX(), event.getY());
        } else {
            tips.hide();
        }
        update(new GraphRenderer.Interaction(node.orElse(null), edge, null));
    }

    private String nodeTip(String id) {
        var agent = model.agent(id).orElseThrow();
        String description = agent.description().replace("\\n", " ").replaceAll("\\s+", " ").strip();
        return agent.name() + "\n" + agent.relativePath().toString().replace('\\', '/')
                + (description.isEmpty() ? "" : "\n" + (description.length() > 160 ? description.substring(0, 159) + "…" : description))
                + "\nDrag the dot on its right onto another agent to link them.";
    }

    private String skillTip(String id) {
        var skill = model.skill(id).orElseThrow();
        String description = skill.description().replace("\\n", " ").replaceAll("\\s+", " ").strip();
        return skill.name() + " (skill)\n" + skill.relativePath().toString().replace('\\', '/')
                + (description.isEmpty() ? "" : "\n" + (description.length() > 160 ? description.substring(0, 159) + "…" : description))
                + "\nDouble-click to open it; drag an agent's dot onto it to preload it.";
    }

    private void scrolled(ScrollEvent event) {
        if (event.getDeltaY() != 0) {
            model.viewport().zoomAt(Math.pow(1.0025, event.getDeltaY()), event.getX(), event.getY());
        }
        event.consume();
    }

    private void key(KeyEvent event) {
        Viewport viewport = model.viewport();
        switch (event.getCode()) {
            case PLUS, EQUALS, ADD -> viewport.zoomIn();
            case MINUS, SUBTRACT -> viewport.zoomOut();
            case DIGIT0, NUMPAD0 -> model.fitAll();
            case F -> model.toggleFocus();
            case C -> model.centreSelected();
            case LEFT -> viewport.panBy(PAN_STEP, 0);
            case RIGHT -> viewport.panBy(-PAN_STEP, 0);
            case UP -> viewport.panBy(0, PAN_STEP);
            case DOWN -> viewport.panBy(0, -PAN_STEP);
            case DELETE, BACK_SPACE -> model.edits().deleteEdge(model.selectedEdgeProperty().get());
            case ENTER -> {
                if (model.selectedNodeProperty().get() != null) {
                    model.open(model.selectedNodeProperty().get());
                } else if (model.selectedEdgeProperty().get() != null) {
                    model.openSource(model.selectedEdgeProperty().get());
                }
            }
            case ESCAPE -> model.escape();
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void update(GraphRenderer.Interaction next) {
        if (!next.equals(interaction)) {
            interaction = next;
            show.accept(next);
        }
    }
}
