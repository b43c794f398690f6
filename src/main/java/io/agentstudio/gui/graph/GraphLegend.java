package io.agentstudio.gui.graph;

import atlantafx.base.theme.Styles;
import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.model.EdgeKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.shape.Rectangle;

/**
 * The legend, which is also the filter: one check box per edge kind with a sample of its line, one for the skills'
 * nodes (the skills' two edge kinds follow it), and one for the analyses with what their marks mean.
 */
final class GraphLegend extends FlowPane {

    GraphLegend(GraphViewModel model) {
        super(10, 2);
        getStyleClass().add("graph-legend");
        setAlignment(Pos.CENTER_LEFT);
        for (EdgeKind kind : EdgeKind.values()) {
            if (kind == EdgeKind.PRELOADS) {
                getChildren().add(skillsToggle(model));
            }
            CheckBox toggle = new CheckBox(kind.id());
            toggle.setId("graph-kind-" + kind.id());
            toggle.setGraphic(sample(kind));
            toggle.selectedProperty().bindBidirectional(model.kindShownProperty(kind));
            toggle.setTooltip(new Tooltip(switch (kind) {
                case DELEGATES -> "Solid arrows: an item of a delegation section, or \"delegate to\" in the text";
                case MENTIONS -> "Dotted lines: the name appears in the text without a handoff";
                case SPAWNS -> "Double arrows: Agent(…) in tools, Copilot agents, OpenCode permission.task";
                case PRELOADS -> "Dashed arrows: the agent preloads the skill (skills: in its frontmatter)";
                case RUNS_AS -> "Dashed arrows: the skill runs in a forked context as the agent (context: fork and agent:)";
            }));
            if (kind == EdgeKind.PRELOADS || kind == EdgeKind.RUNS_AS) {
                toggle.disableProperty().bind(model.skillsShownProperty().not());
            }
            toggle.getStyleClass().add(Styles.SMALL);
            getChildren().add(toggle);
        }
        CheckBox analyses = new CheckBox("analyses:");
        analyses.setId("graph-analyses");
        analyses.selectedProperty().bindBidirectional(model.analysesShownProperty());
        analyses.getStyleClass().add(Styles.SMALL);
        getChildren().addAll(analyses,
                mark(line("cycle"), "cycle", "Agents that hand work to each other in a circle (red outline),"
                        + " and the shortest circle through them"),
                mark(line("too-deep"), "deeper than " + GraphAnalyses.CLAUDE_CODE_NESTING_LIMIT,
                        "A handoff that goes past Claude Code's nesting limit of " + GraphAnalyses.CLAUDE_CODE_NESTING_LIMIT
                                + " levels (the end of a chain that is too deep)"),
                mark(hollowDot(), "no way in", "Agents no other agent hands work to (only the main conversation starts them)"));
    }

    private static CheckBox skillsToggle(GraphViewModel model) {
        CheckBox skills = new CheckBox("skills:");
        skills.setId("graph-skills");
        Rectangle sample = new Rectangle(16, 9);
        sample.setArcWidth(9);
        sample.setArcHeight(9);
        sample.getStyleClass().add("graph-legend-skill");
        skills.setGraphic(sample);
        skills.selectedProperty().bindBidirectional(model.skillsShownProperty());
        skills.setTooltip(new Tooltip("The skills as nodes of their own, with the agents that preload them and the agent each"
                + " forked skill runs as. Draw from an agent onto a skill to add it to the agent's skills:"));
        skills.getStyleClass().add(Styles.SMALL);
        return skills;
    }

    private static Label mark(Node graphic, String text, String tip) {
        Label label = new Label(text, graphic);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, "graph-legend-mark");
        label.setTooltip(new Tooltip(tip));
        return label;
    }

    /** A short sample of the kind's line, as the canvas draws it; its colours are the theme's (studio.css). */
    private static Node sample(EdgeKind kind) {
        Pane sample = new Pane();
        sample.setPrefSize(26, 10);
        sample.setMinSize(26, 10);
        Line line = new Line(1, 5, 19, 5);
        line.getStyleClass().addAll("graph-legend-line", kind.id());
        line.setStrokeWidth(kind == EdgeKind.SPAWNS ? 4.5 : 1.5);
        if (kind == EdgeKind.MENTIONS) {
            line.getStrokeDashArray().addAll(2.0, 3.0);
        } else if (kind == EdgeKind.PRELOADS || kind == EdgeKind.RUNS_AS) {
            line.getStrokeDashArray().addAll(5.0, 3.0);
        }
        sample.getChildren().add(line);
        if (kind == EdgeKind.SPAWNS) {
            Line inner = new Line(1, 5, 19, 5);
            inner.getStyleClass().add("graph-legend-inner");
            inner.setStrokeWidth(1.5);
            sample.getChildren().add(inner);
        }
        if (kind != EdgeKind.MENTIONS) {
            Polygon arrow = new Polygon(26, 5, 18, 1, 18, 9);
            arrow.getStyleClass().add("graph-legend-arrow");
            sample.getChildren().add(arrow);
        }
        return sample;
    }

    private static Node line(String analysis) {
        Line line = new Line(0, 0, 16, 0);
        line.getStyleClass().addAll("graph-legend-analysis", analysis);
        line.setStrokeWidth(2.5);
        return line;
    }

    private static Node hollowDot() {
        Circle dot = new Circle(4, Color.TRANSPARENT);
        dot.getStyleClass().add("graph-legend-dot");
        dot.setStrokeWidth(1.2);
        return dot;
    }
}
