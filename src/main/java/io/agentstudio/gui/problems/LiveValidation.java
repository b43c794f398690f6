package io.agentstudio.gui.problems;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** What a file's next check does: take its new version, forget it, or take its disk version if it is still there. */
    private enum Kind { UPDATE, REMOVE, REVERT }

    /** A file's next check, and what to run on the UI thread once its results are out. */
    private record Request(Kind kind, WorkspaceAgent agent, List<Runnable> then) {
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
        request(agent.path(), Kind.UPDATE, agent, null);
    }

    /** As {@link #update(WorkspaceAgent)}, then runs {@code then} on the UI thread once the results are shown. */
    void update(WorkspaceAgent agent, Runnable then) {
        request(agent.path(), Kind.UPDATE, agent, then);
    }

    /** A skill was created or changed on disk: check it and the agents that preload it. */
    void update(WorkspaceSkill skill) {
        int current = generation;
        executor.execute(() -> {
            if (current == generation && engine != null) {
                engine.update(skill);
            }
        });
    }

    /** An agent's file left the workspace. */
    void remove(Path file) {
        request(file, Kind.REMOVE, null, null);
    }

    /**
     * A tab with unsaved text closed: check the file as it is on disk again, or forget it when it is no longer
     * there (a studio delete or rename closes tabs too). The existence check runs on the executor, off the UI thread.
     */
    void revert(WorkspaceAgent onDisk) {
        request(onDisk.path(), Kind.REVERT, onDisk, null);
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

    /** Replaces what waits for {@code file} (keeping what was to run after it) and schedules a check if none waits. */
    private void request(Path file, Kind kind, WorkspaceAgent agent, Runnable then) {
        int current = generation;
        boolean[] first = {false};
        waiting.compute(file, (path, before) -> {
            first[0] = before == null;
            List<Runnable> after = new ArrayList<>(before == null ? List.of() : before.then());
            if (then != null) {
                after.add(then);
            }
            return new Request(kind, agent, after);
        });
        if (first[0]) {
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
        if (request.kind() == Kind.UPDATE || request.kind() == Kind.REVERT && Files.isRegularFile(file)) {
            engine.update(request.agent());
        } else {
            engine.remove(file);
        }
        // The engine handed its changes to the UI thread while updating: these run after they are shown.
        if (!request.then().isEmpty()) {
            ui.execute(() -> request.then().forEach(Runnable::run));
        }
    }
}
