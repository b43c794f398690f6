package io.agentstudio.model;

import java.util.List;
import java.util.Objects;

/**
 * A directed edge: {@code from} delegates to, mentions or spawns {@code to}. One edge per pair and kind; every place
 * that says so is one of its {@code sources} (usually in {@code from}'s file; in {@code to}'s file for a section
 * such as "Receives delegation from").
 */
public record GraphEdge(GraphNode from, GraphNode to, EdgeKind kind, List<EdgeSource> sources) {

    public GraphEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        sources = List.copyOf(sources);
    }
}
