package io.agentstudio.gui.graph;

/**
 * What one drawing pass of the canvas drew (what was on screen; for a pan frame, what meets the strips that came into
 * view, counted once per strip): for the benchmark and the tests that every edge is drawn.
 */
public record RenderStats(int nodes, int edges) {
}
