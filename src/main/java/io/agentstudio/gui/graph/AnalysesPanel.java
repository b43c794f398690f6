package io.agentstudio.gui.graph;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The analyses panel at the right of the canvas: a section per analysis with its count, its entries in agents' names,
 * wrapped rather than cut; clicking an entry shows its agents on the canvas. It binds to {@link AnalysesViewModel}.
 */
final class AnalysesPanel extends VBox {
    static final double WIDTH = 280;
    /** The most entries a section may have to start unfolded. */
    private static final int OPEN_AT_MOST = 12;

    private final AnalysesViewModel model;
    private final VBox sections = new VBox(6);
    /** Which sections the user folded, kept when the lists are rebuilt after an edit. */
    private final Map<AnalysesViewModel.Kind, Boolean> expanded = new EnumMap<>(AnalysesViewModel.Kind.class);

    AnalysesPanel(AnalysesViewModel model) {
        this.model = model;
        setId("graph-analyses-panel");
        getStyleClass().add("graph-analyses-panel");
        setPrefWidth(WIDTH);
        setMinWidth(WIDTH);
        setMaxWidth(WIDTH);

        Label title = new Label("Analyses");
        title.getStyleClass().add(Styles.TITLE_4);
        Region space = new Region();
        HBox.setHgrow(space, Priority.ALWAYS);
        Button close = new Button(null, new FontIcon(Feather.X));
        close.setId("graph-analyses-close");
        close.setTooltip(new Tooltip("Hide the analyses panel"));
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        close.setOnAction(event -> model.openProperty().set(false));
        HBox header = new HBox(title, space, close);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("graph-analyses-header");

        sections.getStyleClass().add("graph-analyses-sections");
        ScrollPane scroll = new ScrollPane(sections);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        getChildren().addAll(header, scroll);

        visibleProperty().bind(model.openProperty());
        managedProperty().bind(visibleProperty());
        model.sectionsProperty().addListener((observable, was, now) -> show(now));
        show(model.sectionsProperty().get());
    }

    /** The tool bar's button that opens and shuts the panel. */
    static ToggleButton toggle(AnalysesViewModel model) {
        ToggleButton toggle = new ToggleButton("Analyses", new FontIcon(Feather.ALERT_TRIANGLE));
        toggle.setId("graph-analyses-toggle");
        toggle.setTooltip(new Tooltip("Cycles, chains too deep, agents nobody hands work to and missing agents, listed"));
        toggle.getStyleClass().add(Styles.SMALL);
        toggle.selectedProperty().bindBidirectional(model.openProperty());
        return toggle;
    }

    private void show(List<AnalysesViewModel.Section> all) {
        sections.getChildren().setAll(all.stream().map(this::section).toList());
    }

    private TitledPane section(AnalysesViewModel.Section section) {
        VBox content = new VBox(2);
        content.getStyleClass().add("graph-analyses-section");
        Label hint = wrapped(new Label(section.hint()));
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        content.getChildren().add(hint);
        if (section.entries().isEmpty()) {
            Label none = wrapped(new Label("None."));
            none.getStyleClass().add(Styles.TEXT_SMALL);
            content.getChildren().add(none);
        }
        for (AnalysesViewModel.Entry entry : section.entries()) {
            content.getChildren().add(entry(entry));
        }
        TitledPane pane = new TitledPane(section.title(), content);
        pane.setId("graph-analyses-" + section.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        pane.setAnimated(false);
        // A long list starts folded, so that every section's title and count are in sight at first.
        boolean shortList = !section.entries().isEmpty() && section.entries().size() <= OPEN_AT_MOST;
        pane.setExpanded(expanded.getOrDefault(section.kind(), shortList));
        pane.expandedProperty().addListener((observable, was, now) -> expanded.put(section.kind(), now));
        pane.getStyleClass().add(Styles.DENSE);
        return pane;
    }

    private Node entry(AnalysesViewModel.Entry entry) {
        Button button = new Button(entry.detail().isEmpty() ? entry.text() : entry.text() + "\n" + entry.detail());
        button.getStyleClass().addAll("graph-analyses-entry", Styles.FLAT);
        button.setMnemonicParsing(false);
        button.setWrapText(true);
        button.setAlignment(Pos.CENTER_LEFT);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setMinHeight(Region.USE_PREF_SIZE);
        Tooltip tip = new Tooltip(entry.tip() + "\n\n" + (entry.nodeIds().size() == 1 ? "Click: select and centre it" : "Click: mark them and fit them in the view"));
        tip.setWrapText(true);
        tip.setMaxWidth(420);
        button.setTooltip(tip);
        button.setOnAction(event -> model.pick(entry));
        return button;
    }

    private static Label wrapped(Label label) {
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setMinHeight(Region.USE_PREF_SIZE);
        return label;
    }
}
