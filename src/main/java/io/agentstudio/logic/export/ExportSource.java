package io.agentstudio.logic.export;

import java.util.List;

/**
 * What an exporter works from: the agents to export, in path order, the skills they use (read whole, by name), and for
 * a plugin what it says about itself.
 */
public record ExportSource(String workspaceName, List<SourceAgent> agents, List<SourceSkill> skills, PluginInfo plugin) {

    public ExportSource {
        agents = List.copyOf(agents);
        skills = List.copyOf(skills);
    }
}
