package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.GroupedLayout;
import io.agentstudio.logic.graph.layout.GroupedView;
import io.agentstudio.logic.graph.layout.Grouping;
import io.agentstudio.logic.graph.layout.LaidOutGraph;
import io.agentstudio.logic.graph.layout.Point;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.EdgeKind;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * The team view in groups: which grouping is chosen, which groups are open, and the grouped drawing, laid out in the
 * background whenever one of those or the team changes. A team of more than {@link #GROUPED_FROM} agents in more than
 * one folder opens grouped by folder: hundreds of boxes at once are a hairball, a few dozen groups are not.
 */
public final class GraphGroups {
    static final int GROUPED_FROM = 50;
    static final double RESHAPE = 0.3;

    /** Why a new drawing was made: the view follows a new grouping or an opened group, and stays put on an update. */
    enum Change { REGROUPED, OPENED, CLOSED, UPDATED }

    private final Executor background;
    private final Executor ui;
    private final BiConsumer<Change, String> shown;
    private final Consumer<String> say;
    private final DoubleSupplier shape;
    private final ObjectProperty<Grouping> grouping = new SimpleObjectProperty<>(this, "grouping");
    private final ObservableList<Grouping> choices = FXCollections.observableArrayList();
    private final Set<String> open = new HashSet<>();
    private LaidOutGraph whole = LaidOutGraph.empty();
    private Map<String, WorkspaceAgent> agentsById = Map.of();
    private Set<EdgeKind> kinds = Set.of();
    private GroupedView view;
    private int generation;
    /** The view's shape the drawing was laid out for. */
    private double laidShape;

    /**
     * @param shape the width over the height of the view the groups are drawn in
     * @param shown told of each new drawing, why it was made, and for a group opened, its key
     * @param say   told why a grouped drawing could not be made
     */
    GraphGroups(Executor background, Executor ui, DoubleSupplier shape, BiConsumer<Change, String> shown, Consumer<String> say) {
        this.shape = shape;
        this.background = background;
        this.ui = ui;
        this.shown = shown;
        this.say = say;
        grouping.addListener((observable, was, now) -> {
            open.clear();
            lay(Change.REGROUPED, null);
        });
    }

    /** The grouping drawn, or null for every agent on its own. */
    public ObjectProperty<Grouping> groupingProperty() {
        return grouping;
    }

    /** The groupings that say something about this team (see {@link Grouping#choices}). */
    public ObservableList<Grouping> choices() {
        return choices;
    }

    /** The grouped drawing, or null when the team is not grouped or its drawing is still being laid out. */
    public GroupedView view() {
        return grouping.get() == null ? null : view;
    }

    /** The team changed; {@code fresh} for a workspace just opened, which gets its default grouping. */
    void teamChanged(LaidOutGraph whole, Map<String, WorkspaceAgent> agentsById, Set<EdgeKind> kinds, boolean fresh) {
        this.whole = whole;
        this.agentsById = Map.copyOf(agentsById);
        this.kinds = Set.copyOf(kinds);
        List<Grouping> now = Grouping.choices(agentsById.values());
        if (!choices.equals(now)) {
            choices.setAll(now);
        }
        Grouping wanted = fresh ? defaultFor(now) : choices.contains(grouping.get()) ? grouping.get() : null;
        if (!Objects.equals(wanted, grouping.get())) {
            grouping.set(wanted);
        } else {
            lay(Change.UPDATED, null);
        }
    }

    void kindsChanged(Set<EdgeKind> kinds) {
        this.kinds = Set.copyOf(kinds);
        lay(Change.UPDATED, null);
    }

    /**
     * The view changed shape (a panel opened or closed, the window resized): rows laid out for a wide view leave a
     * narrow one mostly empty at "fit all", so a change by more than {@link #RESHAPE} lays them out again.
     */
    void viewReshaped() {
        double now = shape.getAsDouble();
        // Also while a layout is under way: its result, laid out for the old shape, is then dropped.
        if (grouping.get() != null && laidShape > 0 && Math.abs(now - laidShape) > RESHAPE * laidShape) {
            lay(Change.REGROUPED, null);
        }
    }

    /** The key of the closed group that holds a node of the whole team, if the team is grouped and it is in one. */
    Optional<String> closedGroupOf(String nodeId) {
        Grouping how = grouping.get();
        if (how == null || view == null || view.laidOut().boxes().containsKey(nodeId)) {
            return Optional.empty();
        }
        return Optional.ofNullable(how.of(whole.graph().nodes(), agentsById).keyOf().get(nodeId));
    }

    /** Opens a closed group, or closes an open one. */
    void toggle(String key) {
        if (open.add(key)) {
            lay(Change.OPENED, key);
        } else {
            open.remove(key);
            lay(Change.CLOSED, key);
        }
    }

    /** A node of the grouped drawing dragged: it (and its group's frame) follows; the places are the view's own. */
    void move(String id, Point to) {
        if (view != null) {
            view = view.moved(id, to);
        }
    }

    private Grouping defaultFor(List<Grouping> now) {
        return agentsById.size() > GROUPED_FROM && now.contains(Grouping.FOLDER) ? Grouping.FOLDER : null;
    }

    private void lay(Change change, String key) {
        int asked = ++generation;
        Grouping how = grouping.get();
        if (how == null) {
            view = null;
            shown.accept(change, key);
            return;
        }
        LaidOutGraph team = whole;
        Map<String, WorkspaceAgent> agents = agentsById;
        Set<EdgeKind> drawn = kinds;
        Set<String> opens = Set.copyOf(open);
        double viewShape = shape.getAsDouble();
        laidShape = viewShape;
        background.execute(() -> {
            try {
                GroupedView next = GroupedLayout.of(team, how.of(team.graph().nodes(), agents), opens, drawn, viewShape);
                ui.execute(() -> {
                    if (asked == generation) {
                        view = next;
                        shown.accept(change, key);
                    }
                });
            } catch (RuntimeException e) {
                ui.execute(() -> say.accept("The groups could not be laid out: " + e.getMessage()));
            }
        });
    }
}
