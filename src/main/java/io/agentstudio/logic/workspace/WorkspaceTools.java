package io.agentstudio.logic.workspace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agentstudio.logic.agentfile.NameList;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;

/** Tool names a workspace suggests for the tools pickers: its MCP servers and the names its agents already use. */
public final class WorkspaceTools {

    private WorkspaceTools() {
    }

    /** {@code mcp__<server>} for each server of the workspace's {@code .mcp.json}, then used names, sorted. */
    public static List<String> of(Workspace workspace) {
        List<String> names = new ArrayList<>(mcpServers(workspace.root()));
        TreeSet<String> used = new TreeSet<>();
        for (WorkspaceAgent agent : workspace.agents()) {
            agent.document().value("tools").map(NameList::from).ifPresent(used::addAll);
            agent.document().value("disallowedTools").map(NameList::from).ifPresent(used::addAll);
        }
        used.removeAll(names);
        names.addAll(used);
        return names;
    }

    /** An absent or unreadable {@code .mcp.json} gives none: suggestions are a convenience, not a check. */
    static List<String> mcpServers(Path root) {
        Path file = root.resolve(".mcp.json");
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode servers = new ObjectMapper().readTree(file.toFile()).path("mcpServers");
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = servers.fieldNames(); it.hasNext(); ) {
                names.add("mcp__" + it.next());
            }
            return names;
        } catch (IOException e) {
            return List.of();
        }
    }
}
