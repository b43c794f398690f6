package io.agentstudio.gui.problems;

import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.DiskState;
import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.common.Delay;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;

import java.nio.file.Path;
import java.time.Duration;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * An open tab's text stands in for its file in the validation: {@link #DEBOUNCE} after the user stops typing (in the
 * form, the body, or by undo), the tab's current document is checked; when a tab with unsaved text closes, the
 * file as it is on disk is checked again. Each tab also gets the {@link OpenAgentProblems} its panes draw.
 */
final class OpenTabsValidation {
    /** Long enough that typing does not check every keystroke, short enough to feel immediate. */
    static final Duration DEBOUNCE = Duration.ofMillis(250);

    /** What is kept per open tab: its markers and how to stop following it. */
    private record Tracked(OpenAgentProblems problems, ChangeListener<AgentDocument> listener, Runnable[] cancel) {
    }

    private final EditorTabsViewModel tabs;
    private final LiveValidation validation;
    private final Delay delay;
    private final Function<AgentEditorViewModel, OpenAgentProblems> markers;
    private final Map<AgentEditorViewModel, Tracked> tracked = new IdentityHashMap<>();

    OpenTabsValidation(EditorTabsViewModel tabs, LiveValidation validation, Delay delay,
                       Function<AgentEditorViewModel, OpenAgentProblems> markers) {
        this.tabs = tabs;
        this.validation = validation;
        this.delay = delay;
        this.markers = markers;
        tabs.editors().addListener((ListChangeListener<AgentEditorViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::closed);
                change.getAddedSubList().forEach(this::track);
            }
        });
        tabs.editors().forEach(this::track);
    }

    /** The markers of an open tab (made on first use: the tab's view may ask before this class heard of the tab). */
    OpenAgentProblems problemsOf(AgentEditorViewModel editor) {
        return track(editor).problems();
    }

    /** The markers of the tab open on {@code file}, if there is one. */
    Optional<OpenAgentProblems> problemsOf(Path file) {
        return tabs.editorOf(file).map(tracked::get).map(Tracked::problems);
    }

    /** Checks the tab's text now (typing's pause cut short) and runs {@code action} once its findings are shown. */
    void whenCurrent(AgentEditorViewModel editor, Runnable action) {
        Tracked tab = tracked.get(editor);
        if (tab == null || editor.diskStateProperty().get() == DiskState.DELETED_ON_DISK || isSkill(editor)) {
            action.run();
            return;
        }
        tab.cancel()[0].run();
        validation.update(asEdited(editor), action);
    }

    boolean isOpen(Path file) {
        return tabs.editorOf(file).isPresent();
    }

    /** The loaded workspace with each open tab's text in place of its file's (a reload keeps unsaved tabs). */
    Workspace withOpenTabs(Workspace loaded) {
        List<WorkspaceAgent> agents = loaded.agents().stream()
                .map(agent -> tabs.editorOf(agent.path()).map(OpenTabsValidation::asEdited).orElse(agent)).toList();
        return new Workspace(loaded.root(), agents, loaded.skills(), loaded.problems());
    }

    private Tracked track(AgentEditorViewModel editor) {
        Tracked existing = tracked.get(editor);
        if (existing != null) {
            return existing;
        }
        Runnable[] cancel = {() -> { }};
        ChangeListener<AgentDocument> listener = (observable, before, after) -> {
            cancel[0].run();
            cancel[0] = delay.schedule(DEBOUNCE, () -> edited(editor));
        };
        editor.documentProperty().addListener(listener);
        Tracked created = new Tracked(markers.apply(editor), listener, cancel);
        tracked.put(editor, created);
        return created;
    }

    private void edited(AgentEditorViewModel editor) {
        // A tab whose file was deleted is not part of the workspace until it is saved again.
        if (tracked.containsKey(editor) && editor.diskStateProperty().get() != DiskState.DELETED_ON_DISK && !isSkill(editor)) {
            validation.update(asEdited(editor));
        }
    }

    private void closed(AgentEditorViewModel editor) {
        Tracked gone = tracked.remove(editor);
        if (gone == null) {
            return;
        }
        gone.cancel()[0].run();
        editor.documentProperty().removeListener(gone.listener());
        if (editor.isDirty() && editor.diskStateProperty().get() != DiskState.DELETED_ON_DISK && !isSkill(editor)) {
            validation.revert(onDisk(editor));
        }
    }

    /** A skill's tab: the agents' rules do not apply to it (the skills' own checks come with the skills validation). */
    private static boolean isSkill(AgentEditorViewModel editor) {
        return SkillEditing.isSkill(editor.baselineProperty().get());
    }

    private static WorkspaceAgent asEdited(AgentEditorViewModel editor) {
        WorkspaceAgent baseline = editor.baselineProperty().get();
        return new WorkspaceAgent(baseline.path(), baseline.relativePath(), baseline.dialect(), editor.document(), baseline.stamp());
    }

    /** The file as the tab last heard of it on disk: another program's newer version, or what was loaded or saved. */
    private static WorkspaceAgent onDisk(AgentEditorViewModel editor) {
        WorkspaceAgent baseline = editor.baselineProperty().get();
        AgentDocument newer = editor.diskDocumentProperty().get();
        return newer == null ? baseline
                : new WorkspaceAgent(baseline.path(), baseline.relativePath(), baseline.dialect(), newer, baseline.stamp());
    }
}
