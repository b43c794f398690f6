package io.agentstudio.logic.validation.cache;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/**
 * Which build of the studio is running: its version and the moment Maven built it. A validation cached by one build
 * is not trusted by another, whose rules may differ though the version number does not.
 */
public final class BuildIdentity {
    private static final String RESOURCE = "/io/agentstudio/build.properties";

    private BuildIdentity() {
    }

    /** "version@time", or empty when the build left no identity (then nothing is cached). */
    public static Optional<String> current() {
        try (InputStream in = BuildIdentity.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "");
            String built = properties.getProperty("built", "");
            // An unfiltered file (run from an IDE that copied it raw) names no build.
            if (version.isBlank() || built.isBlank() || built.contains("${")) {
                return Optional.empty();
            }
            return Optional.of(version + "@" + built);
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
