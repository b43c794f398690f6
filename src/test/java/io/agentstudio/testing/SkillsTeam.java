package io.agentstudio.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The skills-team fixture (10 agents, 6 skills with supporting files), copied where a test may change it. */
public final class SkillsTeam {

    private SkillsTeam() {
    }

    public static Path copyTo(Path target) throws IOException {
        Path source;
        try {
            source = Path.of(SkillsTeam.class.getResource("/io/agentstudio/skills-team").toURI());
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
