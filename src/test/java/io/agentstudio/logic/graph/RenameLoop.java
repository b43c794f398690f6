package io.agentstudio.logic.graph;

import io.agentstudio.logic.workspace.EditJournal;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The child process of {@link RenameKillTest}: renames {@code qa-engineer} to {@code test-engineer} and back, forever,
 * until the parent kills it. Each round recovers an interrupted edit and writes, as a command does; the two edits are
 * computed once (the workspace alternates between exactly two states, so their baselines stay those on disk).
 */
public final class RenameLoop {
    static final String OLD = "qa-engineer";
    static final String NEW = "test-engineer";
    static final int REFERRERS = 6;

    private RenameLoop() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        EditJournal.recover(root);
        Workspace workspace = WorkspaceLoader.load(root);
        boolean old = workspace.agents().stream().anyMatch(a -> a.name().equals(OLD));
        GraphEdit first = new GraphEditor(workspace).rename(old ? OLD : NEW, old ? NEW : OLD);
        Workspace then = first.applyTo(workspace);
        GraphEdit back = new GraphEditor(then).rename(old ? NEW : OLD, old ? OLD : NEW);
        // Both edits are computed before "ready": from then on the child spends its time writing, where kills matter.
        System.out.println("ready");
        System.out.flush();
        for (long round = 0; ; round++) {
            EditJournal.recover(root);
            new GraphEditWriter().write(round % 2 == 0 ? workspace : then, round % 2 == 0 ? first : back);
        }
    }

    /** The workspace: the agent, and referrers whose long bodies make each write take a while. */
    static void create(Path root) throws IOException {
        Path agents = Files.createDirectories(root.resolve(".claude/agents"));
        Files.writeString(agents.resolve(OLD + ".md"), "---\nname: " + OLD + "\ndescription: Tests.\n---\nTests.\n");
        for (int i = 0; i < REFERRERS; i++) {
            StringBuilder text = new StringBuilder("---\nname: lead-" + i + "\ndescription: Leads.\n---\n## Delegates to\n\n- `" + OLD
                    + "` — tests\n\n## Notes\n\n");
            for (int line = 0; text.length() < 400_000; line++) {
                text.append("Note ").append(line).append(": plans the work and reviews it.\n");
            }
            Files.writeString(agents.resolve("lead-" + i + ".md"), text, StandardCharsets.UTF_8);
        }
    }
}
