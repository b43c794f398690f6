package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.model.GhostReference;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphNode;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The analyses panel of the graph view: what the analyses found, as lists a person can read (names, not files), and
 * what picking an entry does on the canvas. The panel starts open when the team has something to fix (a cycle, a chain
 * too deep, a missing agent) and shut otherwise, until the user opens or shuts it: from then on their choice holds.
 */
public final class AnalysesViewModel {
    /** The sections, in the order the panel shows them. */
    public enum Kind {
        CYCLES("Cycles"),
        DEEP_CHAINS("Chains too deep"),
        NO_WAY_IN("No way in"),
        MISSING("Missing agents");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /**
     * One line of the panel.
     *
     * @param text    what it says, in agents' names
     * @param detail  a second line (who refers to a missing agent, the rest of a cycle's members), or empty
     * @param nodeIds the nodes it stands for: picking it shows them
     * @param tip     what the entry's tooltip says: all of it, where the detail names only the first few
     */
    public record Entry(String text, String detail, List<String> nodeIds, String tip) {
        public Entry {
            nodeIds = List.copyOf(nodeIds);
        }

        Entry(String text, String detail, List<String> nodeIds) {
            this(text, detail, nodeIds, detail.isEmpty() ? text : text + "\n" + detail);
        }
    }

    /** A titled list of entries; {@link #hint} says what the section means. */
    public record Section(Kind kind, String hint, List<Entry> entries) {
        public Section {
            entries = List.copyOf(entries);
        }

        public String title() {
            return kind.title() + " (" + entries.size() + ")";
        }
    }

    /** How many names of a cycle's other members the panel shows. */
    static final int SHOWN_NAMES = 5;

    private final GraphViewModel graph;
    private final ReadOnlyObjectWrapper<List<Section>> sections = new ReadOnlyObjectWrapper<>(this, "sections", List.of());
    private final BooleanProperty open = new SimpleBooleanProperty(this, "open", false);
    private final ReadOnlyObjectWrapper<Set<String>> highlighted = new ReadOnlyObjectWrapper<>(this, "highlighted", Set.of());
    private GraphAnalysis shownAnalysis;
    /** True once the user opened or shut the panel: the findings no longer decide. */
    private boolean chosen;
    /** True while the findings open or shut the panel, which is not the user's choice. */
    private boolean deciding;

    AnalysesViewModel(GraphViewModel graph) {
        this.graph = graph;
        open.addListener((observable, was, now) -> {
            if (!deciding) {
                chosen = true;
            }
        });
        // Every redraw is a chance that the analysis is new; the lists are rebuilt only when it is.
        graph.revisionProperty().addListener(o -> refresh());
        graph.selectedNodeProperty().addListener((observable, was, now) -> {
            if (now != null && !highlighted.get().contains(now)) {
                clearHighlight();
            }
        });
    }

    /** The panel's sections, all four always (an empty one says there is nothing of its kind). */
    public ReadOnlyObjectProperty<List<Section>> sectionsProperty() {
        return sections.getReadOnlyProperty();
    }

    /** Whether the panel is open; setting it is the user's choice, kept from then on. */
    public BooleanProperty openProperty() {
        return open;
    }

    /** Opens or shuts the panel as the user's choice, even when it already is so: the findings no longer decide. */
    public void choose(boolean opened) {
        chosen = true;
        open.set(opened);
    }

    /** The agents of the entry picked last, marked on the canvas until another agent is selected or Esc is pressed. */
    public ReadOnlyObjectProperty<Set<String>> highlightedProperty() {
        return highlighted.getReadOnlyProperty();
    }

    public boolean isHighlighted(String nodeId) {
        return highlighted.get().contains(nodeId);
    }

    /** True when a cycle, a chain too deep or a missing agent was found: what the user would want to fix. */
    public boolean hasFindings() {
        return sections.get().stream().anyMatch(section -> section.kind() != Kind.NO_WAY_IN && !section.entries().isEmpty());
    }

    /**
     * Shows an entry on the canvas: one agent is selected and centred; several (a cycle, a chain) are marked and the
     * view fits them. The whole team is shown first, since the focus mode may leave them out.
     */
    public void pick(Entry entry) {
        graph.leaveFocus();
        List<NodeBox> boxes = entry.nodeIds().stream().map(id -> graph.laidOut().boxes().get(id)).filter(box -> box != null).toList();
        if (boxes.isEmpty()) {
            graph.say("That agent is not in the graph any more.");
            return;
        }
        if (entry.nodeIds().size() == 1) {
            clearHighlight();
            graph.selectNode(entry.nodeIds().get(0));
            graph.centreSelected();
            return;
        }
        graph.selectNode(null);
        highlighted.set(Set.copyOf(entry.nodeIds()));
        graph.viewport().fit(union(boxes));
        graph.redraw();
    }

    public void clearHighlight() {
        if (!highlighted.get().isEmpty()) {
            highlighted.set(Set.of());
            graph.redraw();
        }
    }

    private void refresh() {
        GraphAnalysis analysis = graph.analysis();
        if (analysis == null || analysis == shownAnalysis) {
            return;
        }
        shownAnalysis = analysis;
        sections.set(sectionsOf(analysis, graph.laidOut().graph().nodes()));
        Set<String> present = graph.laidOut().boxes().keySet();
        if (!highlighted.get().isEmpty() && !present.containsAll(highlighted.get())) {
            highlighted.set(Set.of());
        }
        if (!chosen) {
            deciding = true;
            open.set(hasFindings());
            deciding = false;
        }
    }

    /** The panel's lists for an analysis; {@code nodes} names the agents that refer to missing ones. */
    static List<Section> sectionsOf(GraphAnalysis analysis, List<GraphNode> nodes) {
        List<Entry> cycles = new ArrayList<>();
        for (GraphAnalysis.Cycle cycle : analysis.cycles()) {
            List<String> others = cycle.agents().stream().filter(agent -> !cycle.example().contains(agent)).map(GraphNode::name).toList();
            String text = arrows(cycle.example());
            cycles.add(new Entry(text, others.isEmpty() ? "" : "and in the same circle: " + firstNames(others), ids(cycle.agents()),
                    others.isEmpty() ? text : text + "\nand in the same circle: " + String.join(", ", others)));
        }
        List<Entry> chains = analysis.deepChains().stream().map(chain -> new Entry(arrows(chain), "", ids(chain))).toList();
        List<Entry> unreached = analysis.unreferenced().stream().map(agent -> new Entry(agent.name(), "", List.of(agent.id()))).toList();
        Map<Path, String> names = new HashMap<>();
        nodes.stream().filter(node -> !node.isGhost()).forEach(node -> names.put(node.file(), node.name()));
        Map<String, List<GhostReference>> byName = new LinkedHashMap<>();
        analysis.ghosts().forEach(ghost -> byName.computeIfAbsent(ghost.name(), name -> new ArrayList<>()).add(ghost));
        List<Entry> missing = new ArrayList<>();
        byName.forEach((name, references) -> {
            Set<String> referrers = new LinkedHashSet<>();
            references.forEach(reference -> referrers.add(names.getOrDefault(reference.source().file(), reference.source().file().toString())));
            String didYouMean = references.get(0).didYouMean();
            missing.add(new Entry(name, "named by " + String.join(", ", referrers) + (didYouMean == null ? "" : "; did you mean " + didYouMean + "?"),
                    List.of(GraphNode.GHOST_PREFIX + name)));
        });
        int limit = analysis.nestingLimit();
        return List.of(
                new Section(Kind.CYCLES, "Agents that hand work to each other in a circle (delegations and spawns; mentions do not count)",
                        cycles),
                new Section(Kind.DEEP_CHAINS, "Handoffs nested deeper than Claude Code's limit of " + limit + " levels", chains),
                new Section(Kind.NO_WAY_IN, "Agents nobody hands work to: only the main conversation starts them", unreached),
                new Section(Kind.MISSING, "Names referred to that belong to no agent", missing));
    }

    /**
     * A big team's cycle can take in most of its agents: the panel names the first few and counts the rest, which
     * the tooltip names.
     */
    private static String firstNames(List<String> names) {
        if (names.size() <= SHOWN_NAMES + 1) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, SHOWN_NAMES)) + " and " + (names.size() - SHOWN_NAMES) + " more";
    }

    private static String arrows(List<GraphNode> agents) {
        return agents.stream().map(GraphNode::name).collect(Collectors.joining(" \u2192 "));
    }

    private static List<String> ids(List<GraphNode> agents) {
        return agents.stream().map(GraphNode::id).distinct().toList();
    }

    private static NodeBox union(List<NodeBox> boxes) {
        double left = boxes.stream().mapToDouble(NodeBox::x).min().orElse(0);
        double top = boxes.stream().mapToDouble(NodeBox::y).min().orElse(0);
        double right = boxes.stream().mapToDouble(NodeBox::right).max().orElse(0);
        double bottom = boxes.stream().mapToDouble(NodeBox::bottom).max().orElse(0);
        return new NodeBox(left, top, right - left, bottom - top);
    }
}
