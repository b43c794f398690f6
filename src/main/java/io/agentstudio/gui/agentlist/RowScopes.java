package io.agentstudio.gui.agentlist;

import io.agentstudio.logic.scope.AgentScope;
import io.agentstudio.logic.scope.ScopePrecedence;
import io.agentstudio.logic.scope.Shadowing;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The agent list's knowledge of scopes: where each row's agent is read from (the project root, a package's folder,
 * the user's home) and which agents Claude Code does not use where another of the same name is closer. Made again
 * whenever the rows change, since a new or renamed agent can shadow another's row.
 */
public final class RowScopes {
    private Path root;
    private ScopePrecedence precedence;
    private final ReadOnlyBooleanWrapper several = new ReadOnlyBooleanWrapper(this, "several", false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision", 0);

    void useRoot(Path workspaceRoot) {
        this.root = workspaceRoot;
    }

    void update(List<WorkspaceAgent> agents) {
        precedence = root == null ? null : ScopePrecedence.of(agents, root);
        several.set(root != null && agents.stream().map(agent -> AgentScope.of(agent, root).label()).distinct().count() > 1);
        revision.set(revision.get() + 1);
    }

    /** True when the rows come from more than one scope: only then does the list show a Scope column. */
    public ReadOnlyBooleanProperty severalProperty() {
        return several.getReadOnlyProperty();
    }

    /** Changes whenever the scopes or shadowings may have: the rows are drawn again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The project root's agents first, then each package's folder, then the user's; by name within each. */
    Comparator<AgentRow> order(Comparator<AgentRow> byName) {
        if (root == null) {
            return byName;
        }
        return Comparator.comparing((AgentRow row) -> scopeOf(row).map(RowScopes::rank).orElse(0))
                .thenComparing(row -> scopeOf(row).map(AgentScope::label).orElse(""))
                .thenComparing(byName);
    }

    private static int rank(AgentScope scope) {
        return scope.isUser() ? 2 : scope.isRoot() ? 0 : 1;
    }

    public Optional<AgentScope> scopeOf(AgentRow row) {
        return root == null || row.isSkill() ? Optional.empty() : Optional.of(AgentScope.of(row.agent(), root));
    }

    /** "user", "project" or the package's folder; empty for a skill. */
    public String label(AgentRow row) {
        return scopeOf(row).map(AgentScope::label).orElse("");
    }

    /** Where and by which agent the row's agent is not used; empty when it always is. */
    public List<Shadowing> shadowings(AgentRow row) {
        return precedence == null || row.isSkill() ? List.of() : precedence.shadowings(row.agent());
    }

    /** The shadowings as the row's tooltip says them, one a line; empty when there is none. */
    public String shadowNote(AgentRow row) {
        return String.join("\n", shadowings(row).stream().map(Shadowing::note).toList());
    }
}
