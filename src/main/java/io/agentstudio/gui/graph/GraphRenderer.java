package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.AnalysisMarks;
import io.agentstudio.logic.graph.layout.EdgeCurve;
import io.agentstudio.logic.graph.layout.GroupedView;
import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.logic.graph.layout.NodeFace;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.model.Severity;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Draws the graph on a canvas in one pass. Only what is on screen is drawn (nodes and edges outside the view are
 * skipped on their bounding boxes), edges of one style go in one path and one stroke (JavaFX rasterises paths on the
 * CPU, and one long path costs far less than many short ones), and far out edges are straight and text, arrow heads
 * and dashes are left out, so 500 agents and 1,500 edges pan and zoom smoothly.
 * <p>
 * Zoomed out so far that a name inside its box would be smaller than {@link #LABEL_SIZE}, the names are written at that
 * size on tags over their boxes instead, as many as fit without covering each other ({@link LabelPlacement}): a
 * team of 50 at "fit all" still reads. The tags are placed over the whole drawing, not the view, so pan frames that
 * draw only strips write the same ones, and the placement is kept from frame to frame while the zoom, the boxes, the
 * selection and the search stay the same.
 */
final class GraphRenderer {
    /** Below this zoom the names cannot be read anyway: boxes and lines only. */
    static final double DETAIL_SCALE = 0.4;
    private static final double ARROW = 8;
    private static final double DOT = 3;
    /** How far the edges of other agents fade towards the background while one agent is open or selected. */
    private static final double FADE = 0.7;
    /** How opaque an agent turned off is drawn. */
    static final double OFF_ALPHA = 0.45;
    private static final double GAP = 4;
    private static final double NAME_SIZE = 13;
    /** The smallest name the canvas writes (screen pixels): below it, names are written on tags at this size. */
    static final double LABEL_SIZE = 11;
    private static final Font NAME = Font.font("System", FontWeight.BOLD, NAME_SIZE);
    private static final Font LABEL = Font.font("System", FontWeight.BOLD, LABEL_SIZE);
    private static final double TAG_HEIGHT = LABEL_SIZE + 2 * LabelPlacement.PAD + 1;
    /** Widths of names in the tag font, measured once each (FX thread only). */
    private static final Map<String, Double> LABEL_WIDTHS = new HashMap<>();
    private static final Font MODEL = Font.font("System", 11);
    private static final Font GHOST = Font.font("System", FontWeight.NORMAL, FontPosture.ITALIC, 11);
    private static final double CHARACTER = 7.6;

    /** A link being drawn from a node's handle to the mouse (drawing coordinates). */
    record LinkDraft(String fromId, double toX, double toY) {
    }

    /** The transient state of the canvas that is not the ViewModel's: hover, a link being drawn; none for an export. */
    record Interaction(String hoveredNode, GraphEdge hoveredEdge, LinkDraft draft) {
        static final Interaction NONE = new Interaction(null, null, null);
    }

    private GraphRenderer() {
    }

    /**
     * @param highlights false for an export: no selection, open agent or hover
     * @param quick      while the view moves: edges straight, without arrow heads, dashes or double lines (a full
     *                   pass follows once the view rests)
     */
    static RenderStats render(GraphicsContext g, GraphViewModel model, Viewport viewport, GraphPalette palette, Interaction interaction,
                              boolean highlights, boolean quick) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        return renderArea(g, model, viewport, palette, interaction, highlights, quick,
                new NodeBox(0, 0, viewport.widthProperty().get(), viewport.heightProperty().get()));
    }

    /**
     * A frame of a pan made from the last one: its picture moved by {@code (dx, dy)} whole screen pixels, and only the
     * strips that come into view drawn. The same pixels as a whole frame at the new place (the same shapes rasterised
     * at the same sub-pixel position), at the cost of the strips: a pan frame no longer draws every edge on screen.
     *
     * @param previous the last frame, drawn at the same scale, size and state, with the same {@code quick}
     */
    static RenderStats scroll(GraphicsContext g, Image previous, double dx, double dy, GraphViewModel model, Viewport viewport,
                              GraphPalette palette, Interaction interaction, boolean quick) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setImageSmoothing(false);
        g.drawImage(previous, dx, dy);
        g.setImageSmoothing(true);
        return drawStrips(g, exposed(viewport.widthProperty().get(), viewport.heightProperty().get(), dx, dy), model, viewport,
                palette, interaction, quick);
    }

    /**
     * A frame of a zoom made from an earlier picture: that picture stretched by {@code stretch} and placed at
     * {@code (x, y)} (screen pixels), and only the margins it leaves uncovered drawn (when zooming out). The same
     * shapes in the same places, their pixels repeated (zooming in) or thinned (zooming out) by the nearest-pixel
     * stretch; the caller keeps the stretch small and a full frame follows when the view rests.
     *
     * @param picture a frame drawn at the same size and state, with the same {@code quick}, at another scale
     */
    static RenderStats stretch(GraphicsContext g, Image picture, double x, double y, double stretch, GraphViewModel model,
                               Viewport viewport, GraphPalette palette, Interaction interaction, boolean quick) {
        double width = viewport.widthProperty().get();
        double height = viewport.heightProperty().get();
        g.setTransform(1, 0, 0, 1, 0, 0);
        // Nearest pixel: JavaFX's smoothed stretch of a whole view costs about as much as drawing the frame (~20 ms).
        g.setImageSmoothing(false);
        g.drawImage(picture, x, y, picture.getWidth() * stretch, picture.getHeight() * stretch);
        g.setImageSmoothing(true);
        return drawStrips(g, uncovered(width, height, x, y, picture.getWidth() * stretch, picture.getHeight() * stretch), model,
                viewport, palette, interaction, quick);
    }

    /**
     * The whole-pixel parts of a {@code width x height} view outside the picture at {@code (x, y, w, h)}: what a zoom
     * frame has to draw (screen pixels; they may overlap the picture's border by a pixel).
     */
    static List<NodeBox> uncovered(double width, double height, double x, double y, double w, double h) {
        List<NodeBox> strips = new ArrayList<>();
        double left = Math.max(0, Math.ceil(x));
        double right = Math.min(width, Math.floor(x + w));
        if (left > 0) {
            strips.add(new NodeBox(0, 0, left, height));
        }
        if (right < width) {
            strips.add(new NodeBox(right, 0, width - right, height));
        }
        double top = Math.max(0, Math.ceil(y));
        double bottom = Math.min(height, Math.floor(y + h));
        if (top > 0 && right > left) {
            strips.add(new NodeBox(left, 0, right - left, top));
        }
        if (bottom < height && right > left) {
            strips.add(new NodeBox(left, bottom, right - left, height - bottom));
        }
        return strips;
    }

    private static RenderStats drawStrips(GraphicsContext g, List<NodeBox> strips, GraphViewModel model, Viewport viewport,
                                          GraphPalette palette, Interaction interaction, boolean quick) {
        int nodes = 0;
        int edges = 0;
        List<RenderStats.Label> labels = new ArrayList<>();
        for (NodeBox strip : strips) {
            g.save();
            g.beginPath();
            g.rect(strip.x(), strip.y(), strip.width(), strip.height());
            g.clip();
            RenderStats drawn = renderArea(g, model, viewport, palette, interaction, true, quick, strip);
            g.restore();
            nodes += drawn.nodes();
            edges += drawn.edges();
            labels.addAll(drawn.labels());
        }
        return new RenderStats(nodes, edges, labels);
    }

    /** The parts of a {@code width x height} view that its picture moved by {@code (dx, dy)} leaves empty (screen pixels). */
    static List<NodeBox> exposed(double width, double height, double dx, double dy) {
        List<NodeBox> strips = new ArrayList<>();
        if (dx > 0) {
            strips.add(new NodeBox(0, 0, dx, height));
        } else if (dx < 0) {
            strips.add(new NodeBox(width + dx, 0, -dx, height));
        }
        // The corner both strips share belongs to the one above.
        double left = Math.max(0, dx);
        double across = width - Math.abs(dx);
        if (dy > 0) {
            strips.add(new NodeBox(left, 0, across, dy));
        } else if (dy < 0) {
            strips.add(new NodeBox(left, height + dy, across, -dy));
        }
        return strips;
    }

    /** Draws what falls in {@code area} (screen pixels) over it; the caller clips to it when it is not the whole view. */
    private static RenderStats renderArea(GraphicsContext g, GraphViewModel model, Viewport viewport, GraphPalette palette,
                                          Interaction interaction, boolean highlights, boolean quick, NodeBox area) {
        double scale = viewport.scale();
        g.setLineDashes((double[]) null);
        g.setFill(palette.background());
        g.fillRect(area.x(), area.y(), area.width(), area.height());
        g.setTransform(scale, 0, 0, scale, viewport.offsetXProperty().get(), viewport.offsetYProperty().get());
        boolean detail = scale >= DETAIL_SCALE;
        boolean tags = scale * NAME_SIZE < LABEL_SIZE;
        boolean fineEdges = detail && !quick;
        LaidOutGraph laidOut = model.laidOut();
        NodeBox visible = grown(new NodeBox(viewport.toDrawingX(area.x()), viewport.toDrawingY(area.y()), area.width() / scale,
                area.height() / scale), 30 / scale);
        AnalysisMarks marks = model.marks();
        String opened = highlights ? model.openedNodeProperty().get() : null;
        String chosen = highlights ? model.selectedNodeProperty().get() : null;
        GraphEdge selected = highlights ? model.selectedEdgeProperty().get() : null;
        GroupedView grouped = model.groupedView();
        if (grouped != null) {
            GroupDrawing.frames(g, grouped, palette, scale, detail, visible);
        }
        // With an agent open or selected, the other edges step back so that its own stand out in a big team.
        double fade = opened != null || chosen != null || selected != null ? FADE : 0;

        Map<EdgeKind, List<EdgeCurve>> plain = new EnumMap<>(EdgeKind.class);
        List<EdgeCurve> deep = new ArrayList<>();
        List<EdgeCurve> cycle = new ArrayList<>();
        List<GraphEdge> emphasised = new ArrayList<>();
        Set<EdgeKind> shown = model.shownKinds();
        int edges = 0;
        for (GraphEdge edge : laidOut.graph().edges()) {
            if (!shown.contains(edge.kind())) {
                continue;
            }
            EdgeCurve curve = laidOut.curve(edge);
            if (!curve.mayCross(visible, 0)) {
                continue;
            }
            edges++;
            if (edge.equals(selected) || edge.equals(interaction.hoveredEdge()) || touches(edge, opened) || touches(edge, chosen)) {
                emphasised.add(edge);
            } else if (marks.inCycle(edge)) {
                cycle.add(curve);
            } else if (marks.inDeepChain(edge)) {
                deep.add(curve);
            } else {
                plain.computeIfAbsent(edge.kind(), k -> new ArrayList<>()).add(curve);
            }
        }
        Color background = palette.background();
        plain.forEach((kind, curves) -> strokeKind(g, kind, curves, colourOf(kind, palette).interpolate(background, fade), palette,
                scale, fineEdges, 1));
        strokeKind(g, EdgeKind.DELEGATES, deep, palette.deep().interpolate(background, fade), palette, scale, fineEdges, 1.6);
        strokeKind(g, EdgeKind.DELEGATES, cycle, palette.cycle().interpolate(background, fade), palette, scale, fineEdges, 1.6);
        for (GraphEdge edge : emphasised) {
            double weight = edge.equals(selected) ? 2.6 : 1.8;
            strokeKind(g, edge.kind(), List.of(laidOut.curve(edge)), palette.accent(), palette, scale, detail, weight);
        }

        if (grouped != null && detail) {
            GroupDrawing.counts(g, grouped, laidOut, shown, palette, visible);
        }
        int nodes = 0;
        List<RenderStats.Label> labels = new ArrayList<>();
        for (GraphNode node : laidOut.graph().nodes()) {
            NodeBox box = laidOut.boxes().get(node.id());
            if (box.right() < visible.x() || box.x() > visible.right() || box.bottom() < visible.y() || box.y() > visible.bottom()) {
                continue;
            }
            nodes++;
            drawNode(g, model, node, box, laidOut.faces().get(node.id()), marks, palette, scale, detail, !tags, highlights, interaction,
                    viewport, labels);
        }
        LinkDraft draft = interaction.draft();
        if (draft != null && laidOut.boxes().containsKey(draft.fromId())) {
            NodeBox from = laidOut.boxes().get(draft.fromId());
            g.setStroke(palette.accent());
            g.setLineWidth(2 / scale);
            g.setLineDashes(6 / scale, 4 / scale);
            g.strokeLine(from.right(), from.centerY(), draft.toX(), draft.toY());
            g.setLineDashes((double[]) null);
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        if (tags) {
            writeTags(g, model, viewport, palette, highlights, area, labels);
        }
        return new RenderStats(nodes, edges, labels);
    }

    private static Color colourOf(EdgeKind kind, GraphPalette palette) {
        return switch (kind) {
            case MENTIONS -> palette.mention();
            case PRELOADS, RUNS_AS -> palette.skillEdge();
            case DELEGATES, SPAWNS -> palette.edge();
        };
    }

    private static boolean skillKind(EdgeKind kind) {
        return kind == EdgeKind.PRELOADS || kind == EdgeKind.RUNS_AS;
    }

    /** A skill's box: rounder than an agent's, so the two kinds of node differ in shape as well as colour. */
    private static double arc(GraphNode node, NodeBox box) {
        return node.isSkill() ? Math.min(box.height(), 28) : 12;
    }

    /**
     * Strokes every curve of one style as one path; spawns as a double line, mentions dotted, arrows for handoffs.
     * Without {@code detail}: straight lines only.
     */
    private static void strokeKind(GraphicsContext g, EdgeKind kind, List<EdgeCurve> curves, Color colour, GraphPalette palette,
                                   double scale, boolean detail, double weight) {
        if (curves.isEmpty()) {
            return;
        }
        g.beginPath();
        for (EdgeCurve c : curves) {
            g.moveTo(c.startX(), c.startY());
            if (detail) {
                g.bezierCurveTo(c.control1X(), c.control1Y(), c.control2X(), c.control2Y(), c.endX(), c.endY());
            } else {
                // Far out a team is a web of lines either way; straight ones rasterise in about half the time.
                g.lineTo(c.endX(), c.endY());
            }
        }
        g.setStroke(colour);
        double pixel = 1 / scale;
        if (kind == EdgeKind.SPAWNS && detail) {
            g.setLineWidth(4.5 * weight);
            g.stroke();
            g.setStroke(palette.background());
            g.setLineWidth(1.5 * weight);
            g.stroke();
        } else if (kind == EdgeKind.MENTIONS) {
            g.setLineWidth(Math.max(pixel, 1.2 * weight));
            if (detail) {
                // In screen pixels: in drawing units a long mention far out would be thousands of dashes to rasterise.
                g.setLineDashes(DOT / scale, GAP / scale);
            }
            g.stroke();
            g.setLineDashes((double[]) null);
        } else if (skillKind(kind) && detail) {
            g.setLineWidth(Math.max(pixel, 1.5 * weight));
            g.setLineDashes(7, 4);
            g.stroke();
            g.setLineDashes((double[]) null);
        } else {
            g.setLineWidth(Math.max(pixel, 1.5 * weight));
            g.stroke();
        }
        if (detail && kind != EdgeKind.MENTIONS) {
            g.setFill(colour);
            g.beginPath();
            for (EdgeCurve c : curves) {
                g.moveTo(c.endX(), c.endY());
                g.lineTo(c.endX() - ARROW * 1.2, c.endY() - ARROW / 2);
                g.lineTo(c.endX() - ARROW * 1.2, c.endY() + ARROW / 2);
                g.closePath();
            }
            g.fill();
        }
    }

    /**
     * Writes the names that {@link LabelPlacement} finds room for and that meet {@code area}, each on a tag of its
     * node's colours (screen pixels, the transform reset), and adds them to {@code labels}.
     */
    private static void writeTags(GraphicsContext g, GraphViewModel model, Viewport viewport, GraphPalette palette, boolean highlights,
                                  NodeBox area, List<RenderStats.Label> labels) {
        LaidOutGraph laidOut = model.laidOut();
        String opened = highlights ? model.openedNodeProperty().get() : null;
        String chosen = highlights ? model.selectedNodeProperty().get() : null;
        Map<String, Integer> handoffs = new HashMap<>();
        for (GraphEdge edge : laidOut.graph().edges()) {
            if (edge.kind() != EdgeKind.MENTIONS) {
                handoffs.merge(edge.from().id(), 1, Integer::sum);
                handoffs.merge(edge.to().id(), 1, Integer::sum);
            }
        }
        List<LabelPlacement.Wish> wishes = new ArrayList<>();
        Map<String, GraphNode> byId = new HashMap<>();
        for (GraphNode node : laidOut.graph().nodes()) {
            String id = node.id();
            byId.put(id, node);
            int rank = id.equals(chosen) || id.equals(opened) ? 0 : model.matchesSearch(node) ? 1 : 2;
            NodeFace face = laidOut.faces().get(id);
            // Zoomed out a closed group's tag is all it shows: how many agents it holds goes on it.
            String text = node.isGroup() ? face.title() + " · " + face.model() : face.title();
            wishes.add(new LabelPlacement.Wish(id, text, laidOut.boxes().get(id), rank, handoffs.getOrDefault(id, 0)));
        }
        double scale = viewport.scale();
        double dx = viewport.offsetXProperty().get();
        double dy = viewport.offsetYProperty().get();
        g.setFont(LABEL);
        g.setTextBaseline(VPos.CENTER);
        for (LabelPlacement.Placed placed : LabelPlacement.placeAgain(wishes, scale, viewport.widthProperty().get(),
                viewport.heightProperty().get(), GraphRenderer::labelWidth, TAG_HEIGHT)) {
            NodeBox tag = placed.tag();
            NodeBox shown = new NodeBox(tag.x() + dx, tag.y() + dy, tag.width(), tag.height());
            if (shown.right() < area.x() || shown.x() > area.right() || shown.bottom() < area.y() || shown.y() > area.bottom()) {
                continue;
            }
            GraphNode node = byId.get(placed.nodeId());
            boolean selected = placed.nodeId().equals(chosen);
            boolean open = placed.nodeId().equals(opened);
            NodeBox box = laidOut.boxes().get(placed.nodeId());
            boolean inside = viewport.toScreenX(box.x()) <= shown.x() && shown.right() <= viewport.toScreenX(box.right())
                    && viewport.toScreenY(box.y()) <= shown.y() && shown.bottom() <= viewport.toScreenY(box.bottom());
            if (!inside) {
                // Beyond its box the tag is the node's face: its colours, and an outline that keeps it off the edges.
                g.setFill(model.matchesSearch(node) ? palette.match() : open ? palette.accentFill()
                        : node.isGhost() ? palette.ghostFill() : node.isSkill() ? palette.skillFill() : palette.nodeFill());
                g.fillRoundRect(shown.x(), shown.y(), shown.width(), shown.height(), 6, 6);
                g.setStroke(selected || open ? palette.accent() : palette.nodeStroke());
                g.setLineWidth(selected ? 2 : 1);
                g.strokeRoundRect(shown.x(), shown.y(), shown.width(), shown.height(), 6, 6);
            }
            g.setFill(palette.text());
            g.fillText(placed.text(), shown.x() + LabelPlacement.PAD, shown.centerY());
            labels.add(new RenderStats.Label(placed.nodeId(), placed.text(), LABEL_SIZE, shown));
        }
        g.setTextBaseline(VPos.BASELINE);
    }

    private static double labelWidth(String text) {
        return LABEL_WIDTHS.computeIfAbsent(text, t -> {
            Text measured = new Text(t);
            measured.setFont(LABEL);
            return Math.ceil(measured.getLayoutBounds().getWidth());
        });
    }

    /**
     * @param names whether the name (and model) are written inside the box; otherwise {@link #writeTags} writes it
     */
    private static void drawNode(GraphicsContext g, GraphViewModel model, GraphNode node, NodeBox box, NodeFace face,
                                 AnalysisMarks marks, GraphPalette palette, double scale, boolean detail, boolean names,
                                 boolean highlights, Interaction interaction, Viewport viewport, List<RenderStats.Label> labels) {
        // An agent turned off is drawn faded, in either theme, with everything it shows still readable.
        if (!model.isOff(node.id())) {
            drawNodeFace(g, model, node, box, face, marks, palette, scale, detail, names, highlights, interaction, viewport, labels);
            return;
        }
        double alpha = g.getGlobalAlpha();
        g.setGlobalAlpha(alpha * OFF_ALPHA);
        try {
            drawNodeFace(g, model, node, box, face, marks, palette, scale, detail, names, highlights, interaction, viewport, labels);
        } finally {
            g.setGlobalAlpha(alpha);
        }
    }

    private static void drawNodeFace(GraphicsContext g, GraphViewModel model, GraphNode node, NodeBox box, NodeFace face,
                                     AnalysisMarks marks, GraphPalette palette, double scale, boolean detail, boolean names,
                                     boolean highlights, Interaction interaction, Viewport viewport, List<RenderStats.Label> labels) {
        boolean selected = highlights && node.id().equals(model.selectedNodeProperty().get());
        boolean opened = highlights && node.id().equals(model.openedNodeProperty().get());
        boolean match = model.matchesSearch(node) || model.analysesPanel().isHighlighted(node.id());
        Color fill = match ? palette.match() : opened ? palette.accentFill() : node.isGhost() ? palette.ghostFill()
                : node.isSkill() ? palette.skillFill() : palette.nodeFill();
        if (node.isGroup()) {
            GroupDrawing.stackBehind(g, box, palette, scale);
        }
        g.setFill(fill);
        if (!detail) {
            g.fillRect(box.x(), box.y(), box.width(), box.height());
            boolean inCycle = marks.cycleNodes().contains(node.id());
            g.setStroke(selected || opened ? palette.accent() : inCycle ? palette.cycle() : palette.nodeStroke());
            g.setLineWidth((selected ? 3 : 1) / scale);
            g.strokeRect(box.x(), box.y(), box.width(), box.height());
            return;
        }
        if (highlights && node.id().equals(model.focusedNodeProperty().get())) {
            // The focused agent of the focus mode: a wide ring around it, whatever else is selected.
            g.setStroke(palette.accent());
            g.setLineWidth(3);
            g.strokeRoundRect(box.x() - 6, box.y() - 6, box.width() + 12, box.height() + 12, 18, 18);
        }
        g.fillRoundRect(box.x(), box.y(), box.width(), box.height(), arc(node, box), arc(node, box));
        if (selected || opened) {
            g.setStroke(palette.accent());
            g.setLineWidth(selected ? 2.5 : 1.8);
        } else if (marks.cycleNodes().contains(node.id())) {
            g.setStroke(palette.cycle());
            g.setLineWidth(2);
        } else {
            g.setStroke(node.isSkill() ? palette.skillEdge() : palette.nodeStroke());
            g.setLineWidth(1);
        }
        if (node.isGhost()) {
            g.setLineDashes(5, 4);
        }
        g.strokeRoundRect(box.x(), box.y(), box.width(), box.height(), arc(node, box), arc(node, box));
        g.setLineDashes((double[]) null);
        if (!face.colour().isEmpty()) {
            g.setFill(Color.web(face.colour()));
            g.fillRoundRect(box.x() + 1.5, box.y() + 7, 4, box.height() - 14, 3, 3);
        }
        if (names) {
            writeInside(g, node, box, face, palette, scale, viewport, labels);
        }
        Optional<Severity> severity = model.severity(node.id());
        if (severity.isPresent()) {
            g.setFill(switch (severity.get()) {
                case ERROR -> palette.error();
                case WARNING -> palette.warning();
                case INFO -> palette.info();
            });
            g.fillOval(box.right() - 15, box.y() + 5, 10, 10);
        }
        if (marks.unreached().contains(node.id())) {
            g.setStroke(palette.mutedText());
            g.setLineWidth(1.2);
            g.setFill(palette.background());
            g.fillOval(box.x() - 4, box.centerY() - 4, 8, 8);
            g.strokeOval(box.x() - 4, box.centerY() - 4, 8, 8);
        }
        boolean handle = highlights && !node.isGhost() && !node.isGroup() && !node.isSkill() && (selected || node.id().equals(interaction.hoveredNode()));
        if (handle) {
            double r = GraphHits.HANDLE_RADIUS;
            g.setFill(palette.accent());
            g.fillOval(box.right() - r, box.centerY() - r, 2 * r, 2 * r);
        }
    }

    /** The name and, smaller, the model (or the ghost's offer) inside the box, in drawing units. */
    private static void writeInside(GraphicsContext g, GraphNode node, NodeBox box, NodeFace face, GraphPalette palette, double scale,
                                    Viewport viewport, List<RenderStats.Label> labels) {
        String name = fit(face.title(), box.width() - 30);
        g.setFill(palette.text());
        g.setFont(NAME);
        g.fillText(name, box.x() + 12, box.y() + 19);
        labels.add(new RenderStats.Label(node.id(), name, NAME_SIZE * scale, new NodeBox(viewport.toScreenX(box.x() + 12),
                viewport.toScreenY(box.y() + 19 - NAME_SIZE), CHARACTER * name.length() * scale, NAME_SIZE * scale)));
        if (node.isGhost() && !node.isSkill()) {
            g.setFill(palette.accent());
            g.setFont(GHOST);
            g.fillText("+ create this agent", box.x() + 12, box.y() + 36);
        } else if (!face.model().isEmpty()) {
            g.setFill(palette.mutedText());
            g.setFont(MODEL);
            g.fillText(fit(face.model(), box.width() - 24), box.x() + 12, box.y() + 36);
        }
    }

    private static boolean touches(GraphEdge edge, String nodeId) {
        return nodeId != null && (edge.from().id().equals(nodeId) || edge.to().id().equals(nodeId));
    }

    /** The text cut short with an ellipsis where it would run past {@code width} (estimated, like the node sizes). */
    static String fit(String text, double width) {
        int fits = (int) Math.floor(width / CHARACTER);
        return text.length() <= fits ? text : text.substring(0, Math.max(1, fits - 1)) + "…";
    }

    private static NodeBox grown(NodeBox box, double margin) {
        return new NodeBox(box.x() - margin, box.y() - margin, box.width() + 2 * margin, box.height() + 2 * margin);
    }
}
