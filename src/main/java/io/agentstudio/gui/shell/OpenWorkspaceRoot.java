package io.agentstudio.gui.shell;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The folder of the workspace the window shows, or null before one opened. The panels get it before the window
 * exists; the window sets it each time a workspace loads.
 */
public final class OpenWorkspaceRoot implements Supplier<Path> {
    private Path root;

    @Override
    public Path get() {
        return root;
    }

    void set(Path root) {
        this.root = root;
    }
}
