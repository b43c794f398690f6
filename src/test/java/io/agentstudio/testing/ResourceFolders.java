package io.agentstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A fixture folder of the test resources, copied where a test may change it. */
public final class ResourceFolders {

    private ResourceFolders() {
    }

    /** Copies the resource folder {@code resource} (absolute, as {@code /io/agentstudio/...}) into {@code target}. */
    public static Path copy(String resource, Path target) throws IOException {
        Path source;
        try {
            source = Path.of(ResourceFolders.class.getResource(resource).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(source)) {
            files.forEach(file -> {
                Path to = target.resolve(source.relativize(file).toString());
                try {
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }
}
