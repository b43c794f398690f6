package io.agentstudio.gui.graph;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentActionsViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.logic.agentfile.EditRefusedException;
import io.agentstudio.logic.graph.GraphEdit;
import io.agentstudio.logic.graph.GraphEditor;
import io.agentstudio.logic.graph.PreloadEdits;
import io.agentstudio.logic.graph.SkillLinks;
import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.SimpleBooleanProperty;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * What the user draws on the canvas, made into edits of the agent files through the graph's {@code link} and
 * {@code unlink} (in the source agent's own style). The new texts go into the agents' tabs (opened if needed) as one
 * undoable step across the files, which marks them dirty; nothing is written until the user saves, like any other edit. The edit is
 * computed off the UI thread from the text the tabs hold, and applied only if that text is still the same.
 */
public final class CanvasEdits {
    private final GraphViewModel graph;
    private final EditorTabsViewModel tabs;
    private final AgentActionsViewModel actions;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;

    CanvasEdits(GraphViewModel graph, EditorTabsViewModel tabs, AgentActionsViewModel actions,
                DialogService dialogs, Executor background, Executor ui) {
        this.graph = graph;
        this.tabs = tabs;
        this.actions = actions;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
    }

    // Commands

    /**
     * A link drawn from one node onto another: onto an agent, asks for an optional note, then adds the delegation;
     * onto a skill (or a ghost skill), adds the skill to the agent's {@code skills:}.
     */
    public void link(String fromId, String toId) {
        Optional<WorkspaceAgent> from = graph.agent(fromId);
        Optional<WorkspaceAgent> to = graph.agent(toId);
        if (from.isEmpty() || fromId.equals(toId)) {
            return;
        }
        if (toId.startsWith(GraphNode.SKILL_PREFIX)) {
            graph.laidOut().graph().node(toId).ifPresent(skill -> preload(from.get(), skill.name()));
            return;
        }
        if (to.isEmpty()) {
            graph.say("Create " + name(toId) + " first (double-click it), then link to it.");
            return;
        }
        askNote(from.get(), to.get()).ifPresent(note -> link(from.get(), to.get(), note));
    }

    /** A link dropped on empty space: offers to create a new agent there and links to it once it exists. */
    public void linkToNewAgent(String fromId, Point at) {
        Optional<WorkspaceAgent> from = graph.agent(fromId);
        if (from.isEmpty() || !dialogs.confirm("New agent", "Create a new agent here that " + from.get().name() + " delegates to?")) {
            return;
        }
        actions.newAgent("", created -> {
            graph.placeSoon(LaidOutGraph.idOf(created), at);
            askNote(from.get(), created).ifPresent(note -> link(from.get(), created, note));
        });
    }

    /** Creates the agent a ghost node stands for; the references to its name then reach it. */
    public void createGhost(GraphNode ghost) {
        actions.newAgent(ghost.name(), created -> graph.say(created.name() + " created; the references to it now reach it."));
    }

    /**
     * Takes the selected delegation or spawn out of the file that says it ({@code unlink}). A mention is prose, so the
     * canvas says it needs a hand edit and offers to open the line.
     */
    public void deleteEdge(GraphEdge edge) {
        if (edge == null) {
            return;
        }
        if (edge.kind() == EdgeKind.PRELOADS) {
            Optional<WorkspaceAgent> agent = graph.agent(edge.from().id());
            String written = edge.sources().isEmpty() ? edge.to().name() : edge.sources().get(0).written();
            agent.ifPresent(from -> editFrontmatter(from, "Unpreload " + edge.to().name() + " from " + from.name(),
                    document -> PreloadEdits.withoutPreload(document, written)));
            return;
        }
        if (edge.kind() == EdgeKind.RUNS_AS) {
            EdgeSource source = edge.sources().get(0);
            offerHandEdit(source.file(), source.nameLine(), edge.from().name() + " runs as " + edge.to().name()
                    + " by its agent: field; change or remove the field in the skill.");
            return;
        }
        if (edge.kind() == EdgeKind.MENTIONS || edge.from().isGhost() || edge.to().isGhost()) {
            EdgeSource source = edge.sources().get(0);
            String why = edge.kind() == EdgeKind.MENTIONS
                    ? edge.from().name() + " mentions " + edge.to().name() + " in running text; reword it by hand if it should go."
                    : edge.to().name() + " is not an agent of this workspace; edit the reference by hand.";
            offerHandEdit(source.file(), source.nameLine(), why);
            return;
        }
        String from = edge.from().file().toString();
        String to = edge.to().file().toString();
        compute(workspace -> new GraphEditor(workspace).unlink(from, to),
                "Unlink " + edge.from().name() + " → " + edge.to().name(), edit -> {
                    if (!edit.changesFiles()) {
                        GraphEdit.HandEdit first = edit.handEdits().get(0);
                        offerHandEdit(first.file(), first.line(), first.why());
                    }
                });
    }

    // The work

    /** Adds the skill to the agent's {@code skills:} list, in the agent's tab, as one undoable edit. */
    private void preload(WorkspaceAgent agent, String skill) {
        if (SkillLinks.preloaded(tabs.current(agent.path()).orElse(agent.document())).contains(skill)) {
            graph.say(agent.name() + " preloads " + skill + " already.");
            return;
        }
        editFrontmatter(agent, "Preload " + skill + " in " + agent.name(), document -> PreloadEdits.withPreload(document, skill));
    }

    /**
     * Changes one agent's frontmatter from the text its tab holds (only the field's lines change); the edit goes on
     * the history like any other and is unsaved until the user saves.
     */
    private void editFrontmatter(WorkspaceAgent agent, String description, UnaryOperator<AgentDocument> change) {
        AgentDocument current = tabs.current(agent.path()).orElse(agent.document());
        AgentDocument edited;
        try {
            edited = change.apply(current);
        } catch (EditRefusedException e) {
            refused(description, e.getMessage());
            return;
        }
        if (!tabs.edit(description, Map.of(agent.path(), edited))) {
            graph.say(description + " was not made: " + tabs.commands().messageProperty().get());
            return;
        }
        tabs.editorOf(agent.path()).ifPresent(tabs.selectedProperty()::set);
        graph.sayWhile(description + " (unsaved: Save writes it, Undo takes it back).",
                tabs.editorOf(agent.path()).map(editor -> (BooleanExpression) editor.dirtyProperty())
                        .orElse(new SimpleBooleanProperty(false)));
    }

    private void link(WorkspaceAgent from, WorkspaceAgent to, String note) {
        String fromFile = from.relativePath().toString();
        String toFile = to.relativePath().toString();
        compute(workspace -> new GraphEditor(workspace).link(fromFile, toFile, note), "Link " + from.name() + " → " + to.name(),
                edit -> { });
    }

    private Optional<String> askNote(WorkspaceAgent from, WorkspaceAgent to) {
        return dialogs.askText("Link " + from.name() + " → " + to.name(),
                "What does " + from.name() + " hand to " + to.name() + "? (optional, one line)", "",
                text -> text.contains("\n") || text.contains("\r") ? "A note is one line." : "");
    }

    /** Computes an edit off the UI thread from the tabs' texts, then applies it; {@code after} sees what was applied. */
    private void compute(Function<Workspace, GraphEdit> edit, String description, java.util.function.Consumer<GraphEdit> after) {
        Path root = graph.root();
        if (root == null) {
            return;
        }
        Workspace workspace = new Workspace(root, graph.liveAgents(), List.of(), List.of());
        background.execute(() -> {
            GraphEdit result;
            try {
                result = edit.apply(workspace);
            } catch (EditRefusedException | IllegalArgumentException e) {
                ui.execute(() -> refused(description, e.getMessage()));
                return;
            }
            ui.execute(() -> {
                apply(result, description);
                after.accept(result);
            });
        });
    }

    private void apply(GraphEdit edit, String description) {
        if (!edit.changesFiles()) {
            graph.say(edit.summary());
            return;
        }
        Map<Path, AgentDocument> edited = new LinkedHashMap<>();
        for (GraphEdit.FileChange change : edit.changes()) {
            WorkspaceAgent baseline = change.baseline();
            Optional<String> current = tabs.current(baseline.path()).map(AgentDocument::text);
            if (!current.equals(Optional.of(baseline.document().text()))) {
                graph.say(baseline.name() + " changed while the edit was prepared; nothing was changed, try again.");
                return;
            }
            edited.put(baseline.path(), change.edited());
        }
        if (!tabs.edit(description, edited)) {
            graph.say(description + " was not made: " + tabs.commands().messageProperty().get());
            return;
        }
        tabs.editorOf(edit.changes().get(0).baseline().path()).ifPresent(tabs.selectedProperty()::set);
        String handEdits = edit.handEdits().isEmpty() ? ""
                : " " + edit.handEdits().size() + " other place(s) still name it: " + edit.handEdits().get(0).location() + " …";
        List<BooleanExpression> dirty = edited.keySet().stream().map(tabs::editorOf).flatMap(Optional::stream)
                .map(editor -> (BooleanExpression) editor.dirtyProperty()).toList();
        graph.sayWhile(edit.summary() + " (unsaved: Save writes it, Undo takes it back)." + handEdits,
                dirty.stream().reduce(BooleanExpression::or).orElse(new SimpleBooleanProperty(false)));
    }

    private void offerHandEdit(Path file, int line, String why) {
        String where = file.toString().replace('\\', '/') + ":" + line;
        if (dialogs.confirm("This needs a hand edit", where + ": " + why + "\n\nOpen that line?")) {
            graph.openAt(file, line);
        }
    }

    private void refused(String description, String why) {
        graph.say(description + " was not made: " + why);
    }

    private String name(String nodeId) {
        return nodeId.startsWith(GraphNode.GHOST_PREFIX) ? nodeId.substring(GraphNode.GHOST_PREFIX.length()) : nodeId;
    }
}
