package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds a skill to an agent's {@code skills:} list or takes it out. Only that field's lines change
 * ({@link FrontmatterEditor}); an existing list keeps its form, a new one is a block list.
 */
public final class PreloadEdits {

    private PreloadEdits() {
    }

    /** The agent with {@code skill} at the end of its {@code skills:}; the same document when it is there already. */
    public static AgentDocument withPreload(AgentDocument agent, String skill) {
        List<String> skills = new ArrayList<>(SkillLinks.preloaded(agent));
        if (skills.contains(skill)) {
            return agent;
        }
        skills.add(skill);
        return FrontmatterEditor.set(agent, "skills", new FieldValue.Items(skills, FieldValue.ListForm.BLOCK_LIST));
    }

    /** The agent without {@code skill} in its {@code skills:}; the field goes when it was the only one. */
    public static AgentDocument withoutPreload(AgentDocument agent, String skill) {
        List<String> skills = new ArrayList<>(SkillLinks.preloaded(agent));
        if (!skills.remove(skill)) {
            return agent;
        }
        return skills.isEmpty() ? FrontmatterEditor.remove(agent, "skills")
                : FrontmatterEditor.set(agent, "skills", new FieldValue.Items(skills, FieldValue.ListForm.BLOCK_LIST));
    }
}
