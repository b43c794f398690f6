package io.agentstudio.gui.shell;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.EditorPaneContext;
import io.agentstudio.gui.editor.EditorPanes;
import io.agentstudio.gui.editor.EditorProblems;
import io.agentstudio.gui.editor.FileSourceView;
import io.agentstudio.gui.editor.SkillFilesViewModel;
import io.agentstudio.gui.editor.TabLifetime;
import io.agentstudio.gui.form.FormView;
import io.agentstudio.gui.form.FormViewModel;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One open agent: a tool bar, the disk conflict bar, and either the form with the body (and the preview) or the
 * read-only Source of the whole file, or the comparison with the disk.
 */
final class AgentTabView extends BorderPane {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final List<KeyCombination> REDO = List.of(
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));

    private final TabLifetime lifetime = new TabLifetime();
    /** Made when the tab first shows it ({@link EditorPanes#preview}); null until then. */
    private Node preview;

    /** @param skillFiles a skill's supporting files, listed under the tool bar; empty for an agent */
    AgentTabView(AgentEditorViewModel editor, FormViewModel form, EditorPanes panes, PreferencesViewModel preferences,
                 WindowLayout layout, EditorProblems problems, Optional<SkillFilesViewModel> skillFiles) {
        getStyleClass().add("agent-tab");
        AgentTabViewModel tab = new AgentTabViewModel(editor, problems);
        ToggleGroup view = new ToggleGroup();
        ToggleButton edit = toggle("Edit", Feather.EDIT_3, "view-edit", view);
        ToggleButton sourceToggle = toggle("Source", Feather.CODE, "view-source", view);
        ToggleButton compare = toggle("Compare", Feather.COLUMNS, "view-compare", view);
        Map<AgentTabViewModel.Mode, ToggleButton> toggles = Map.of(AgentTabViewModel.Mode.EDIT, edit,
                AgentTabViewModel.Mode.SOURCE, sourceToggle, AgentTabViewModel.Mode.COMPARE, compare);
        IntegerProperty bodyLine = new SimpleIntegerProperty(this, "bodyLine");
        IntegerProperty bodyColumn = new SimpleIntegerProperty(this, "bodyColumn");
        EditorPaneContext context = new EditorPaneContext(bodyLine, bodyColumn,
                preferences.darkThemeProperty(), preferences.fontSizeProperty(), preferences.wrapTextProperty(), problems,
                editor.lineRequestProperty(), lifetime);
        Node body = panes.body(editor, context);

        SplitPane bodyAndPreview = new SplitPane(body);
        bodyAndPreview.getStyleClass().add("body-split");
        lifetime.add(layout.preview().shownProperty().subscribe(shown -> {
            if (shown && preview == null) {
                preview = panes.preview(editor, context);
            }
            if (shown && !bodyAndPreview.getItems().contains(preview)) {
                bodyAndPreview.getItems().add(preview);
                bodyAndPreview.setDividerPositions(0.55);
            } else if (!shown && preview != null) {
                bodyAndPreview.getItems().remove(preview);
            }
        }));
        SplitPane formAndBody = new SplitPane(new FormView(form), bodyAndPreview);
        formAndBody.setId("form-body-split");
        lifetime.add(layout.sideBySide().shownProperty().subscribe(beside ->
                formAndBody.setOrientation(beside ? Orientation.HORIZONTAL : Orientation.VERTICAL)));
        formAndBody.setDividerPositions(0.4);

        FileSourceView source = new FileSourceView(editor, problems);
        // The status bar's "Ln, Col" is the caret of the view shown: the body's, or the Source's while it shows.
        BooleanBinding sourceShown = tab.modeProperty().isEqualTo(AgentTabViewModel.Mode.SOURCE);
        editor.caretLineProperty().bind(Bindings.when(sourceShown).then(source.caretLineProperty()).otherwise(bodyLine));
        editor.caretColumnProperty().bind(Bindings.when(sourceShown).then(source.caretColumnProperty()).otherwise(bodyColumn));
        lifetime.add(() -> {
            editor.caretLineProperty().unbind();
            editor.caretColumnProperty().unbind();
        });
        compare.visibleProperty().bind(tab.compareOfferedProperty());
        compare.managedProperty().bind(compare.visibleProperty());
        DiffView diff = new DiffView(() -> tab.show(AgentTabViewModel.Mode.EDIT));
        formAndBody.visibleProperty().bind(edit.selectedProperty());
        source.visibleProperty().bind(sourceToggle.selectedProperty());
        diff.visibleProperty().bind(compare.selectedProperty());
        tab.modeProperty().subscribe(mode -> {
            view.selectToggle(toggles.get(mode));
            if (mode == AgentTabViewModel.Mode.COMPARE) {
                diff.show(tab.comparison());
            }
        });
        view.selectedToggleProperty().addListener((observable, before, after) -> {
            // A toggle group lets the user unselect all; a tab always shows one of its views.
            AgentTabViewModel.Mode wanted = toggles.entrySet().stream().filter(entry -> entry.getValue() == after)
                    .map(Map.Entry::getKey).findFirst().orElse(tab.modeProperty().get());
            tab.show(wanted);
            view.selectToggle(toggles.get(tab.modeProperty().get()));
        });
        tab.sourceLineProperty().addListener((observable, before, request) -> source.showLine(request.line()));
        StackPane center = new StackPane(formAndBody, source, diff);

        ToggleButton stacked = new ToggleButton(null, new FontIcon(Feather.SIDEBAR));
        stacked.setId("layout-toggle");
        stacked.setTooltip(new Tooltip("Form beside the body (on) or above it (off)"));
        lifetime.add(FittedToggles.bind(stacked, layout.sideBySide()));
        ToggleButton previewToggle = new ToggleButton("Preview", new FontIcon(Feather.EYE));
        previewToggle.setId("preview-toggle");
        lifetime.add(FittedToggles.bind(previewToggle, layout.preview()));

        Label saving = new Label("Saving…");
        saving.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        saving.visibleProperty().bind(editor.savingProperty());
        // Room kept for a word shown a moment per save pushed the Preview toggle into the overflow of a narrow tab.
        saving.managedProperty().bind(saving.visibleProperty());

        ToolBar tools = new ToolBar(
                button("Save", Feather.SAVE, "tab-save", () -> editor.save(), editor.dirtyProperty().not().or(editor.savingProperty())),
                iconButton(Feather.ROTATE_CCW, "tab-revert", editor::revert, editor.dirtyProperty().not(),
                        javafx.beans.binding.Bindings.concat("Revert: drop the unsaved edits and read the file again")),
                new Separator(Orientation.VERTICAL),
                iconButton(Feather.CORNER_UP_LEFT, "tab-undo", editor::undo, editor.canUndoProperty().not(), editor.undoTextProperty()),
                iconButton(Feather.CORNER_UP_RIGHT, "tab-redo", editor::redo, editor.canRedoProperty().not(), editor.redoTextProperty()),
                new Separator(Orientation.VERTICAL), edit, sourceToggle, compare,
                new atlantafx.base.controls.Spacer(), saving, stacked, previewToggle);
        tools.getStyleClass().add("tab-tools");

        Label message = new Label();
        message.setId("tab-message");
        message.getStyleClass().add("tab-message");
        message.setWrapText(true);
        message.textProperty().bind(editor.messageProperty());
        message.visibleProperty().bind(editor.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());

        VBox top = new VBox(tools);
        skillFiles.map(AgentTabView::skillFiles).ifPresent(top.getChildren()::add);
        top.getChildren().addAll(new ConflictBar(editor, () -> view.selectToggle(compare)), message);
        setTop(top);
        setCenter(center);
        addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                editor.undo();
                event.consume();
            } else if (REDO.stream().anyMatch(k -> k.match(event))) {
                editor.redo();
                event.consume();
            }
        });
    }

    /** "Files in this skill:" and a link per supporting file, which opens it with the system. */
    private static Node skillFiles(SkillFilesViewModel files) {
        FlowPane list = new FlowPane(6, 2);
        list.setId("skill-files");
        list.getStyleClass().add("skill-files");
        Label heading = new Label(files.files().isEmpty() ? "No other files in this skill's folder" : "Files in this skill:",
                new FontIcon(Feather.FOLDER));
        heading.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        heading.setTooltip(new Tooltip(files.folder().toString()));
        list.getChildren().add(heading);
        for (String file : files.files()) {
            Hyperlink link = new Hyperlink(file);
            link.getStyleClass().add(Styles.TEXT_SMALL);
            link.setTooltip(new Tooltip("Open " + file + " with the system's program for it"));
            link.setOnAction(event -> files.open(file));
            list.getChildren().add(link);
        }
        return list;
    }

    /** The tab closed: it stops following the preferences and the window, which would otherwise keep it alive. */
    void dispose() {
        lifetime.end();
    }

    private static ToggleButton toggle(String text, Feather icon, String id, ToggleGroup group) {
        ToggleButton toggle = new ToggleButton(text, new FontIcon(icon));
        toggle.setId(id);
        toggle.setToggleGroup(group);
        return toggle;
    }

    private static Button button(String text, Feather icon, String id, Runnable action,
                                 javafx.beans.value.ObservableBooleanValue disabled) {
        Button button = new Button(text, new FontIcon(icon));
        button.setId(id);
        button.setOnAction(event -> action.run());
        button.disableProperty().bind(disabled);
        return button;
    }

    private static Button iconButton(Feather icon, String id, Runnable action, javafx.beans.value.ObservableBooleanValue disabled,
                                     javafx.beans.value.ObservableStringValue tip) {
        Button button = button(null, icon, id, action, disabled);
        button.getStyleClass().add(Styles.BUTTON_ICON);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(tip);
        button.setTooltip(tooltip);
        return button;
    }
}
