package io.agentstudio.gui.agentlist;

import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.workspace.WorkspaceAgent;

import java.util.Locale;

/** One line of the agent table: the agent plus the texts the columns show, computed once per load. */
public record AgentRow(WorkspaceAgent agent, String name, String description, String model, String file, String colour,
                       String tools) {

    public static AgentRow of(WorkspaceAgent agent) {
        String tools = agent.document().value("tools").map(NameList::from).map(names -> String.join(", ", names)).orElse("");
        return new AgentRow(agent, agent.name(), oneLine(agent.description()), agent.model(),
                agent.relativePath().toString().replace('\\', '/'), agent.document().string("color").orElse(""), tools);
    }

    /**
     * The search: a word of the name, description, tools or file name (a name such as "Python Performance Expert" lives
     * in performance-expert.md, and the file is what a terminal, a diff and a delegation show). Not the folders: every
     * file is under an "agents" folder.
     */
    boolean matches(String query) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        return needle.isEmpty() || name.toLowerCase(Locale.ROOT).contains(needle)
                || description.toLowerCase(Locale.ROOT).contains(needle) || tools.toLowerCase(Locale.ROOT).contains(needle)
                || file.substring(file.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Descriptions are often folded blocks or carry escaped newlines; a table cell shows them as one line. */
    private static String oneLine(String text) {
        return text.replace("\\n", " ").replaceAll("\\s+", " ").strip();
    }
}
