package io.agentstudio.logic.export;

import java.util.List;

/** What an exporter works from: the agents to export, in path order, and for a plugin what it says about itself. */
public record ExportSource(String workspaceName, List<SourceAgent> agents, PluginInfo plugin) {

    public ExportSource {
        agents = List.copyOf(agents);
    }
}
