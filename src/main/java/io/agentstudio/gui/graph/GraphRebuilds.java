package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.LiveGraphLayout;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Runs the graph's rebuilds off the UI thread, one at a time. A request only marks the graph as wanted again; the
 * rebuild starts from a later UI task, so that a burst of changes (a file read again is removed from the list and
 * added back) is seen whole, and once. What is asked for while a rebuild runs is done by one more rebuild after it.
 * A rebuild wanted while there is nothing to build (the canvas hidden, no workspace) is done on {@link #resume}.
 */
final class GraphRebuilds {
    private final LiveGraphLayout layout = new LiveGraphLayout();
    private final Target target;
    private final Executor background;
    private final Executor ui;
    private boolean wanted;
    private boolean relayoutWanted;
    private boolean scheduled;
    private boolean running;
    private boolean disposed;

    /**
     * What a rebuild starts from, taken on the UI thread.
     *
     * @param skills   the skills drawn beside the agents; empty when skills are not shown
     * @param known    the places the canvas has; null to read the layout file
     * @param fresh    true for a workspace not shown before (or loaded again)
     * @param relayout true to lay every node out afresh
     */
    record Start(Path root, List<WorkspaceAgent> agents, List<WorkspaceSkill> skills, Map<String, Point> known, boolean fresh,
                 boolean relayout) {
    }

    /** The canvas whose graph is rebuilt; called on the UI thread. */
    interface Target {
        /** The inputs of a rebuild now, or empty when there is nothing to build. */
        Optional<Start> start(boolean relayout);

        void finished(Start start, LiveGraphLayout.Update update);

        void failed(RuntimeException e);

        void busy(boolean busy);
    }

    GraphRebuilds(Target target, Executor background, Executor ui) {
        this.target = target;
        this.background = background;
        this.ui = ui;
    }

    void request(boolean relayout) {
        if (disposed) {
            return;
        }
        wanted = true;
        relayoutWanted |= relayout;
        schedule();
    }

    /** Does the rebuild wanted while there was nothing to build, if any. */
    void resume() {
        if (wanted) {
            schedule();
        }
    }

    private void schedule() {
        if (!running && !scheduled) {
            scheduled = true;
            ui.execute(this::begin);
        }
    }

    private void begin() {
        scheduled = false;
        if (running || !wanted || disposed) {
            return;
        }
        Optional<Start> start = target.start(relayoutWanted);
        if (start.isEmpty()) {
            return;
        }
        wanted = false;
        relayoutWanted = false;
        running = true;
        target.busy(true);
        Start from = start.get();
        background.execute(() -> {
            LiveGraphLayout.Update update;
            try {
                update = layout.update(from.root(), from.agents(), from.skills(), from.known(), from.relayout());
            } catch (RuntimeException e) {
                ui.execute(() -> end(() -> target.failed(e)));
                return;
            }
            ui.execute(() -> end(() -> target.finished(from, update)));
        });
    }

    /** The studio is closing: nothing more is started (the background executor is being shut down). */
    void dispose() {
        disposed = true;
    }

    boolean disposed() {
        return disposed;
    }

    private void end(Runnable report) {
        running = false;
        target.busy(false);
        report.run();
        if (wanted) {
            schedule();
        }
    }
}
