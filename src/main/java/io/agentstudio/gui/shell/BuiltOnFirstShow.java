package io.agentstudio.gui.shell;

import javafx.scene.Node;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * A pane of the window that is built the first time it is shown rather than with the window. A pane that starts
 * hidden (the graph, the problems pane when a user closed it) would otherwise load its controls' classes and skins
 * and have its stylesheet matched before the first frame, for nothing the frame shows.
 */
final class BuiltOnFirstShow<T extends Node> {
    private final Supplier<T> build;
    private T built;

    BuiltOnFirstShow(Supplier<T> build) {
        this.build = build;
    }

    /** The pane, built now if it never was. */
    T get() {
        if (built == null) {
            built = build.get();
        }
        return built;
    }

    /** The pane if it was ever shown; nothing to hide otherwise. */
    Optional<T> ifBuilt() {
        return Optional.ofNullable(built);
    }
}
