package io.agentstudio.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes symbolic links for tests about links. Where the platform cannot make one (Windows without the privilege,
 * some file systems), the test is aborted with the reason: it tests something this machine does not have.
 */
public final class Symlinks {
    private Symlinks() {
    }

    public static Path link(Path link, Path target) {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            return Assumptions.abort("This OS or file system cannot create symbolic links here (" + e + ")");
        }
    }
}
