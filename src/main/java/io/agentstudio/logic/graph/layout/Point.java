package io.agentstudio.logic.graph.layout;

/** A place on the graph's drawing, in drawing units (pixels at 100 % zoom); y grows downwards. */
public record Point(double x, double y) {
}
