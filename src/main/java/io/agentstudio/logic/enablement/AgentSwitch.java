package io.agentstudio.logic.enablement;

import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.workspace.AgentFileStore;
import io.agentstudio.logic.workspace.ClaudeSettingsLocation;
import io.agentstudio.logic.workspace.SaveResult;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.FieldValue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Turns an agent off without deleting it, written the way its tool understands it, and on again:
 * <ul>
 *   <li>Claude Code: an {@code Agent(name)} entry in {@code permissions.deny} of the project's
 *   {@code .claude/settings.json} (the {@code .claude} folder that holds the agent's {@code agents} folder). Claude Code
 *   2.1.332 still loads the agent but its Agent tool may not launch it. {@code Task(name)} and
 *   {@code settings.local.json} entries count as off too; the studio writes only {@code settings.json}.</li>
 *   <li>OpenCode: {@code disable: true} in the agent's frontmatter ({@code disabled}, OpenCode V2's spelling, where
 *   the file already uses it); on again removes that line.</li>
 *   <li>Copilot, Gemini CLI and Cursor have no switch for one agent: {@link #whyNoSwitch} says so, and nothing is
 *   invented.</li>
 * </ul>
 */
public final class AgentSwitch {
    private static final List<String> OPENCODE_KEYS = List.of("disable", "disabled");

    /** Whether an agent is off, and a sentence saying by what (empty when on). */
    public record Status(boolean off, String reason) {
        static final Status ON = new Status(false, "");
    }

    /**
     * What a switch did. {@code file} is the file written (or that would have been); {@code agent} the agent as saved
     * when its own file changed (OpenCode), else the agent given.
     */
    public record Switched(Path file, boolean written, String summary, WorkspaceAgent agent) {
    }

    private final ClaudeDenials denials = new ClaudeDenials();
    private final AgentFileStore store = new AgentFileStore();

    /** Empty when the agent's tool has a way to turn it off; else a sentence saying there is none, and what to do. */
    public Optional<String> whyNoSwitch(WorkspaceAgent agent) {
        return switch (agent.dialect()) {
            case CLAUDE_CODE -> claudeFolderOf(agent).isPresent() ? Optional.empty() : Optional.of(agent.relativePath()
                    + " is not in a .claude/agents folder, so no project settings apply to it; move it there to turn it off.");
            case OPENCODE -> Optional.empty();
            case COPILOT -> Optional.of(noSwitch(agent.dialect(), ".github/agents") + " (disable-model-invocation only stops"
                    + " it being picked automatically).");
            case GEMINI -> Optional.of(noSwitch(agent.dialect(), ".gemini/agents") + ".");
            case CURSOR -> Optional.of(noSwitch(agent.dialect(), ".cursor/agents") + ".");
        };
    }

    private static String noSwitch(Dialect dialect, String folder) {
        return dialect.displayName() + " has no way to turn one agent off; move it out of " + folder + " or delete it";
    }

    /** Whether the agent is off now, read from disk (settings files) or from its document (OpenCode). */
    public Status status(WorkspaceAgent agent) {
        return status(agent, () -> claudeFolderOf(agent).map(denials::denials).orElse(Map.of()));
    }

    /**
     * Whether agents are off, with each {@code .claude} folder's settings looked at once however many agents are
     * asked about: a check that asks about every agent a file delegates to (dozens of same-named copies in a large
     * workspace) would otherwise look at the settings files on disk for each. Thread-safe.
     */
    public Function<WorkspaceAgent, Status> reading() {
        // By the agent's own folder, which decides its .claude folder: finding that walks the path up for each agent.
        Map<Path, Map<String, ClaudeDenials.Denial>> byFolder = new ConcurrentHashMap<>();
        return agent -> status(agent, () -> byFolder.computeIfAbsent(agent.path().getParent(),
                folder -> claudeFolderOf(agent).map(denials::denials).orElse(Map.of())));
    }

    private Status status(WorkspaceAgent agent, Supplier<Map<String, ClaudeDenials.Denial>> folderDenials) {
        if (agent.dialect() == Dialect.OPENCODE) {
            return openCodeKey(agent.document()).map(key -> new Status(true, "Turned off by `" + key + ": true` in its frontmatter."))
                    .orElse(Status.ON);
        }
        if (agent.dialect() != Dialect.CLAUDE_CODE) {
            return Status.ON;
        }
        Map<String, ClaudeDenials.Denial> denied = folderDenials.get();
        if (denied.isEmpty()) {
            // The usual case, decided without the agent's name (read from its frontmatter for each agent asked about).
            return Status.ON;
        }
        return Optional.ofNullable(denied.get(agent.name()))
                .map(denial -> new Status(true, "Turned off by \"" + denial.entry() + "\" in permissions.deny of "
                        + shown(agent, denial.file()) + ": Claude Code loads it, but its Agent tool may not launch it."))
                .orElse(Status.ON);
    }

    /** Turns the agent off; nothing is written when it is off already. */
    public Switched disable(WorkspaceAgent agent) throws IOException, SwitchRefusedException {
        requireSwitch(agent);
        if (agent.dialect() == Dialect.OPENCODE) {
            if (openCodeKey(agent.document()).isPresent()) {
                return new Switched(agent.path(), false, agent.name() + " is off already.", agent);
            }
            String key = agent.document().field("disabled").isPresent() ? "disabled" : "disable";
            return saveOpenCode(agent, document -> FrontmatterEditor.set(document, key, new FieldValue.Bool(true)), "off");
        }
        Path folder = claudeFolderOf(agent).orElseThrow();
        Optional<ClaudeDenials.Denial> denial = denials.denial(folder, agent.name());
        Path settings = folder.resolve(ClaudeSettingsLocation.SHARED);
        if (denial.isPresent()) {
            return new Switched(denial.get().file(), false, agent.name() + " is off already (\"" + denial.get().entry()
                    + "\" in " + shown(agent, denial.get().file()) + ").", agent);
        }
        ClaudeSettingsFile.Snapshot snapshot = readSettings(agent, settings);
        String entry = DenyEntry.of(agent.name());
        String text;
        try {
            Optional<ClaudeSettingsText> parsed = ClaudeSettingsFile.parse(snapshot);
            text = parsed.isEmpty() ? ClaudeSettingsText.created(entry) : parsed.get().withDeny(entry);
        } catch (SettingsRefusedException e) {
            throw refused(agent, settings, e);
        }
        return writeSettings(agent, snapshot, Optional.of(text), "Turned " + agent.name() + " off: \"" + entry
                + "\" added to permissions.deny of " + shown(agent, settings) + ".");
    }

    /** Turns the agent on again; nothing is written when it is on. */
    public Switched enable(WorkspaceAgent agent) throws IOException, SwitchRefusedException {
        requireSwitch(agent);
        if (agent.dialect() == Dialect.OPENCODE) {
            if (openCodeKey(agent.document()).isEmpty()) {
                return new Switched(agent.path(), false, agent.name() + " is on already.", agent);
            }
            return saveOpenCode(agent, document -> {
                AgentDocument edited = document;
                for (String key : OPENCODE_KEYS) {
                    if (Boolean.TRUE.equals(edited.value(key).orElse(null))) {
                        edited = FrontmatterEditor.remove(edited, key);
                    }
                }
                return edited;
            }, "on");
        }
        Path folder = claudeFolderOf(agent).orElseThrow();
        Path settings = folder.resolve(ClaudeSettingsLocation.SHARED);
        Path localSettings = folder.resolve(ClaudeSettingsLocation.LOCAL);
        Optional<String> local = ClaudeSettingsFile.denyEntriesQuietly(localSettings).stream()
                .filter(e -> DenyEntry.turnsOff(e, agent.name())).findFirst();
        if (local.isPresent()) {
            throw new SwitchRefusedException(agent.name() + " is turned off by \"" + local.get() + "\" in "
                    + shown(agent, localSettings) + ", your own settings, which the studio does not write; remove"
                    + " that entry there. Nothing was written.");
        }
        ClaudeSettingsFile.Snapshot snapshot = readSettings(agent, settings);
        Optional<String> text = Optional.empty();
        boolean removed = false;
        try {
            Optional<ClaudeSettingsText> parsed = ClaudeSettingsFile.parse(snapshot);
            // Every entry for the agent goes (Agent(x) and an old Task(x)), one at a time.
            while (parsed.isPresent() && parsed.get().denyEntries().stream().anyMatch(e -> DenyEntry.turnsOff(e, agent.name()))) {
                text = parsed.get().withoutDeny(e -> DenyEntry.turnsOff(e, agent.name()));
                parsed = text.isPresent() ? Optional.of(ClaudeSettingsText.parse(text.get())) : Optional.empty();
                removed = true;
            }
        } catch (SettingsRefusedException e) {
            throw refused(agent, settings, e);
        }
        if (!removed) {
            return new Switched(settings, false, agent.name() + " is on already.", agent);
        }
        return writeSettings(agent, snapshot, text, "Turned " + agent.name() + " on: its entry left permissions.deny of "
                + shown(agent, settings) + (text.isEmpty() ? ", which the studio had made for it and is gone again." : "."));
    }

    /** The {@code .claude} folder whose {@code agents} folder holds the agent (the nearest one on its path). */
    public static Optional<Path> claudeFolderOf(WorkspaceAgent agent) {
        return ClaudeSettingsLocation.claudeFolderOf(agent.path());
    }

    private void requireSwitch(WorkspaceAgent agent) throws SwitchRefusedException {
        Optional<String> why = whyNoSwitch(agent);
        if (why.isPresent()) {
            throw new SwitchRefusedException(why.get());
        }
    }

    private static Optional<String> openCodeKey(AgentDocument document) {
        return OPENCODE_KEYS.stream().filter(key -> Boolean.TRUE.equals(document.value(key).orElse(null))).findFirst();
    }

    /** Edits the agent's own frontmatter (only the switch's line changes) and saves it if the disk still holds what was read. */
    private Switched saveOpenCode(WorkspaceAgent agent, UnaryOperator<AgentDocument> edit, String state)
            throws IOException, SwitchRefusedException {
        SaveResult result;
        try {
            result = store.save(agent, edit.apply(agent.document()));
        } catch (EditRefusedException e) {
            throw new SwitchRefusedException(agent.relativePath() + ": " + e.getMessage());
        }
        if (result instanceof SaveResult.Conflict conflict) {
            throw new SwitchRefusedException(conflict.path() + " was " + (conflict.kind() == SaveResult.Kind.DELETED_ON_DISK
                    ? "deleted" : "changed") + " by another program since it was read; nothing was written. Try again.");
        }
        SaveResult.Saved saved = (SaveResult.Saved) result;
        return new Switched(agent.path(), saved.written(), "Turned " + agent.name() + " " + state + " in its frontmatter ("
                + agent.relativePath() + ").", saved.agent());
    }

    private static ClaudeSettingsFile.Snapshot readSettings(WorkspaceAgent agent, Path settings)
            throws IOException, SwitchRefusedException {
        try {
            return ClaudeSettingsFile.read(settings);
        } catch (SettingsRefusedException e) {
            throw refused(agent, settings, e);
        }
    }

    private Switched writeSettings(WorkspaceAgent agent, ClaudeSettingsFile.Snapshot snapshot, Optional<String> text, String summary)
            throws IOException, SwitchRefusedException {
        try {
            boolean written = ClaudeSettingsFile.write(snapshot, text);
            return new Switched(snapshot.path(), written, summary, agent);
        } catch (SettingsRefusedException e) {
            throw refused(agent, snapshot.path(), e);
        }
    }

    private static SwitchRefusedException refused(WorkspaceAgent agent, Path settings, SettingsRefusedException e) {
        return new SwitchRefusedException(shown(agent, settings) + " " + e.getMessage() + "; nothing was written.");
    }

    /** A settings file as the user knows it: relative to the agent's workspace folder where it is inside. */
    private static String shown(WorkspaceAgent agent, Path file) {
        Path root = agent.root();
        return (file.startsWith(root) ? root.relativize(file) : file).toString().replace('\\', '/');
    }
}
