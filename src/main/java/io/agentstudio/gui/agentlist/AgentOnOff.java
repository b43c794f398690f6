package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.BackgroundTask;
import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.enablement.AgentSwitch;
import io.agentstudio.logic.enablement.SwitchRefusedException;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Dialect;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The list's on/off switch: turns the selected agent off without deleting it, or on again, the way its tool reads it
 * ({@link AgentSwitch}), off the UI thread. The written file is handed on to be read back as any change on disk is,
 * so the list, the graph and the problems follow at once.
 */
final class AgentOnOff {
    private final DialogService dialogs;
    private final EditorTabsViewModel tabs;
    private final AgentListViewModel list;
    private final AgentSwitch agentSwitch = new AgentSwitch();
    private final BackgroundTask<Outcome> task;
    private Consumer<Set<Path>> onWritten = files -> { };
    private Consumer<String> onNotice = notice -> { };

    /** What the background work came to: a switch made, or the sentence that refused it. */
    private record Outcome(AgentSwitch.Switched switched, String refusal) {
    }

    AgentOnOff(DialogService dialogs, EditorTabsViewModel tabs, AgentListViewModel list, Executor background, Executor ui) {
        this.dialogs = dialogs;
        this.tabs = tabs;
        this.list = list;
        this.task = new BackgroundTask<>(background, ui, this::done, why -> dialogs.showError("The agent was not switched", why));
    }

    void setOnWritten(Consumer<Set<Path>> onWritten) {
        this.onWritten = onWritten;
    }

    void setOnNotice(Consumer<String> onNotice) {
        this.onNotice = onNotice;
    }

    /** Empty when the row's agent can be turned off and on; else why not (a skill, a tool without a switch). */
    Optional<String> whyNot(AgentRow row) {
        if (row == null) {
            return Optional.of("Select an agent to turn it off or on.");
        }
        if (row.isSkill()) {
            return Optional.of("A skill is not turned off this way; an agent that preloads it lists it in skills:.");
        }
        return agentSwitch.whyNoSwitch(row.agent());
    }

    boolean isOff(AgentRow row) {
        return row != null && list.offReason(row.agent().path()).isPresent();
    }

    /** Turns the row's agent off, or on when it is off; the disk decides which, not what the list last showed. */
    void toggle(AgentRow row) {
        if (row == null) {
            return;
        }
        Optional<String> why = whyNot(row);
        if (why.isPresent()) {
            dialogs.showError("This agent cannot be turned off", why.get());
            return;
        }
        WorkspaceAgent agent = row.agent();
        if (agent.dialect() == Dialect.OPENCODE && tabs.dirtyPaths().contains(agent.path())) {
            // OpenCode's switch is a line of the agent's own file, which a tab's unsaved edits would then conflict with.
            dialogs.showError("Save the agent first", agent.name() + " has unsaved edits; save or revert them, then turn it off or on.");
            return;
        }
        task.run(() -> {
            try {
                return new Outcome(agentSwitch.status(agent).off() ? agentSwitch.enable(agent) : agentSwitch.disable(agent), null);
            } catch (SwitchRefusedException e) {
                return new Outcome(null, e.getMessage());
            }
        });
    }

    private void done(Outcome outcome) {
        if (outcome.refusal() != null) {
            dialogs.showError("The agent was not switched", outcome.refusal());
            return;
        }
        AgentSwitch.Switched switched = outcome.switched();
        if (switched.written()) {
            onWritten.accept(Set.of(switched.file()));
        }
        onNotice.accept(switched.summary());
    }
}
