package io.agentstudio.logic.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Size and modification time of a file when it was read: a cheap first test for "changed on disk". */
public record FileStamp(long size, long modifiedMillis) {

    public static FileStamp of(Path path) throws IOException {
        return of(Files.readAttributes(path, BasicFileAttributes.class));
    }

    public static FileStamp of(BasicFileAttributes attributes) {
        return new FileStamp(attributes.size(), attributes.lastModifiedTime().toMillis());
    }
}
