package io.agentstudio.gui.graph;

import io.agentstudio.model.GraphEdge;

/** What hovering an edge shows: who, what kind, and the first places it is written, with their text. */
final class EdgeTip {
    private static final int PLACES = 3;
    private static final int LINES = 4;
    private static final int WIDTH = 120;

    private EdgeTip() {
    }

    static String of(GraphEdge edge) {
        StringBuilder text = new StringBuilder(edge.from().name()).append(' ').append(edge.kind().id()).append(' ')
                .append(edge.to().name());
        edge.sources().stream().limit(PLACES).forEach(source -> {
            text.append("\n\n").append(source.location());
            source.text().lines().limit(LINES)
                    .forEach(line -> text.append('\n').append(line.length() > WIDTH ? line.substring(0, WIDTH - 1) + "…" : line));
        });
        if (edge.sources().size() > PLACES) {
            text.append("\n\n… and ").append(edge.sources().size() - PLACES).append(" more");
        }
        return text.toString();
    }
}
