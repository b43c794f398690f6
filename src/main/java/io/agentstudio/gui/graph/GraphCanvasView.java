package io.agentstudio.gui.graph;

import atlantafx.base.theme.Styles;
import io.agentstudio.logic.graph.GraphFormat;
import io.agentstudio.logic.graph.layout.Grouping;
import io.agentstudio.logic.graph.layout.NodeBox;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.List;

/**
 * The graph panel: a tool bar (search, fit all, centre, the focus mode and its reach, zoom, lay out again, export), the legend with the edge kind
 * and analysis toggles, the canvas with the minimap and the analyses panel, and a line for what the canvas has to say. It draws the
 * {@link GraphViewModel}'s state and passes gestures on; it decides nothing itself.
 */
public final class GraphCanvasView extends BorderPane {
    /** The longest side of an exported PNG; a big team at 100 % would be tens of thousands of pixels. */
    static final double PICTURE_MAX_SIDE = 4000;
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final double REST_MILLIS = 180;
    /**
     * How far a zoom frame may stretch the last full picture (a wheel notch is 1.1): zooming in, 1.3 keeps lines and
     * names readable; zooming out, 0.75 keeps them and the margins to draw small. Past that the frame is drawn whole.
     */
    private static final double MAX_STRETCH = 1.3;
    private static final double MIN_STRETCH = 0.75;

    private final GraphViewModel model;
    private final ObservableBooleanValue dark;
    private final Canvas canvas = new Canvas();
    private final GraphMinimap minimap;
    private final Label tip = new Label();
    private final TextField search = new TextField();
    private final CanvasGestures gestures;
    private boolean redrawQueued;
    /** True while the view pans or zooms: frames are drawn the quick way until it rests. */
    private boolean moving;
    /** The last frame's picture while the view moves, to scroll; and what it was drawn from. */
    private WritableImage lastFrame;
    private WritableImage spareFrame;
    private Frame lastFrameState;
    private double lastOffsetX;
    private double lastOffsetY;
    private final PauseTransition resting = new PauseTransition(Duration.millis(REST_MILLIS));

    public GraphCanvasView(GraphViewModel model, ObservableBooleanValue dark) {
        this.model = model;
        this.dark = dark;
        getStyleClass().add("graph-panel");
        setId("graph-panel");
        minimap = new GraphMinimap(model, dark);
        canvas.setId("graph-canvas");
        canvas.setFocusTraversable(true);
        gestures = new CanvasGestures(model, canvas, interaction -> requestRedraw(), new Tips());

        Pane surface = new Pane(canvas);
        surface.getStyleClass().add("graph-surface");
        surface.setMinSize(0, 0);
        canvas.setManaged(false);
        canvas.widthProperty().bind(surface.widthProperty());
        canvas.heightProperty().bind(surface.heightProperty());
        model.viewport().widthProperty().bind(surface.widthProperty());
        model.viewport().heightProperty().bind(surface.heightProperty());

        tip.getStyleClass().add("graph-tip");
        tip.setId("graph-tip");
        tip.setManaged(false);
        tip.setVisible(false);
        tip.setMouseTransparent(true);
        tip.setWrapText(true);
        tip.setMaxWidth(360);
        surface.getChildren().add(tip);

        setTop(new VBox(toolbar(), new GraphLegend(model)));
        setCenter(canvasAndPanel(surface));
        setBottom(messageLine());

        for (Observable observable : model.viewport().dependencies()) {
            observable.addListener(o -> viewMoved());
        }
        resting.setOnFinished(event -> {
            moving = false;
            requestRedraw();
        });
        model.revisionProperty().addListener(o -> requestRedraw());
        dark.addListener(o -> requestRedraw());
        model.exports().setPictureTaker(this::picture);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (FIND.match(event)) {
                search.requestFocus();
                event.consume();
            }
        });
    }

    /**
     * Draws at once (the canvas otherwise redraws once per change burst), the quick way while the view moves, and
     * while it pans or zooms from the last whole frame's picture (kept, rasterised, only while the view moves); what was
     * drawn, for tests and the benchmark.
     */
    public RenderStats renderNow() {
        redrawQueued = false;
        Viewport viewport = model.viewport();
        Frame frame = new Frame(viewport.scale(), viewport.widthProperty().get(), viewport.heightProperty().get(),
                model.revisionProperty().get(), dark.get(), gestures.interaction(), moving);
        double dx = viewport.offsetXProperty().get() - lastOffsetX;
        double dy = viewport.offsetYProperty().get() - lastOffsetY;
        RenderStats stats;
        if (lastFrame != null && frame.zoomedFrom(lastFrameState)) {
            // The picture stays the one drawn at its own scale: stretching a stretched picture would coarsen it more and more.
            double stretch = frame.scale() / lastFrameState.scale();
            stats = GraphRenderer.stretch(canvas.getGraphicsContext2D(), lastFrame,
                    viewport.offsetXProperty().get() - lastOffsetX * stretch, viewport.offsetYProperty().get() - lastOffsetY * stretch,
                    stretch, model, viewport, palette(), gestures.interaction(), moving);
            if (minimap.isVisible()) {
                minimap.redraw();
            }
            return stats;
        } else if (lastFrame != null && frame.equals(lastFrameState) && frame.scrollable(dx, dy)) {
            stats = GraphRenderer.scroll(canvas.getGraphicsContext2D(), lastFrame, Math.rint(dx), Math.rint(dy), model, viewport, palette(),
                    gestures.interaction(), moving);
        } else {
            stats = GraphRenderer.render(canvas.getGraphicsContext2D(), model, viewport, palette(), gestures.interaction(), true, moving);
        }
        lastOffsetX = viewport.offsetXProperty().get();
        lastOffsetY = viewport.offsetYProperty().get();
        // Only a moving view scrolls: at rest no picture is kept, and the first frame of a pan is a whole one.
        lastFrameState = moving ? frame : null;
        // Into the other picture: the frame just drawn still reads the last one.
        WritableImage next = moving && frame.width() >= 1 && frame.height() >= 1 ? canvas.snapshot(null, spareFrame) : null;
        spareFrame = lastFrame;
        lastFrame = next;
        if (minimap.isVisible()) {
            minimap.redraw();
        }
        return stats;
    }

    /**
     * What a frame's picture depends on besides the offsets: a frame that differs from the last only in whole-pixel
     * offsets can reuse its picture.
     */
    private record Frame(double scale, double width, double height, int revision, boolean dark,
                         GraphRenderer.Interaction interaction, boolean quick) {
        /** Whole pixels (give or take the rounding of the offsets' sums) and less than the view. */
        boolean scrollable(double dx, double dy) {
            return Math.abs(dx - Math.rint(dx)) < 1e-6 && Math.abs(dy - Math.rint(dy)) < 1e-6 && Math.abs(dx) < width
                    && Math.abs(dy) < height;
        }

        /**
         * Only the scale differs from the last full picture's, and by little enough that the picture stretched is
         * stretched or thinned little enough to read (about a pixel in 4 repeated or left out at most) and covers most of the view.
         */
        boolean zoomedFrom(Frame last) {
            if (last == null || scale == last.scale) {
                return false;
            }
            double stretch = scale / last.scale;
            return stretch <= MAX_STRETCH && stretch >= MIN_STRETCH
                    && equals(new Frame(scale, last.width, last.height, last.revision, last.dark, last.interaction, last.quick));
        }
    }

    private GraphPalette palette() {
        return dark.get() ? GraphPalette.DARK : GraphPalette.LIGHT;
    }

    /** The view moved: quick frames until it has rested a moment, then a full one. */
    private void viewMoved() {
        moving = true;
        resting.playFromStart();
        requestRedraw();
    }

    /** Many changes come in a burst (a pan moves both offsets): one redraw after them is enough. */
    private void requestRedraw() {
        if (!redrawQueued) {
            redrawQueued = true;
            Platform.runLater(() -> {
                if (redrawQueued) {
                    renderNow();
                }
            });
        }
    }

    /**
     * The canvas with the minimap in its bottom-right corner, and the analyses panel at its right; the minimap is
     * there only while the graph does not fit in the view, so it never covers a drawing that is all in sight.
     */
    private HBox canvasAndPanel(Pane surface) {
        MinimapCorner corner = new MinimapCorner(minimap, Bindings.createBooleanBinding(this::minimapNeeded,
                model.revisionProperty(), model.viewport().scaleProperty(), model.viewport().offsetXProperty(),
                model.viewport().offsetYProperty(), model.viewport().widthProperty(), model.viewport().heightProperty()));
        StackPane.setAlignment(corner, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(corner, new Insets(8));
        StackPane centre = new StackPane(surface, corner);
        HBox.setHgrow(centre, Priority.ALWAYS);
        return new HBox(centre, new AnalysesPanel(model.analysesPanel()));
    }

    /** When part of the graph is out of the view. */
    private boolean minimapNeeded() {
        NodeBox bounds = model.laidOut().bounds().orElse(null);
        NodeBox visible = model.viewport().visible();
        return bounds != null && (bounds.x() < visible.x() - 1 || bounds.y() < visible.y() - 1
                || bounds.right() > visible.right() + 1 || bounds.bottom() > visible.bottom() + 1);
    }

    private HBox toolbar() {
        search.setId("graph-search");
        search.setPromptText("Find agent");
        search.setPrefColumnCount(10);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnAction(event -> model.findNext());
        search.getStyleClass().add(Styles.SMALL);
        HBox.setHgrow(search, Priority.SOMETIMES);

        MenuButton export = new MenuButton(null, new FontIcon(Feather.DOWNLOAD));
        export.setId("graph-export");
        export.setTooltip(new Tooltip("Export the picture (PNG, SVG) or the graph (Mermaid, DOT)"));
        MenuItem picture = new MenuItem("Picture (PNG or SVG)…");
        picture.setOnAction(event -> model.exports().exportPicture());
        MenuItem mermaid = new MenuItem("Mermaid…");
        mermaid.setOnAction(event -> model.exports().exportText(GraphFormat.MERMAID));
        MenuItem dot = new MenuItem("Graphviz DOT…");
        dot.setOnAction(event -> model.exports().exportText(GraphFormat.DOT));
        export.getItems().addAll(picture, mermaid, dot);
        export.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);

        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("graph-busy");
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.busyProperty());

        HBox bar = new HBox(4, search,
                icon(Feather.MAXIMIZE, "graph-fit", "Fit all (0)", model::fitAll),
                icon(Feather.CROSSHAIR, "graph-centre", "Centre the selected agent (C)", model::centreSelected),
                groupingChoice(), focusToggle(), hopsChoice(),
                icon(Feather.ZOOM_OUT, "graph-zoom-out", "Zoom out (-)", model.viewport()::zoomOut),
                icon(Feather.ZOOM_IN, "graph-zoom-in", "Zoom in (+)", model.viewport()::zoomIn),
                icon(Feather.SHUFFLE, "graph-relayout", "Lay the graph out again", model::relayout),
                export, AnalysesPanel.toggle(model.analysesPanel()), busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("graph-toolbar");
        return bar;
    }

    /** Every agent on its own, or the team in groups by folder or by a field; only offered when there is a choice. */
    private ChoiceBox<Grouping> groupingChoice() {
        ChoiceBox<Grouping> grouping = new ChoiceBox<>();
        grouping.setId("graph-grouping");
        grouping.setTooltip(new Tooltip("Draw the team in groups, by folder or by a field: a closed group is one box, "
                + "double-click to open it; the number on an edge is how many handoffs it stands for"));
        grouping.setConverter(new StringConverter<>() {
            @Override
            public String toString(Grouping value) {
                return value == null ? "No groups" : "Group by " + value.title();
            }

            @Override
            public Grouping fromString(String text) {
                return null;
            }
        });
        // Refilling the items clears the value for a moment: that is not the user choosing "No groups".
        boolean[] filling = {false};
        Runnable fill = () -> {
            filling[0] = true;
            Grouping chosen = model.groups().groupingProperty().get();
            List<Grouping> items = new ArrayList<>();
            items.add(null);
            items.addAll(model.groups().choices());
            grouping.getItems().setAll(items);
            grouping.setValue(chosen);
            filling[0] = false;
        };
        fill.run();
        model.groups().choices().addListener((ListChangeListener<Grouping>) change -> fill.run());
        model.groups().groupingProperty().addListener((observable, was, now) -> grouping.setValue(now));
        grouping.valueProperty().addListener((observable, was, now) -> {
            if (!filling[0]) {
                model.groups().groupingProperty().set(now);
            }
        });
        grouping.getStyleClass().add(Styles.SMALL);
        // As wide as its longest usual item ("Group by folder"); a field's name longer than that is cut, not the bar.
        grouping.setPrefWidth(140);
        grouping.setMinWidth(Region.USE_PREF_SIZE);
        grouping.visibleProperty().bind(Bindings.isNotEmpty(model.groups().choices()));
        grouping.managedProperty().bind(grouping.visibleProperty());
        return grouping;
    }

    /** The focus mode: the selected agent and its neighbours only (F); pressed again, the whole team. */
    private ToggleButton focusToggle() {
        ToggleButton focus = new ToggleButton("Focus", new FontIcon(Feather.TARGET));
        focus.setId("graph-focus");
        focus.setTooltip(new Tooltip("Show only the selected agent and its neighbours, laid out on their own (F; Esc or F again: the whole team)"));
        focus.getStyleClass().add(Styles.SMALL);
        focus.setOnAction(event -> {
            model.toggleFocus();
            focus.setSelected(model.focusedNodeProperty().get() != null);
        });
        model.focusedNodeProperty().addListener((observable, was, now) -> focus.setSelected(now != null));
        return focus;
    }

    /** How far the focus mode reaches: 1 or 2 hops each way; only while focused. */
    private ChoiceBox<Integer> hopsChoice() {
        ChoiceBox<Integer> hops = new ChoiceBox<>(FXCollections.observableArrayList(1, 2));
        hops.setId("graph-focus-hops");
        hops.setTooltip(new Tooltip("How far the focus reaches each way: whom it hands work to and who hands work to it"));
        hops.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value == 1 ? "1 hop" : value + " hops";
            }

            @Override
            public Integer fromString(String text) {
                return Integer.valueOf(text.replaceAll("\\D", ""));
            }
        });
        hops.setValue(model.focusHopsProperty().get());
        hops.valueProperty().addListener((observable, was, now) -> model.focusHopsProperty().set(now));
        hops.getStyleClass().add(Styles.SMALL);
        hops.setPrefWidth(92);
        hops.visibleProperty().bind(model.focusedNodeProperty().isNotNull());
        hops.managedProperty().bind(hops.visibleProperty());
        return hops;
    }

    private static Button icon(Feather glyph, String id, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(glyph));
        button.setId(id);
        button.setTooltip(new Tooltip(tip));
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setOnAction(event -> action.run());
        return button;
    }

    private Label messageLine() {
        Label message = new Label();
        message.setId("graph-message");
        message.getStyleClass().add("graph-message");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        return message;
    }

    /** The whole graph drawn off screen at up to 100 %, for the PNG export. */
    private GraphExports.Picture picture() {
        NodeBox bounds = model.laidOut().bounds().orElse(null);
        if (bounds == null) {
            return null;
        }
        double margin = 24;
        double scale = Math.min(1, PICTURE_MAX_SIDE / (Math.max(bounds.width(), bounds.height()) + 2 * margin));
        int width = (int) Math.ceil((bounds.width() + 2 * margin) * scale);
        int height = (int) Math.ceil((bounds.height() + 2 * margin) * scale);
        Viewport whole = new Viewport();
        whole.widthProperty().set(width);
        whole.heightProperty().set(height);
        whole.fit(bounds);
        Canvas offscreen = new Canvas(width, height);
        GraphRenderer.render(offscreen.getGraphicsContext2D(), model, whole, palette(), GraphRenderer.Interaction.NONE, false, false);
        WritableImage image = offscreen.snapshot(new SnapshotParameters(), null);
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return new GraphExports.Picture(width, height, pixels);
    }

    /** The hover text: a tooltip-like label next to the mouse, kept inside the canvas. */
    private final class Tips implements CanvasGestures.TipShower {
        @Override
        public void show(String text, double x, double y) {
            tip.setText(text);
            tip.setVisible(true);
            tip.autosize();
            double left = x + 14 + tip.getWidth() > canvas.getWidth() ? Math.max(0, x - 14 - tip.getWidth()) : x + 14;
            double top = y + 18 + tip.getHeight() > canvas.getHeight() ? Math.max(0, y - 8 - tip.getHeight()) : y + 18;
            tip.relocate(left, top);
        }

        @Override
        public void hide() {
            tip.setVisible(false);
        }
    }
}
