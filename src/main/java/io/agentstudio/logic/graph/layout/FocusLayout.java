package io.agentstudio.logic.graph.layout;

import io.agentstudio.logic.graph.Neighbourhood;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphNode;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The focus mode's drawing: one agent's neighbourhood ({@link Neighbourhood}) laid out on its own, left to right, with
 * the faces the whole graph has. Only the neighbourhood goes through ELK, so focusing in a team of hundreds costs the
 * layout of a few dozen nodes. The places are the focus view's own: the whole graph's places are left as they are.
 */
public final class FocusLayout {
    private FocusLayout() {
    }

    /** The neighbourhood of {@code centreId} in {@code whole}, laid out; empty when {@code whole} has no such node. */
    public static LaidOutGraph of(LaidOutGraph whole, String centreId, int hops, Collection<EdgeKind> kinds) {
        DelegationGraph around = Neighbourhood.of(whole.graph(), centreId, hops, kinds);
        Set<EdgeKind> shaping = EnumSet.noneOf(EdgeKind.class);
        shaping.addAll(kinds);
        Map<String, Point> places = LayeredLayout.layout(around, shaping);
        Map<String, NodeBox> boxes = new LinkedHashMap<>();
        Map<String, NodeFace> faces = new HashMap<>();
        for (GraphNode node : around.nodes()) {
            boxes.put(node.id(), NodeSizes.box(node, places.get(node.id())));
            faces.put(node.id(), whole.faces().get(node.id()));
        }
        return new LaidOutGraph(around, boxes, faces);
    }
}
