package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.GraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team drawn in groups: a closed group is one node, an open group a frame around its agents, and the edges between
 * groups stand for all the handoffs they bundle ({@link #count}).
 *
 * @param laidOut what is drawn: closed groups, open groups' agents, agents alone in their group, and the edges
 * @param frames  the open groups
 * @param counts  how many agent-to-agent edges each bundled edge stands for; edges not in it stand for one
 */
public record GroupedView(LaidOutGraph laidOut, List<Frame> frames, Map<GraphEdge, Integer> counts) {
    /** The room above an open group's agents for its title. */
    public static final double TITLE = 30;
    /** The room beside and below an open group's agents. */
    public static final double PADDING = 16;

    public GroupedView {
        frames = List.copyOf(frames);
        counts = Map.copyOf(counts);
    }

    /**
     * An open group: its title and the ids of its agents' nodes; its box is around theirs, so it follows them when one
     * is dragged.
     */
    public record Frame(String key, String label, List<String> members, NodeBox box) {
        public Frame {
            members = List.copyOf(members);
        }

        /** True on the title strip, where a click closes the group. */
        public boolean titleContains(double x, double y) {
            return x >= box.x() && x <= box.right() && y >= box.y() && y <= box.y() + TITLE;
        }
    }

    public int count(GraphEdge edge) {
        return counts.getOrDefault(edge, 1);
    }

    /** The open group whose title strip is at {@code (x, y)}, if any. */
    public Optional<Frame> frameTitleAt(double x, double y) {
        return frames.stream().filter(frame -> frame.titleContains(x, y)).findFirst();
    }

    /** The same view with a node moved, the frame around it following. */
    public GroupedView moved(String id, Point to) {
        LaidOutGraph moved = laidOut.moved(id, to);
        List<Frame> around = new ArrayList<>();
        for (Frame frame : frames) {
            around.add(frame.members().contains(id) ? new Frame(frame.key(), frame.label(), frame.members(), around(moved, frame.members()))
                    : frame);
        }
        return new GroupedView(moved, around, counts);
    }

    /** The box of an open group: its agents' boxes with room for the title and a margin. */
    static NodeBox around(LaidOutGraph laidOut, List<String> members) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (String id : members) {
            NodeBox box = laidOut.boxes().get(id);
            minX = Math.min(minX, box.x());
            minY = Math.min(minY, box.y());
            maxX = Math.max(maxX, box.right());
            maxY = Math.max(maxY, box.bottom());
        }
        return new NodeBox(minX - PADDING, minY - TITLE, maxX - minX + 2 * PADDING, maxY - minY + TITLE + PADDING);
    }
}
