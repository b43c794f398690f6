package io.agentstudio.logic.export;

import java.io.IOException;

/** Writing an export failed; the message says so in one line and whether the destination was restored. */
public final class ExportWriteException extends IOException {
    private static final long serialVersionUID = 1L;

    public ExportWriteException(String message, Throwable cause) {
        super(message, cause);
    }
}
