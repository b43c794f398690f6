package io.agentstudio.testing;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The scopes fixture (issue 21), copied where a test may change it: a monorepo with agents at its root and in
 * {@code packages/a} and {@code packages/b} ({@code reviewer} in the root and in packages/a), and a user home whose
 * {@code .claude/agents} has {@code planner} (also a root project agent) and {@code notes-keeper} (only the user's).
 */
public record ScopesMonorepo(Path root, Path home) {

    public static ScopesMonorepo copyTo(Path target) throws IOException {
        ResourceFolders.copy("/io/agentstudio/scopes", target);
        return new ScopesMonorepo(target.resolve("monorepo"), target.resolve("home"));
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public Path userFile(String relative) {
        return home.resolve(relative);
    }
}
