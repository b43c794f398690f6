package io.agentstudio.conformance;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Claude Code as conformance/run.sh installs it, for the tests that ask it live where it is there. */
final class InstalledClaudeCode {
    private static final Path LOADERS = Path.of("conformance/.loaders/node_modules/@anthropic-ai");

    private InstalledClaudeCode() {
    }

    /**
     * The native binary of the pinned Claude Code, if conformance/run.sh installed it: npm puts it in the platform's
     * package ({@code @anthropic-ai/claude-code-linux-x64/claude}); run.sh installs without install scripts, so
     * {@code claude-code/bin/claude.exe} stays a stub.
     */
    static Optional<Path> find() throws IOException {
        if (Files.isDirectory(LOADERS)) {
            try (DirectoryStream<Path> packages = Files.newDirectoryStream(LOADERS, "claude-code-*")) {
                for (Path folder : packages) {
                    for (String name : List.of("claude", "claude.exe")) {
                        if (Files.isExecutable(folder.resolve(name))) {
                            return Optional.of(folder.resolve(name).toAbsolutePath());
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }
}
