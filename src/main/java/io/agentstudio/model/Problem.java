package io.agentstudio.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One thing wrong with an agent file, located as precisely as known. Lines and columns are 1-based;
 * 0 means "the whole file". {@code file} is null while the problem is not yet tied to a file (the codec
 * works on text and the workspace fills the path in).
 */
public record Problem(String ruleId, Severity severity, String message, Path file, int line, int column, String field) {

    public Problem {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem of(String ruleId, Severity severity, String message, int line, int column) {
        return new Problem(ruleId, severity, message, null, line, column, null);
    }

    public Problem inFile(Path path) {
        return new Problem(ruleId, severity, message, path, line, column, field);
    }

    public Problem onField(String fieldName) {
        return new Problem(ruleId, severity, message, file, line, column, fieldName);
    }

    /** Compiler-style text: {@code path:line:col: severity rule-id: message}. */
    public String toCompilerLine() {
        String where = file == null ? "<text>" : file.toString();
        return where + ":" + Math.max(line, 1) + ":" + Math.max(column, 1) + ": " + severity.label() + " " + ruleId + ": " + message;
    }
}
