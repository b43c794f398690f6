package io.agentstudio.logic.workspace;

import java.io.IOException;

/** A write refused because it would land outside the workspace, through a symbolic link. Nothing was written. */
public final class OutsideWorkspaceException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutsideWorkspaceException(String message) {
        super(message);
    }
}
