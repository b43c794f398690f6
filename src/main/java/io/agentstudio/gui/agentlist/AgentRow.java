package io.agentstudio.gui.agentlist;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.Problem;
import io.agentstudio.model.Severity;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** One line of the agent table: the agent plus the texts the columns show, computed once per load. */
public record AgentRow(WorkspaceAgent agent, String name, String description, String model, String file, String colour,
                       String tools) {

    public static AgentRow of(WorkspaceAgent agent) {
        String tools = agent.document().value("tools").map(NameList::from).map(names -> String.join(", ", names)).orElse("");
        return new AgentRow(agent, agent.name(), oneLine(agent.description()), agent.model(),
                agent.relativePath().toString().replace('\\', '/'), agent.document().string("color").orElse(""), tools);
    }

    public List<Problem> problems() {
        return agent.document().problems();
    }

    /** The worst problem's severity, or empty for a clean file. */
    public Optional<Severity> worstSeverity() {
        return problems().stream().map(Problem::severity).min(Comparator.naturalOrder());
    }

    /** The search: a word of the name, description or tools. */
    boolean matches(String query) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || name.toLowerCase(Locale.ROOT).contains(needle)
                || description.toLowerCase(Locale.ROOT).contains(needle) || tools.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Descriptions are often folded blocks or carry escaped newlines; a table cell shows them as one line. */
    private static String oneLine(String text) {
        return text.replace("\\n", " ").replaceAll("\\s+", " ").strip();
    }
}
