package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.EdgeKind;

/**
 * How an edge is drawn: a cubic Bézier curve from the right side of the node that hands work on to the left side of
 * the node that receives it, leaving and arriving horizontally (so the arrow always points into the node). Edges of
 * different kinds between the same two nodes run in lanes a few pixels apart. The canvas and the SVG share it.
 */
public record EdgeCurve(double startX, double startY, double control1X, double control1Y, double control2X, double control2Y,
                        double endX, double endY) {
    static final double LANE = 7;
    static final double MIN_BEND = 48;
    static final double MAX_BACK_BEND = 110;

    public static EdgeCurve between(NodeBox from, NodeBox to, EdgeKind kind) {
        double lane = switch (kind) {
            case SPAWNS -> -LANE;
            case DELEGATES, PRELOADS, RUNS_AS -> 0;
            case MENTIONS -> LANE;
        };
        double startX = from.right();
        double startY = from.centerY() + lane;
        double endX = to.x();
        double endY = to.centerY() + lane;
        // Forwards, the curve bends over half the distance; backwards (right to left) a long bend would swing far out
        // on both sides, so it stays short and the curve loops back tightly.
        double bend = endX >= startX ? Math.max(MIN_BEND, (endX - startX) / 2)
                : Math.min(MAX_BACK_BEND, MIN_BEND + Math.abs(endY - startY) / 4);
        return new EdgeCurve(startX, startY, startX + bend, startY, endX - bend, endY, endX, endY);
    }

    public double minX() {
        return Math.min(Math.min(startX, endX), Math.min(control1X, control2X));
    }

    public double maxX() {
        return Math.max(Math.max(startX, endX), Math.max(control1X, control2X));
    }

    public double minY() {
        return Math.min(Math.min(startY, endY), Math.min(control1Y, control2Y));
    }

    public double maxY() {
        return Math.max(Math.max(startY, endY), Math.max(control1Y, control2Y));
    }

    /** True when the curve's bounding box meets {@code area} grown by {@code margin}: the curve may be in it. */
    public boolean mayCross(NodeBox area, double margin) {
        return maxX() >= area.x() - margin && minX() <= area.right() + margin
                && maxY() >= area.y() - margin && minY() <= area.bottom() + margin;
    }

    /** The point at {@code t} in [0, 1] along the curve. */
    public Point at(double t) {
        double u = 1 - t;
        double a = u * u * u;
        double b = 3 * u * u * t;
        double c = 3 * u * t * t;
        double d = t * t * t;
        return new Point(a * startX + b * control1X + c * control2X + d * endX, a * startY + b * control1Y + c * control2Y + d * endY);
    }

    /** About how far {@code (x, y)} is from the curve (measured to points along it), for hovering and clicking. */
    public double distanceTo(double x, double y) {
        double best = Double.MAX_VALUE;
        int steps = 24;
        Point previous = at(0);
        for (int i = 1; i <= steps; i++) {
            Point next = at((double) i / steps);
            best = Math.min(best, segmentDistance(x, y, previous, next));
            previous = next;
        }
        return best;
    }

    private static double segmentDistance(double x, double y, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((x - a.x()) * dx + (y - a.y()) * dy) / length));
        double px = a.x() + t * dx - x;
        double py = a.y() + t * dy - y;
        return Math.sqrt(px * px + py * py);
    }
}
