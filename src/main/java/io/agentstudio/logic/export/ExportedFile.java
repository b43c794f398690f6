package io.agentstudio.logic.export;

import java.util.Objects;

/**
 * One file an export writes: its place relative to the destination ({@code /} separators, checked by
 * {@link SafePaths}) and its exact bytes.
 */
public record ExportedFile(String path, byte[] bytes) {

    public ExportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
    }
}
