package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * Which part of the drawing the canvas shows: a scale and an offset, so that a point of the drawing appears at
 * {@code drawing * scale + offset} on the screen. The canvas's size is set by the view; zooming keeps the point under
 * the mouse (or the centre) where it is.
 */
public final class Viewport {
    static final double MIN_SCALE = 0.02;
    static final double MAX_SCALE = 3;
    static final double STEP = 1.2;
    /** Names are legible from about this zoom on. */
    static final double READABLE = 0.75;
    /** A big team is first shown at this zoom: names still legible, as many agents around as possible. */
    static final double FIRST_LOOK = 0.6;
    private static final double FIT_MARGIN = 24;

    // Properties
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(this, "scale", 1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX", 0);
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY", 0);
    private final DoubleProperty width = new SimpleDoubleProperty(this, "width", 0);
    private final DoubleProperty height = new SimpleDoubleProperty(this, "height", 0);
    /** How the view was placed, while the user has not moved it since: a resize places it again the same way. */
    private Runnable placement;

    public Viewport() {
        width.addListener((observable, was, now) -> placeAgain());
        height.addListener((observable, was, now) -> placeAgain());
    }

    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetXProperty() {
        return offsetX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetYProperty() {
        return offsetY.getReadOnlyProperty();
    }

    /** The canvas's width in screen pixels; the view keeps it current. */
    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty heightProperty() {
        return height;
    }

    public double scale() {
        return scale.get();
    }

    /** Everything that changes what is shown, to redraw on. */
    public Observable[] dependencies() {
        return new Observable[] {scale, offsetX, offsetY, width, height};
    }

    // Conversions

    public double toDrawingX(double screenX) {
        return (screenX - offsetX.get()) / scale.get();
    }

    public double toDrawingY(double screenY) {
        return (screenY - offsetY.get()) / scale.get();
    }

    public double toScreenX(double drawingX) {
        return drawingX * scale.get() + offsetX.get();
    }

    public double toScreenY(double drawingY) {
        return drawingY * scale.get() + offsetY.get();
    }

    /** The part of the drawing on screen. */
    public NodeBox visible() {
        return new NodeBox(toDrawingX(0), toDrawingY(0), width.get() / scale.get(), height.get() / scale.get());
    }

    // Commands

    /** Zooms by {@code factor} keeping the drawing point under {@code (screenX, screenY)} in place. */
    public void zoomAt(double factor, double screenX, double screenY) {
        placement = null;
        double next = clamp(scale.get() * factor);
        double drawingX = toDrawingX(screenX);
        double drawingY = toDrawingY(screenY);
        scale.set(next);
        offsetX.set(screenX - drawingX * next);
        offsetY.set(screenY - drawingY * next);
    }

    public void zoomIn() {
        zoomAt(STEP, width.get() / 2, height.get() / 2);
    }

    public void zoomOut() {
        zoomAt(1 / STEP, width.get() / 2, height.get() / 2);
    }

    public void panBy(double screenDx, double screenDy) {
        placement = null;
        offsetX.set(offsetX.get() + screenDx);
        offsetY.set(offsetY.get() + screenDy);
    }

    /** Shows all of {@code bounds}, at most at 100 %, centred; until the user moves the view, a resize fits it again. */
    public void fit(NodeBox bounds) {
        follow(() -> fitNow(bounds));
    }

    /** Puts the drawing point in the middle of the canvas without changing the zoom. */
    public void centreOn(double drawingX, double drawingY) {
        placement = null;
        centre(drawingX, drawingY);
    }

    /** Centres a node, zooming in to a readable size when the view is too far out to read it. */
    public void focus(NodeBox box) {
        placement = null;
        if (scale.get() < READABLE) {
            scale.set(READABLE);
        }
        centre(box.centerX(), box.centerY());
    }

    /** The zoom at which {@code bounds} fits the canvas (at most 100 %). */
    public double fitScale(NodeBox bounds) {
        double fitWidth = (width.get() - 2 * FIT_MARGIN) / Math.max(1, bounds.width());
        double fitHeight = (height.get() - 2 * FIT_MARGIN) / Math.max(1, bounds.height());
        return clamp(Math.min(1, Math.min(fitWidth, fitHeight)));
    }

    /** Places the view now and again after every resize, until the user moves it. */
    void follow(Runnable placeView) {
        placement = placeView;
        placeAgain();
    }

    void fitNow(NodeBox bounds) {
        scale.set(fitScale(bounds));
        centre(bounds.centerX(), bounds.centerY());
    }

    /** A node in the middle at the zoom of a first look at a big team. */
    void overviewNow(NodeBox box) {
        scale.set(FIRST_LOOK);
        centre(box.centerX(), box.centerY());
    }

    /** The drawing from its top-left corner at the zoom of a first look at a big team. */
    void cornerNow(NodeBox bounds) {
        scale.set(FIRST_LOOK);
        offsetX.set(FIT_MARGIN - bounds.x() * FIRST_LOOK);
        offsetY.set(FIT_MARGIN - bounds.y() * FIRST_LOOK);
    }

    private void centre(double drawingX, double drawingY) {
        offsetX.set(width.get() / 2 - drawingX * scale.get());
        offsetY.set(height.get() / 2 - drawingY * scale.get());
    }

    private void placeAgain() {
        if (placement != null && width.get() > 0 && height.get() > 0) {
            placement.run();
        }
    }

    private static double clamp(double value) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, value));
    }
}
