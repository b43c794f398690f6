package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Which names the canvas writes when it is zoomed too far out to write them inside the boxes, and where: each name at
 * one screen size whatever the zoom, on its box or beside it, the most wanted first (the selected or open agent,
 * search matches, then who hands off most), and a name that finds no place clear of those already placed is left out
 * (the hover text still gives it). A name prefers a place that covers no other box, so that it is not read as that
 * box's name, and stays inside the view at "fit all".
 * <p>
 * Places are in screen pixels from the drawing's origin ({@code drawing * scale}, without the view's offset): the same
 * at any pan, so a pan frame that draws only the strips coming into view writes the same names in the same places as
 * a whole frame.
 */
final class LabelPlacement {
    /** Room around the text inside its tag, and the least gap between two tags (screen pixels). */
    static final double PAD = 3;
    static final double GAP = 2;
    /** A name cut shorter than this many characters (and its ellipsis) says nothing. */
    private static final int SHORTEST = 5;
    /**
     * How far a tag may reach past the outermost boxes (screen pixels): less than the margin of "fit all" (24); where
     * the view is wider (or taller) than the drawing, up to this much short of its edges when the drawing is centred.
     */
    static final double MARGIN = 16;
    /**
     * Grid cell for finding what a tag would cover (screen pixels): about a long name; smaller cells cost more lookups
     * than they save tests (1 ms against 3 ms for 500 agents far out).
     */
    private static final double CELL = 128;

    /** One node that wants its name written: its box in drawing units and its rank (lower first). */
    record Wish(String nodeId, String text, NodeBox box, int rank, int handoffs) {
    }

    /** A name to write: its tag (text plus padding) in screen pixels from the drawing's origin. */
    record Placed(String nodeId, String text, NodeBox tag) {
    }

    /**
     * The last placement, kept for the next frame: pan frames and the whole frame when the view rests ask for the same
     * one (a few hundred tests of rectangles and a sort, a millisecond or two at 500 agents, several times a frame when
     * it draws strips). FX thread only.
     */
    private static Memo last = new Memo(List.of(), 0, 0, 0, List.of());

    private record Memo(List<Wish> wishes, double scale, double viewWidth, double viewHeight, List<Placed> placed) {
    }

    private LabelPlacement() {
    }

    /** {@link #place}, or the last answer when asked the same again. */
    static List<Placed> placeAgain(List<Wish> wishes, double scale, double viewWidth, double viewHeight,
                                   ToDoubleFunction<String> textWidth, double height) {
        Memo memo = last;
        if (memo.scale() != scale || memo.viewWidth() != viewWidth || memo.viewHeight() != viewHeight || !memo.wishes().equals(wishes)) {
            memo = new Memo(wishes, scale, viewWidth, viewHeight, place(wishes, scale, viewWidth, viewHeight, textWidth, height));
            last = memo;
        }
        return memo.placed();
    }

    /**
     * The tags for {@code wishes} at {@code scale}, none overlapping another (with {@link #GAP} between).
     *
     * @param viewWidth the view's size (screen pixels), for how far tags may reach past the outermost boxes
     * @param textWidth the width of a name in the label font (screen pixels)
     * @param height    the tag's height (screen pixels)
     */
    static List<Placed> place(List<Wish> wishes, double scale, double viewWidth, double viewHeight, ToDoubleFunction<String> textWidth,
                              double height) {
        List<Wish> ordered = new ArrayList<>(wishes);
        ordered.sort(Comparator.comparingInt(Wish::rank).thenComparing(Comparator.comparingInt(Wish::handoffs).reversed()));
        Grid boxes = new Grid();
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Wish wish : wishes) {
            NodeBox box = scaled(wish.box(), scale);
            boxes.add(box);
            left = Math.min(left, box.x());
            right = Math.max(right, box.right());
            top = Math.min(top, box.y());
            bottom = Math.max(bottom, box.bottom());
        }
        // "Fit all" leaves a margin around the boxes; a tag past it would be cut off by the view's edge.
        double across = Math.max(MARGIN, (viewWidth - (right - left)) / 2 - MARGIN / 2);
        double down = Math.max(MARGIN, (viewHeight - (bottom - top)) / 2 - MARGIN / 2);
        NodeBox room = new NodeBox(left - across, top - down, right - left + 2 * across, bottom - top + 2 * down);
        Grid tags = new Grid();
        List<Placed> placed = new ArrayList<>();
        for (Wish wish : ordered) {
            NodeBox own = scaled(wish.box(), scale);
            double width = textWidth.applyAsDouble(wish.text()) + 2 * PAD;
            NodeBox best = null;
            for (NodeBox tag : candidates(own, width, height)) {
                if (!within(tag, room) || tags.overlaps(tag, GAP, null)) {
                    continue;
                }
                if (!boxes.overlaps(tag, 0, own)) {
                    best = tag;
                    break;
                }
                if (best == null) {
                    // Over another box only if no place is clear of them: better than no name.
                    best = tag;
                }
            }
            String text = wish.text();
            if (best == null) {
                // No room for the whole name anywhere: its start, cut short on its own box, says more than a blank box.
                text = shortened(wish.text(), own.width() - 2 * PAD, textWidth);
                NodeBox inside = new NodeBox(own.x(), own.centerY() - height / 2, textWidth.applyAsDouble(text) + 2 * PAD, height);
                if (text.length() > SHORTEST && within(inside, room) && !tags.overlaps(inside, GAP, null)) {
                    best = inside;
                }
            }
            if (best != null) {
                tags.add(best);
                placed.add(new Placed(wish.nodeId(), text, best));
            }
        }
        return placed;
    }

    /** The longest start of {@code text}, with an ellipsis, that is at most {@code room} wide. */
    private static String shortened(String text, double room, ToDoubleFunction<String> textWidth) {
        for (int keep = text.length() - 1; keep > 0; keep--) {
            String cut = text.substring(0, keep) + "…";
            if (textWidth.applyAsDouble(cut) <= room) {
                return cut;
            }
        }
        return "";
    }

    /**
     * Where a tag may go, best first: on the box's middle, flush with its left or right end, each also nudged half a
     * tag up or down (still touching the box), then just above or below it (or the tag on its middle, if that is
     * taller), last just right or left of it.
     */
    private static List<NodeBox> candidates(NodeBox own, double width, double height) {
        double[] xs = {own.centerX() - width / 2, own.x(), own.right() - width};
        double middle = own.centerY() - height / 2;
        double[] ys = {middle, middle - height / 2 - GAP, middle + height / 2 + GAP};
        List<NodeBox> places = new ArrayList<>(xs.length * ys.length + 4);
        for (double y : ys) {
            for (double x : xs) {
                places.add(new NodeBox(x, y, width, height));
            }
        }
        places.add(new NodeBox(xs[0], Math.min(own.y(), middle) - height - GAP, width, height));
        places.add(new NodeBox(xs[0], Math.max(own.bottom(), middle + height) + GAP, width, height));
        places.add(new NodeBox(own.right() + GAP, middle, width, height));
        places.add(new NodeBox(own.x() - GAP - width, middle, width, height));
        return places;
    }

    private static boolean within(NodeBox box, NodeBox room) {
        return room.x() <= box.x() && box.right() <= room.right() && room.y() <= box.y() && box.bottom() <= room.bottom();
    }

    private static NodeBox scaled(NodeBox box, double scale) {
        return new NodeBox(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale);
    }

    /** Rectangles by grid cell, so that a test for overlap looks at the few nearby ones rather than all. */
    private static final class Grid {
        private final Map<Long, List<NodeBox>> cells = new HashMap<>();

        void add(NodeBox box) {
            forCells(box, 0, key -> cells.computeIfAbsent(key, k -> new ArrayList<>(4)).add(box));
        }

        /** Whether {@code box} grown by {@code gap} meets a rectangle here other than {@code except}. */
        boolean overlaps(NodeBox box, double gap, NodeBox except) {
            boolean[] found = {false};
            forCells(box, gap, key -> {
                List<NodeBox> here = cells.get(key);
                if (found[0] || here == null) {
                    return;
                }
                for (NodeBox other : here) {
                    if (!other.equals(except) && box.x() - gap < other.right() && other.x() < box.right() + gap
                            && box.y() - gap < other.bottom() && other.y() < box.bottom() + gap) {
                        found[0] = true;
                        return;
                    }
                }
            });
            return found[0];
        }

        private static void forCells(NodeBox box, double gap, java.util.function.LongConsumer action) {
            long left = (long) Math.floor((box.x() - gap) / CELL);
            long right = (long) Math.floor((box.right() + gap) / CELL);
            long top = (long) Math.floor((box.y() - gap) / CELL);
            long bottom = (long) Math.floor((box.bottom() + gap) / CELL);
            for (long cx = left; cx <= right; cx++) {
                for (long cy = top; cy <= bottom; cy++) {
                    action.accept(cx << 32 ^ (cy & 0xffffffffL));
                }
            }
        }
    }
}
