package io.agentstudio.gui.agentlist;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.function.Consumer;

/** The list's buttons: new agent, and the actions on the selected agent or skill, the last turning an agent off or on. */
final class AgentActionsBar extends HBox {

    AgentActionsBar(AgentActionsViewModel actions, AgentListViewModel list) {
        super(0);
        getStyleClass().add("agent-actions");
        BooleanBinding noSelection = Bindings.createBooleanBinding(() -> list.selectedProperty().get() == null, list.selectedProperty());
        Button create = button("agent-new", Feather.FILE_PLUS, "New agent from a template (Shortcut+N)");
        create.setOnAction(event -> actions.newAgent());
        getChildren().addAll(create,
                onSelected("agent-duplicate", Feather.COPY, "Duplicate the selected agent or skill", list, actions::duplicate, noSelection),
                onSelected("agent-rename", Feather.EDIT_3, "Rename the selected agent or skill; references follow (F2)", list,
                        actions::rename, noSelection),
                onSelected("agent-delete", Feather.TRASH_2, "Delete the selected agent or skill (Delete)", list, actions::delete,
                        noSelection),
                onOffSwitch(actions, list));
    }

    /**
     * Turns the selected agent off or on. Where its tool has no switch the button is disabled and its tooltip says so;
     * a disabled control shows no tooltip in JavaFX, so the tooltip sits on a wrapper around it.
     */
    private static StackPane onOffSwitch(AgentActionsViewModel actions, AgentListViewModel list) {
        Button button = button("agent-switch", Feather.POWER, "");
        button.setTooltip(null);
        button.disableProperty().bind(Bindings.createBooleanBinding(() -> actions.whyNoSwitch(list.selectedProperty().get()).isPresent(),
                list.selectedProperty()));
        button.setOnAction(event -> actions.toggleOff(list.selectedProperty().get()));
        StringBinding tip = Bindings.createStringBinding(() -> {
            AgentRow row = list.selectedProperty().get();
            return actions.whyNoSwitch(row).orElseGet(() -> actions.isOff(row)
                    ? "Turn " + row.name() + " on again (Shortcut+Shift+O)"
                    : "Turn " + row.name() + " off without deleting it (Shortcut+Shift+O)");
        }, list.selectedProperty(), list.problemsVersionProperty());
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(tip);
        button.accessibleHelpProperty().bind(tip);
        StackPane wrapper = new StackPane(button);
        Tooltip.install(wrapper, tooltip);
        return wrapper;
    }

    private static Button onSelected(String id, Feather icon, String tip, AgentListViewModel list, Consumer<AgentRow> action,
                                     BooleanBinding noSelection) {
        Button button = button(id, icon, tip);
        button.disableProperty().bind(noSelection);
        button.setOnAction(event -> action.accept(list.selectedProperty().get()));
        return button;
    }

    private static Button button(String id, Feather icon, String tip) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setTooltip(new Tooltip(tip));
        return button;
    }
}
