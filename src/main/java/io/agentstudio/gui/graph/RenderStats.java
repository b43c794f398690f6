package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;

import java.util.List;

/**
 * What one drawing pass of the canvas drew (what was on screen; for a pan frame, what meets the strips that came into
 * view, counted once per strip): for the benchmark and the tests that every edge is drawn, and that the names written
 * can be read.
 */
public record RenderStats(int nodes, int edges, List<Label> labels) {
    public RenderStats(int nodes, int edges) {
        this(nodes, edges, List.of());
    }

    /**
     * A name written on the canvas: its text as drawn (cut short with an ellipsis when it did not fit), the font's size
     * on screen, and where the text is (screen pixels, with the tag around it when it is written at a fixed size).
     */
    public record Label(String nodeId, String text, double size, NodeBox area) {
    }
}
