package io.agentstudio.gui.agentlist;

import io.agentstudio.gui.editor.SkillEditing;
import io.agentstudio.logic.agentfile.NameList;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceSkill;

import java.util.Locale;

/**
 * One line of the agent table: the agent plus the texts the columns show, computed once per load. A skill's line has
 * its {@code skill}, the skill as its editor tab takes it for {@code agent}, and how many agents preload it.
 */
public record AgentRow(WorkspaceAgent agent, String name, String description, String model, String file, String colour,
                       String tools, WorkspaceSkill skill, int preloadedBy) {

    public static AgentRow of(WorkspaceAgent agent) {
        String tools = agent.document().value("tools").map(NameList::from).map(names -> String.join(", ", names)).orElse("");
        return new AgentRow(agent, agent.name(), oneLine(agent.description()), agent.model(),
                agent.relativePath().toString().replace('\\', '/'), agent.document().string("color").orElse(""), tools, null, 0);
    }

    /** A skill's line; {@code preloadedBy}: how many agents list it in {@code skills:}. */
    public static AgentRow of(WorkspaceSkill skill, int preloadedBy) {
        String tools = skill.document().value("allowed-tools").map(NameList::from).map(names -> String.join(", ", names)).orElse("");
        return new AgentRow(SkillEditing.asEditable(skill), skill.name(), oneLine(skill.description()),
                skill.document().string("model").orElse(""), skill.relativePath().toString().replace('\\', '/'), "", tools,
                skill, preloadedBy);
    }

    public boolean isSkill() {
        return skill != null;
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
