package io.agentstudio.cli;

/** An expected failure of a command: printed as one line, never as a stack trace. */
final class CliFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliFailure(String message) {
        this(message, Cli.USAGE_OR_IO);
    }

    CliFailure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
