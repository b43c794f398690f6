package io.agentstudio.gui.problems;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;

/**
 * Runs the validation engine of the open workspace on its own executor (one thread), never on the UI thread, and
 * hands every change of findings to the UI thread.
 *
 * <p>Requests per file are latest-wins: while a file waits its turn, a newer version replaces the waiting one, so a
 * burst of edits or disk events costs one check. Opening another workspace drops whatever the previous one still
 * had waiting.
 */
final class LiveValidation {
    /** What the UI thread is told: the files whose findings changed, each with all its findings now. */
    interface Publisher {
        /** Every finding of a freshly opened workspace, by file. */
        void opened(Map<Path, List<Finding>> findings);

        /** Some files' findings changed (an empty list: the file is clean now, or gone). */
        void changed(Map<Path, List<Finding>> files);
    }

    /** A file's next check: its new version, its removal, or its disk version if the file is still there. */
    private sealed interface Request permits Update, Remove, Revert {
    }

    private record Update(WorkspaceAgent agent) implements Request {
    }

    private record Remove() implements Request {
    }

    private record Revert(WorkspaceAgent onDisk) implements Request {
    }

    private final RuleCatalog rules;
    private final Executor executor;
    private final Executor ui;
    private final Publisher publisher;
    private final Map<Path, Request> waiting = new ConcurrentHashMap<>();
    /** Raised on the UI thread by each {@link #open}; work of an older workspace sees it and stops. */
    private volatile int generation;
    /** Touched on the executor only. */
    private WorkspaceValidation engine;

    LiveValidation(RuleCatalog rules, Executor executor, Executor ui, Publisher publisher) {
        this.rules = rules;
        this.executor = executor;
        this.ui = ui;
        this.publisher = publisher;
    }

    /** Validates a newly loaded workspace (its agents as the open tabs have them) and from then on follows it. */
    void open(Workspace workspace) {
        int opened = ++generation;
        waiting.clear();
        executor.execute(() -> {
            if (opened != generation) {
                return;
            }
            WorkspaceValidation built = WorkspaceValidation.of(workspace, rules);
            engine = built;
            Map<Path, List<Finding>> all = built.findings().stream()
                    .collect(Collectors.groupingBy(Finding::file, Collectors.toList()));
            built.addListener(change -> ui.execute(() -> {
                if (opened == generation) {
                    publisher.changed(change.files());
                }
            }));
            ui.execute(() -> {
                if (opened == generation) {
                    publisher.opened(all);
                }
            });
        });
    }

    /** An agent changed (typed in a tab, or written by another program): check this version. */
    void update(WorkspaceAgent agent) {
        request(agent.path(), new Update(agent));
    }

    /** An agent's file left the workspace. */
    void remove(Path file) {
        request(file, new Remove());
    }

    /**
     * A tab with unsaved text closed: check the file as it is on disk again, or forget it when it is no longer
     * there (a studio delete or rename closes tabs too). The existence check runs on the executor, off the UI thread.
     */
    void revert(WorkspaceAgent onDisk) {
        request(onDisk.path(), new Revert(onDisk));
    }

    /** The workspace's rules file changed: every file is checked again with its settings. */
    void reloadSettings() {
        int current = generation;
        executor.execute(() -> {
            if (current == generation && engine != null) {
                engine.reloadSettings();
            }
        });
    }

    private void request(Path file, Request request) {
        int current = generation;
        if (waiting.put(file, request) == null) {
            executor.execute(() -> check(file, current));
        }
    }

    private void check(Path file, int requestedIn) {
        if (requestedIn != generation) {
            return;
        }
        Request request = waiting.remove(file);
        if (request == null || engine == null) {
            return;
        }
        if (request instanceof Update update) {
            engine.update(update.agent());
        } else if (request instanceof Revert revert && Files.isRegularFile(file)) {
            engine.update(revert.onDisk());
        } else {
            engine.remove(file);
        }
    }
}
