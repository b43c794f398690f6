package io.agentstudio.logic.graph.layout;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places boxes in rows, in a given order, like words in a paragraph, the rows as wide as makes the whole about the
 * view's shape. The top of a grouped team: groups that all hand work to one another have no flow a layered layout
 * could show, which then strings them out in one long strip too thin to read at "fit all".
 */
final class RowPacking {
    static final double GAP_X = 70;
    static final double GAP_Y = 50;

    private RowPacking() {
    }

    /**
     * @param order the ids in reading order
     * @param sizes each id's width ({@code x}) and height ({@code y})
     * @param shape the width over the height the rows should come to: the view's
     * @return each id's top-left corner
     */
    static Map<String, Point> pack(List<String> order, Map<String, Point> sizes, double margin, double shape) {
        double area = 0;
        double widest = 0;
        for (String id : order) {
            Point size = sizes.get(id);
            area += (size.x() + GAP_X) * (size.y() + GAP_Y);
            widest = Math.max(widest, size.x());
        }
        double rowWidth = Math.max(widest, Math.sqrt(area * shape));
        Map<String, Point> places = new LinkedHashMap<>();
        double x = margin;
        double y = margin;
        double rowHeight = 0;
        for (String id : order) {
            Point size = sizes.get(id);
            if (x > margin && x + size.x() > margin + rowWidth) {
                x = margin;
                y += rowHeight + GAP_Y;
                rowHeight = 0;
            }
            places.put(id, new Point(x, y));
            x += size.x() + GAP_X;
            rowHeight = Math.max(rowHeight, size.y());
        }
        return places;
    }
}
