package io.agentstudio.gui.editor;

import io.agentstudio.gui.FakeDialogs;
import io.agentstudio.logic.catalog.Catalogs;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.Dialect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/** An agent file in a temporary workspace and an editor on it whose background work runs at once. */
public final class EditorFixture {
    public static final String TEXT = """
            ---
            name: reviewer
            description: Reviews code. Use proactively after edits.
            tools: Read, Grep
            model: sonnet
            # a comment the studio keeps
            x-team: platform
            ---
            You review code.
            """;

    public final Path root;
    public final Path file;
    public final AtomicLong clock = new AtomicLong(1_000_000);
    public final AgentFileStore store = new AgentFileStore();

    public EditorFixture(Path root) throws IOException {
        this(root, TEXT);
    }

    public EditorFixture(Path root, String text) throws IOException {
        this.root = root;
        this.file = Files.createDirectories(root.resolve(".claude/agents")).resolve("reviewer.md");
        Files.writeString(file, text);
    }

    public WorkspaceAgent load() throws IOException {
        return WorkspaceLoader.reload(root, file).orElseThrow();
    }

    /** The agent's tab in a studio whose only open agent it is; its edits go on {@link #tabs}' history. */
    public AgentEditorViewModel editor() throws IOException {
        return tabs().open(load());
    }

    /** Tabs over this workspace, their background work run at once, with the fixture's clock for the history. */
    public EditorTabsViewModel tabs() {
        return new EditorTabsViewModel(Catalogs.load(), store, new FakeDialogs(), Runnable::run, Runnable::run, new CommandStack(clock::get));
    }

    public String disk() throws IOException {
        return Files.readString(file);
    }
}
