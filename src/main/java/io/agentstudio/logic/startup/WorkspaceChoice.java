package io.agentstudio.logic.startup;

import java.nio.file.Path;
import java.util.Objects;

/** A workspace folder to open and why it was picked. */
public record WorkspaceChoice(Path root, WorkspaceOrigin origin) {

    public WorkspaceChoice {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(origin, "origin");
        root = root.toAbsolutePath().normalize();
    }
}
