package io.agentstudio.logic.graph.layout;

/** The rectangle a node takes on the drawing: {@code x, y} is its top-left corner. */
public record NodeBox(double x, double y, double width, double height) {

    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centerX() {
        return x + width / 2;
    }

    public double centerY() {
        return y + height / 2;
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= right() && py >= y && py <= bottom();
    }

    /** True when the boxes share more than an edge, after growing this one by {@code margin} on every side. */
    public boolean overlaps(NodeBox other, double margin) {
        return x - margin < other.right() && other.x < right() + margin
                && y - margin < other.bottom() && other.y < bottom() + margin;
    }
}
