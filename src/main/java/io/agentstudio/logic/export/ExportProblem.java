package io.agentstudio.logic.export;

import java.util.Objects;

/**
 * Something that stops an export. A {@code forceable} problem (an error in the workspace or in an exported file) can
 * be overridden with {@code --force}, and the report records it; the others (a file of someone else's in the way, a
 * link leading out of the destination) never are, because the export would destroy or write what is not its own.
 *
 * @param kind    where it was found
 * @param file    the workspace file or destination path it is about, or empty
 * @param message what is wrong, for a person to read
 */
public record ExportProblem(Kind kind, String file, String message, boolean forceable) {

    public enum Kind {
        /** A finding of the validation engine in the workspace. */
        SOURCE("workspace"),
        /** An exported file that would not load in the target, or that breaks one of its rules. */
        OUTPUT("exported file"),
        /** A name that would write outside the destination or is not a usable file name. */
        PATH("file name"),
        /** Something in the destination that the export must not touch. */
        DESTINATION("destination");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ExportProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        file = file == null ? "" : file;
    }

    public String describe() {
        return (file.isEmpty() ? "" : file + ": ") + message;
    }
}
