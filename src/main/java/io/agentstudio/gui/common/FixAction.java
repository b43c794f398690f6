package io.agentstudio.gui.common;

import java.util.Objects;

/**
 * A quick fix as a menu offers it: what it does and the command that does it (one undoable edit of the agent, or a
 * rename of its file).
 */
public record FixAction(String title, Runnable command) {
    public FixAction {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(command, "command");
    }

    public void apply() {
        command.run();
    }
}
