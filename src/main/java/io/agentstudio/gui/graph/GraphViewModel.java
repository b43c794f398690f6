package io.agentstudio.gui.graph;

import io.agentstudio.gui.DialogService;
import io.agentstudio.gui.agentlist.AgentActionsViewModel;
import io.agentstudio.gui.agentlist.AgentListViewModel;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorTabsViewModel;
import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.logic.graph.SkillLinks;
import io.agentstudio.logic.graph.layout.AnalysisMarks;
import io.agentstudio.logic.graph.layout.FocusLayout;
import io.agentstudio.logic.graph.layout.GroupedView;
import io.agentstudio.logic.graph.layout.GroupedLayout;
import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.LayoutFile;
import io.agentstudio.logic.graph.layout.LiveGraphLayout;
import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.logic.workspace.StudioStateDirectory;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.model.Severity;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The graph canvas: the delegation graph of the agents as they are being edited, laid out, with what the analyses
 * mark; which node or edge is selected (shared with the agent list both ways) and which agent is open; the edge kinds
 * shown; the search; and the commands of the canvas. The graph is rebuilt off the UI thread, only while the canvas
 * is shown, one rebuild at a time (changes made meanwhile are picked up by the next). Edits are in {@link CanvasEdits},
 * exports in {@link GraphExports}. Properties change on the UI thread only.
 */
public final class GraphViewModel {
    private final AgentListViewModel list;
    private final EditorTabsViewModel tabs;
    private final Supplier<Path> workspaceRoot;
    private final ObservableMap<Path, Severity> worstSeverityByFile;
    private final Executor background;
    private final Executor ui;
    private final Viewport viewport = new Viewport();
    private final CanvasEdits edits;
    private final GraphExports exports;
    private final GraphRebuilds rebuilds;
    private final AnalysesViewModel analysesPanel;

    /** The workspace whose graph is shown, or null before the first one (or after a reload asked to read places again). */
    private Path shownRoot;
    /** The whole graph, laid out; what is drawn unless the focus mode shows one agent's neighbourhood. */
    private LaidOutGraph laidOut = LaidOutGraph.empty();
    /** The focused agent's neighbourhood laid out on its own, or null outside the focus mode. */
    private LaidOutGraph focusView;
    private final GraphGroups groups;
    private GraphAnalysis analysis;
    private AnalysisMarks marks = AnalysisMarks.none();
    private Map<String, WorkspaceAgent> agentsById = Map.of();
    private Map<String, WorkspaceSkill> skillsById = Map.of();
    /** Places chosen for nodes that are about to appear (an agent created by dropping a link on empty space). */
    private final Map<String, Point> pendingPlaces = new HashMap<>();

    // Properties
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);
    private final ObjectProperty<String> selectedNode = new SimpleObjectProperty<>(this, "selectedNode");
    private final ObjectProperty<GraphEdge> selectedEdge = new SimpleObjectProperty<>(this, "selectedEdge");
    private final ReadOnlyObjectWrapper<String> openedNode = new ReadOnlyObjectWrapper<>(this, "openedNode");
    private final Map<EdgeKind, BooleanProperty> kindShown = new EnumMap<>(EdgeKind.class);
    private final BooleanProperty analysesShown = new SimpleBooleanProperty(this, "analysesShown", true);
    private final BooleanProperty skillsShown = new SimpleBooleanProperty(this, "skillsShown", false);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** What ends the notice on show; held here because a binding is only weakly held by what it watches. */
    private ObservableBooleanValue noticeLasts;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final ReadOnlyObjectWrapper<String> focusedNode = new ReadOnlyObjectWrapper<>(this, "focusedNode");
    private final IntegerProperty focusHops = new SimpleIntegerProperty(this, "focusHops", 1);

    /**
     * @param worstSeverityByFile the worst validation problem of each agent file (absolute paths), kept current on the
     *                            UI thread by whoever validates; the canvas draws a badge from it
     */
    public GraphViewModel(AgentListViewModel list, EditorTabsViewModel tabs, AgentActionsViewModel actions, DialogService dialogs,
                          Supplier<Path> workspaceRoot, ObservableMap<Path, Severity> worstSeverityByFile, Executor background,
                          Executor ui) {
        this.list = list;
        this.tabs = tabs;
        this.workspaceRoot = workspaceRoot;
        this.worstSeverityByFile = worstSeverityByFile;
        this.background = background;
        this.ui = ui;
        this.edits = new CanvasEdits(this, tabs, actions, dialogs, background, ui);
        this.exports = new GraphExports(this, dialogs, background, ui);
        this.rebuilds = new GraphRebuilds(new Rebuilt(), background, ui);
        this.groups = new GraphGroups(background, ui, this::viewShape, this::groupsShown, message::set);
        for (EdgeKind kind : EdgeKind.values()) {
            BooleanProperty property = new SimpleBooleanProperty(this, kind.id() + "Shown", true);
            property.addListener((observable, was, now) -> selectedEdgeStillShown());
            property.addListener((observable, was, now) -> refocus());
            property.addListener((observable, was, now) -> groups.kindsChanged(shownKinds()));
            property.addListener((observable, was, now) -> redraw());
            kindShown.put(kind, property);
        }
        analysesShown.addListener((observable, was, now) -> redraw());
        skillsShown.addListener((observable, was, now) -> rebuilds.request(false));
        viewport.widthProperty().addListener((observable, was, now) -> groups.viewReshaped());
        viewport.heightProperty().addListener((observable, was, now) -> groups.viewReshaped());
        search.addListener((observable, was, now) -> redraw());
        selectedNode.addListener((observable, was, now) -> {
            // Selecting another node while focused focuses on it.
            if (now != null && focusedNode.get() != null && !now.equals(focusedNode.get())) {
                focusOn(now, true);
            }
            redraw();
        });
        focusHops.addListener((observable, was, now) -> {
            if (focusedNode.get() != null) {
                focusOn(focusedNode.get(), true);
            }
        });
        selectedEdge.addListener((observable, was, now) -> redraw());
        openedNode.addListener((observable, was, now) -> redraw());
        worstSeverityByFile.addListener((MapChangeListener<Path, Severity>) change -> redraw());
        list.problemsVersionProperty().addListener((observable, was, now) -> redraw());
        new AgentChanges(list, tabs, () -> rebuilds.request(false));
        list.selectedProperty().addListener((observable, was, row) -> {
            // The same agent read again from disk is not a new selection, and must not drop a selected edge.
            if (row != null && (was == null || !was.agent().path().equals(row.agent().path()))) {
                String id = row.isSkill() ? SkillLinks.nodeOf(row.skill()).id() : LaidOutGraph.idOf(row.agent());
                if (!id.equals(selectedNode.get())) {
                    selectedNode.set(id);
                    selectedEdge.set(null);
                }
            }
        });
        tabs.selectedProperty().addListener((observable, was, editor) -> showOpened());
        shown.addListener((observable, was, now) -> {
            if (now) {
                rebuilds.resume();
            }
        });
        this.analysesPanel = new AnalysesViewModel(this);
    }

    // Properties

    /** True while the canvas is on screen; the graph is only kept current then. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    /** Changes whenever the drawing should be redrawn. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The id of the selected node, or null. */
    public ObjectProperty<String> selectedNodeProperty() {
        return selectedNode;
    }

    public ObjectProperty<GraphEdge> selectedEdgeProperty() {
        return selectedEdge;
    }

    /** The id of the node whose agent is open in the selected tab, or null; its node and edges are highlighted. */
    public ReadOnlyObjectProperty<String> openedNodeProperty() {
        return openedNode.getReadOnlyProperty();
    }

    /** Whether edges of a kind are drawn (the legend's toggles). */
    public BooleanProperty kindShownProperty(EdgeKind kind) {
        return kindShown.get(kind);
    }

    /**
     * Whether the skills are drawn as nodes of their own, with their preload and runs-as edges; on by default when the
     * workspace has skills.
     */
    public BooleanProperty skillsShownProperty() {
        return skillsShown;
    }

    /** Whether cycles, deep chains and agents nobody reaches are marked. */
    public BooleanProperty analysesShownProperty() {
        return analysesShown;
    }

    /** A part of an agent's name; matching nodes are marked, Enter jumps to the next. */
    public StringProperty searchProperty() {
        return search;
    }

    /** The last thing the canvas has to tell (an edit made, a layout file ignored, why a drawing was refused). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True while the graph is being rebuilt or laid out. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The agent whose neighbourhood the focus mode shows, or null when the whole team is shown. */
    public ReadOnlyObjectProperty<String> focusedNodeProperty() {
        return focusedNode.getReadOnlyProperty();
    }

    /** How far the focus mode follows edges each way from the focused agent: 1 or 2 hops. */
    public IntegerProperty focusHopsProperty() {
        return focusHops;
    }

    public Viewport viewport() {
        return viewport;
    }

    public CanvasEdits edits() {
        return edits;
    }

    public GraphExports exports() {
        return exports;
    }

    /** The analyses panel beside the canvas: what the analyses found, listed, and the agents of the entry picked. */
    public AnalysesViewModel analysesPanel() {
        return analysesPanel;
    }

    // What the canvas draws

    /** What the canvas draws: the whole graph, in groups when grouped, or in the focus mode the focused agent's neighbourhood. */
    public LaidOutGraph laidOut() {
        if (focusView != null) {
            return focusView;
        }
        GroupedView grouped = groups.view();
        return grouped != null ? grouped.laidOut() : laidOut;
    }

    /** The grouped drawing (frames of open groups, bundled edges' counts) while it is what the canvas draws; else null. */
    public GroupedView groupedView() {
        return focusView != null ? null : groups.view();
    }

    /** The grouping of the team view: the choice and its choices. */
    public GraphGroups groups() {
        return groups;
    }

    /** The analyses of the graph shown; null before the first graph. */
    public GraphAnalysis analysis() {
        return analysis;
    }

    /** The marks to draw: none while the analyses are switched off. */
    public AnalysisMarks marks() {
        return analysesShown.get() ? marks : AnalysisMarks.none();
    }

    public Set<EdgeKind> shownKinds() {
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        kindShown.forEach((kind, property) -> {
            if (property.get()) {
                kinds.add(kind);
            }
        });
        return kinds;
    }

    /** The agent behind a node, or empty for a ghost. */
    public Optional<WorkspaceAgent> agent(String nodeId) {
        return Optional.ofNullable(agentsById.get(nodeId));
    }

    /** The skill behind a node, or empty for an agent, a ghost or a group. */
    public Optional<WorkspaceSkill> skill(String nodeId) {
        return Optional.ofNullable(skillsById.get(nodeId));
    }

    /** The worst validation problem of a node's agent or skill, or empty. */
    public Optional<Severity> severity(String nodeId) {
        WorkspaceAgent agent = agentsById.get(nodeId);
        Path file = agent != null ? agent.path() : skill(nodeId).map(WorkspaceSkill::path).orElse(null);
        return file == null ? Optional.empty() : Optional.ofNullable(worstSeverityByFile.get(file));
    }

    /** True when the node's agent is turned off (its tool will not run it): the canvas greys it. */
    public boolean isOff(String nodeId) {
        WorkspaceAgent agent = agentsById.get(nodeId);
        return agent != null && list.offReason(agent.path()).isPresent();
    }

    /** True when the search is not empty and the node's name contains it. */
    public boolean matchesSearch(GraphNode node) {
        String query = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        return !query.isEmpty() && node.name().toLowerCase(Locale.ROOT).contains(query);
    }

    // Commands

    /** The workspace was (re)loaded: its saved places are read again, and the view fits the graph. */
    public void workspaceLoaded() {
        skillsShown.set(!list.skills().isEmpty());
        shownRoot = null;
        pendingPlaces.clear();
        rebuilds.request(false);
    }

    /** Lays every node out afresh (the layout is kept in the layout file). */
    public void relayout() {
        rebuilds.request(true);
    }

    /** Selects a node; an agent's node selects the agent in the list too. Null clears the selection. */
    public void selectNode(String id) {
        selectedEdge.set(null);
        selectedNode.set(id);
        if (id != null && agentsById.containsKey(id)) {
            list.select(agentsById.get(id).path());
        } else if (id != null && skillsById.containsKey(id)) {
            list.select(skillsById.get(id).path());
        }
    }

    public void selectEdge(GraphEdge edge) {
        selectedNode.set(null);
        selectedEdge.set(edge);
    }

    /** A node is being dragged: it follows at once; its place is kept once the drag ends ({@link #nodesMoved}). */
    public void moveNode(String id, Point to) {
        if (focusView != null) {
            focusView = focusView.moved(id, to);
        } else if (groups.view() != null) {
            groups.move(id, to);
        } else {
            laidOut = laidOut.moved(id, to);
        }
        redraw();
    }

    /** Keeps the current places in the workspace's layout file; the focus and grouped views' places are their own. */
    public void nodesMoved() {
        if (focusView == null && groups.view() == null) {
            savePlaces();
        }
    }

    /**
     * Opens a node's agent or skill in a tab (double-click) and makes way for its editor, the graph being a main view
     * of its own; for a ghost, offers to create the agent; a closed group opens.
     */
    public void open(String id) {
        WorkspaceAgent agent = agentsById.get(id);
        WorkspaceSkill skill = skillsById.get(id);
        if (id.startsWith(GraphNode.GROUP_PREFIX)) {
            toggleGroup(id.substring(GraphNode.GROUP_PREFIX.length()));
        } else if (agent != null || skill != null) {
            tabs.open(agent != null ? agent : SkillEditing.asEditable(skill));
            shown.set(false);
        } else if (id.startsWith(GraphNode.SKILL_GHOST_PREFIX)) {
            message.set("No skill is called " + id.substring(GraphNode.SKILL_GHOST_PREFIX.length())
                    + ": create its folder with a SKILL.md under .claude/skills, or correct the name in skills:.");
        } else {
            laidOut().graph().node(id).filter(GraphNode::isGhost).ifPresent(edits::createGhost);
        }
    }

    /** Opens a closed group, showing its agents in a frame; or closes an open one. */
    public void toggleGroup(String key) {
        selectedNode.set(null);
        groups.toggle(key);
    }

    /** Opens the file an edge is written in at the line of its first place (double-click on an edge). */
    public void openSource(GraphEdge edge) {
        if (!edge.sources().isEmpty()) {
            openAt(edge.sources().get(0).file(), edge.sources().get(0).nameLine());
        }
    }

    /** Opens the agent whose workspace-relative file is {@code file} with the caret on {@code line} (1-based). */
    public void openAt(Path file, int line) {
        agentsById.values().stream().filter(agent -> agent.relativePath().equals(file)).findFirst()
                .ifPresent(agent -> {
                    tabs.open(agent).revealLine(line);
                    shown.set(false);
                });
    }

    public void fitAll() {
        laidOut().bounds().ifPresent(viewport::fit);
    }

    /** Centres the selected node (or the open agent's), zooming in when the view is far out. */
    public void centreSelected() {
        String id = selectedNode.get() != null ? selectedNode.get() : openedNode.get();
        if (id != null && laidOut().boxes().containsKey(id)) {
            viewport.focus(laidOut().boxes().get(id));
        }
    }

    /**
     * The focus mode on or off: on, the selected agent (or the open one) is shown with only its neighbourhood, laid
     * out on its own; off, the whole team again, with the selection kept.
     */
    public void toggleFocus() {
        if (focusedNode.get() != null) {
            leaveFocus();
            return;
        }
        String id = selectedNode.get() != null ? selectedNode.get() : openedNode.get();
        if (id == null || !laidOut.boxes().containsKey(id)) {
            message.set("Select an agent to focus on it and its neighbours.");
            return;
        }
        focusOn(id, true);
    }

    /** Back to the whole team, centred on the selected node (or the one that was focused). */
    public void leaveFocus() {
        String was = focusedNode.get();
        if (was == null) {
            return;
        }
        focusView = null;
        focusedNode.set(null);
        if (message.get().startsWith(FOCUS_MESSAGE)) {
            message.set("");
        }
        String centre = selectedNode.get() != null && laidOut.boxes().containsKey(selectedNode.get()) ? selectedNode.get() : was;
        if (laidOut.boxes().containsKey(centre)) {
            viewport.focus(laidOut.boxes().get(centre));
        }
        redraw();
    }

    /** Escape: leaves the focus mode (keeping the selection), or else clears the selection. */
    public void escape() {
        if (focusedNode.get() != null) {
            leaveFocus();
        } else {
            selectNode(null);
            analysesPanel.clearHighlight();
        }
    }

    /** Selects and centres the next node whose name contains the search, after the selected one. */
    public void findNext() {
        List<GraphNode> matches = laidOut().graph().nodes().stream().filter(this::matchesSearch)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        if (matches.stream().noneMatch(node -> !node.isGroup()) && openGroupOfMatch()) {
            return;
        }
        if (matches.isEmpty()) {
            message.set(search.get().isBlank() ? "" : "No agent's name contains \"" + search.get().strip() + "\".");
            return;
        }
        int current = matches.stream().map(GraphNode::id).toList().indexOf(selectedNode.get());
        GraphNode next = matches.get((current + 1) % matches.size());
        selectNode(next.id());
        viewport.focus(laidOut().boxes().get(next.id()));
        message.set(matches.size() == 1 ? "" : (matches.indexOf(next) + 1) + " of " + matches.size() + " agents match.");
    }

    /**
     * With the team in groups, a name found only in a closed group: that group opens with the agent selected, which
     * the view then shows. False when no closed group holds a match.
     */
    private boolean openGroupOfMatch() {
        if (focusView != null) {
            return false;
        }
        for (GraphNode node : laidOut.graph().nodes().stream().filter(this::matchesSearch)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList()) {
            Optional<String> group = groups.closedGroupOf(node.id());
            if (group.isPresent()) {
                groups.toggle(group.get());
                selectNode(node.id());
                message.set("Opened the group that holds " + node.name() + ".");
                return true;
            }
        }
        return false;
    }

    /** The studio is closing: no more work is started (the background executor is being shut down). */
    public void dispose() {
        rebuilds.dispose();
    }

    // Used by the edits

    void say(String text) {
        message.set(text);
    }

    /**
     * Says {@code text} while {@code holds}: a notice that an edit is unsaved goes when the edit is saved or undone,
     * instead of staying to say "unsaved" of a saved file. A later message replaces it as usual.
     */
    void sayWhile(String text, ObservableBooleanValue holds) {
        message.set(text);
        noticeLasts = holds;
        ChangeListener<Boolean> ended = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> observable, Boolean before, Boolean now) {
                if (!now) {
                    holds.removeListener(this);
                    if (noticeLasts == holds) {
                        noticeLasts = null;
                    }
                    if (message.get().equals(text)) {
                        message.set("");
                    }
                }
            }
        };
        holds.addListener(ended);
    }

    Path root() {
        return workspaceRoot.get();
    }

    List<WorkspaceAgent> liveAgents() {
        return LiveAgents.of(list.agents(), tabs.editors());
    }

    /** The skills as the user sees them: an open tab's unsaved text instead of the disk's. */
    List<WorkspaceSkill> liveSkills() {
        return list.skills().stream().map(skill -> tabs.editorOf(skill.path())
                .filter(editor -> editor.document() != skill.document())
                .map(editor -> new WorkspaceSkill(skill.path(), skill.relativePath(), skill.tool(), editor.document(), skill.stamp(),
                        skill.supportingFiles()))
                .orElse(skill)).toList();
    }

    /** Where a node that is about to appear should go (rather than next to its neighbours). */
    void placeSoon(String id, Point at) {
        pendingPlaces.put(id, at);
    }

    // The rebuild

    /** What a rebuild starts from and what becomes of its result. */
    private final class Rebuilt implements GraphRebuilds.Target {
        @Override
        public Optional<GraphRebuilds.Start> start(boolean relayout) {
            Path root = workspaceRoot.get();
            if (!shown.get() || root == null) {
                return Optional.empty();
            }
            boolean fresh = !root.equals(shownRoot);
            Map<String, Point> known = null;
            if (!fresh) {
                known = new HashMap<>(laidOut.positions());
                known.putAll(pendingPlaces);
            }
            return Optional.of(new GraphRebuilds.Start(root, liveAgents(), skillsShown.get() ? liveSkills() : List.of(), known,
                    fresh, relayout));
        }

        @Override
        public void finished(GraphRebuilds.Start start, LiveGraphLayout.Update update) {
            if (start.root().equals(workspaceRoot.get())) {
                show(start, update);
            } else {
                rebuilds.request(false);
            }
        }

        @Override
        public void failed(RuntimeException e) {
            message.set("The graph could not be drawn: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }

        @Override
        public void busy(boolean now) {
            busy.set(now);
        }
    }

    private void show(GraphRebuilds.Start start, LiveGraphLayout.Update update) {
        boolean whole = start.fresh() || start.relayout();
        // A node dragged while the rebuild ran stays where the user put it; one placed by a drop goes where it was dropped.
        LaidOutGraph next = whole ? update.laidOut() : update.laidOut().moved(laidOut.positions());
        boolean dropped = pendingPlaces.keySet().stream().anyMatch(next.boxes()::containsKey);
        laidOut = next.moved(pendingPlaces);
        analysis = update.analysis();
        marks = update.marks();
        Map<String, WorkspaceAgent> byId = new HashMap<>();
        start.agents().forEach(agent -> byId.put(LaidOutGraph.idOf(agent), agent));
        agentsById = byId;
        Map<String, WorkspaceSkill> skills = new HashMap<>();
        start.skills().forEach(skill -> skills.put(SkillLinks.nodeOf(skill).id(), skill));
        skillsById = skills;
        pendingPlaces.keySet().removeIf(laidOut.boxes()::containsKey);
        shownRoot = start.root();
        if (!update.problem().isEmpty()) {
            message.set(update.problem());
        } else if (start.fresh()) {
            message.set("");
        }
        if (update.placesChanged() || start.relayout() || dropped) {
            savePlaces();
        }
        if (selectedNode.get() != null && !laidOut.boxes().containsKey(selectedNode.get())) {
            selectedNode.set(null);
        }
        selectedEdge.set(sameEdge(selectedEdge.get()));
        showOpened();
        if (focusedNode.get() != null) {
            refocus();
        } else if (whole) {
            firstView();
        }
        groups.teamChanged(laidOut, agentsById, shownKinds(), start.fresh());
        redraw();
    }

    /** The canvas's width over its height, so that groups are put in rows that fill it; a screen's before it has a size. */
    private double viewShape() {
        double width = viewport.widthProperty().get();
        double height = viewport.heightProperty().get();
        return width > 0 && height > 0 ? width / height : GroupedLayout.SCREEN_SHAPE;
    }

    /** A new grouped drawing: the view fits a new grouping, shows a group just opened, and stays put on an update. */
    private void groupsShown(GraphGroups.Change change, String key) {
        GroupedView view = groups.view();
        if (focusView == null && change != GraphGroups.Change.UPDATED) {
            Optional<NodeBox> frame = view == null || change != GraphGroups.Change.OPENED ? Optional.empty()
                    : view.frames().stream().filter(f -> f.key().equals(key)).findFirst().map(GroupedView.Frame::box);
            String chosen = selectedNode.get();
            if (frame.isPresent() && chosen != null && view.laidOut().boxes().containsKey(chosen)) {
                // Opened to show a found agent: that agent, centred.
                viewport.focus(view.laidOut().boxes().get(chosen));
            } else if (frame.isPresent() && viewport.fitScale(frame.get()) < GraphRenderer.DETAIL_SCALE) {
                // A big group: its first agents at a readable zoom rather than all of them as unreadable boxes.
                viewport.follow(() -> viewport.cornerNow(frame.get()));
            } else {
                frame.or(() -> laidOut().bounds()).ifPresent(viewport::fit);
            }
        }
        redraw();
    }

    private static final String FOCUS_MESSAGE = "Focus on ";

    /** Shows {@code id}'s neighbourhood on its own; {@code fit} to fit the view to it (not when only redone). */
    private void focusOn(String id, boolean fit) {
        if (!laidOut.boxes().containsKey(id)) {
            return;
        }
        focusedNode.set(id);
        int hops = Math.max(1, focusHops.get());
        focusView = FocusLayout.of(laidOut, id, hops, shownKinds());
        int others = focusView.boxes().size() - 1;
        String name = laidOut.graph().node(id).map(GraphNode::name).orElse(id);
        message.set(FOCUS_MESSAGE + name + ": " + (others == 0 ? "no agent" : others == 1 ? "1 agent" : others + " agents")
                + " within " + (hops == 1 ? "1 hop" : hops + " hops")
                + ". Esc or F shows the whole team.");
        if (fit) {
            focusView.bounds().ifPresent(viewport::fit);
        }
        redraw();
    }

    /** The focus view again after what it depends on changed (the graph, the kinds shown, the hops). */
    private void refocus() {
        String id = focusedNode.get();
        if (id == null) {
            return;
        }
        if (laidOut.boxes().containsKey(id)) {
            focusOn(id, false);
        } else {
            leaveFocus();
        }
    }

    private void savePlaces() {
        Path root = shownRoot;
        if (root == null || rebuilds.disposed()) {
            return;
        }
        Map<String, Point> places = laidOut.positions();
        background.execute(() -> {
            try {
                LayoutFile.write(new StudioStateDirectory(root), places);
            } catch (IOException | RuntimeException e) {
                ui.execute(() -> message.set("The places of the graph's nodes could not be saved: " + e.getMessage()));
            }
        });
    }

    /** The edge of the new graph that stands for the same delegation as {@code edge}, if it is still there and shown. */
    private GraphEdge sameEdge(GraphEdge edge) {
        if (edge == null || !kindShown.get(edge.kind()).get()) {
            return null;
        }
        return laidOut.graph().edges().stream().filter(e -> e.kind() == edge.kind() && e.from().id().equals(edge.from().id())
                && e.to().id().equals(edge.to().id())).findFirst().orElse(null);
    }

    private void selectedEdgeStillShown() {
        selectedEdge.set(sameEdge(selectedEdge.get()));
    }

    private void showOpened() {
        AgentEditorViewModel editor = tabs.selectedProperty().get();
        openedNode.set(editor == null ? null : agentsById.values().stream().filter(agent -> agent.path().equals(editor.path()))
                .findFirst().map(LaidOutGraph::idOf)
                .or(() -> skillsById.values().stream().filter(skill -> skill.path().equals(editor.path())).findFirst()
                        .map(skill -> SkillLinks.nodeOf(skill).id()))
                .orElse(null));
    }

    /**
     * The first view of a graph: all of it when it can be read that way, otherwise the open (or selected) agent, or
     * the drawing's top-left corner, at a readable zoom; the minimap and "fit all" show the rest. Until the user moves
     * the view, the canvas settling to its size chooses again.
     */
    private void firstView() {
        if (laidOut.bounds().isEmpty()) {
            return;
        }
        viewport.follow(() -> {
            NodeBox bounds = laidOut.bounds().orElse(null);
            String wanted = openedNode.get() != null ? openedNode.get() : selectedNode.get();
            if (bounds == null) {
                return;
            }
            if (viewport.fitScale(bounds) >= GraphRenderer.DETAIL_SCALE) {
                viewport.fitNow(bounds);
            } else if (wanted != null && laidOut.boxes().containsKey(wanted)) {
                viewport.overviewNow(laidOut.boxes().get(wanted));
            } else {
                viewport.cornerNow(bounds);
            }
        });
    }

    void redraw() {
        revision.set(revision.get() + 1);
    }
}
