package io.agentstudio.logic.startup;

import io.agentstudio.logic.settings.SettingsStore;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Decides which workspace the studio opens: the folder given as argument, else the one used last (if it still
 * exists), else the copy of the sample workspace, made on first use. An argument always wins, even when it is not
 * a folder: the user asked for it, so its error is shown rather than silently opening something else.
 */
public final class StartupWorkspace {
    private final SettingsStore settings;
    private final SampleWorkspace sample;

    public StartupWorkspace(SettingsStore settings, SampleWorkspace sample) {
        this.settings = settings;
        this.sample = sample;
    }

    public WorkspaceChoice choose(Optional<Path> argument) throws IOException {
        if (argument.isPresent()) {
            return new WorkspaceChoice(argument.get(), WorkspaceOrigin.ARGUMENT);
        }
        Optional<Path> last = settings.lastWorkspace().filter(Files::isDirectory);
        if (last.isPresent()) {
            return new WorkspaceChoice(last.get(), sample.isCopy(last.get()) ? WorkspaceOrigin.SAMPLE : WorkspaceOrigin.LAST_USED);
        }
        return new WorkspaceChoice(sample.ensureCopy(), WorkspaceOrigin.SAMPLE);
    }

    /** A folder the user picked while the studio runs; the sample copy keeps its name even when picked by hand. */
    public WorkspaceChoice chosen(Path root) {
        return new WorkspaceChoice(root, sample.isCopy(root) ? WorkspaceOrigin.SAMPLE : WorkspaceOrigin.CHOSEN);
    }

    /** Remembers a workspace that opened, so the next start comes back to it. */
    public void remember(WorkspaceChoice choice) throws IOException {
        settings.rememberWorkspace(choice.root());
    }
}
