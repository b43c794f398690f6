package io.agentstudio.gui;

import io.agentstudio.logic.templates.AgentTemplate;
import io.agentstudio.logic.workspace.AgentNameCheck;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;
import java.util.Set;

/**
 * What the new-agent dialog edits: a template and a name. Until the user types a name of their own, the name is the
 * chosen template's suggestion (made free in the workspace), and no problem is shown: a dialog that opens with an
 * error reads as if the user had already done something wrong.
 */
public final class NewAgentForm {
    private final List<AgentTemplate> templates;
    private final Set<String> taken;
    private final ObjectProperty<AgentTemplate> template = new SimpleObjectProperty<>(this, "template");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper acceptable = new ReadOnlyBooleanWrapper(this, "acceptable");
    private boolean suggesting;
    private boolean ownName;
    private boolean typed;

    /**
     * {@code givenName}, when not empty, is the name the user already gave (the graph's "+ create this agent" names
     * it): it stays whatever template is chosen.
     */
    public NewAgentForm(List<AgentTemplate> templates, Set<String> taken, String givenName) {
        this.templates = List.copyOf(templates);
        this.taken = Set.copyOf(taken);
        name.addListener((observable, before, after) -> {
            if (!suggesting) {
                ownName = true;
                typed = true;
            }
            check();
        });
        template.addListener((observable, before, after) -> {
            if (!ownName && after != null) {
                suggest(freeName(after.suggestedName()));
            }
            check();
        });
        suggest(givenName);
        ownName = !givenName.isEmpty();
        template.set(this.templates.get(0));
    }

    // Properties

    public List<AgentTemplate> templates() {
        return templates;
    }

    public ObjectProperty<AgentTemplate> templateProperty() {
        return template;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** Why the name cannot be used, once the user has typed one; empty before. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the agent can be created as the form stands (also before the user typed). */
    public ReadOnlyBooleanProperty acceptableProperty() {
        return acceptable.getReadOnlyProperty();
    }

    /** The name with the surrounding spaces a paste brings left out. */
    public String name() {
        return name.get().strip();
    }

    public AgentTemplate template() {
        return template.get();
    }

    private void suggest(String suggestion) {
        suggesting = true;
        name.set(suggestion);
        suggesting = false;
    }

    private void check() {
        String reason = template.get() == null ? "Choose a template." : AgentNameCheck.reason(name(), taken);
        acceptable.set(reason.isEmpty());
        problem.set(typed ? reason : "");
    }

    /** The suggestion itself, or with the first free number after it ({@code code-reviewer-2}). */
    private String freeName(String suggestion) {
        String candidate = suggestion;
        for (int number = 2; taken.contains(candidate); number++) {
            candidate = suggestion + "-" + number;
        }
        return candidate;
    }
}
