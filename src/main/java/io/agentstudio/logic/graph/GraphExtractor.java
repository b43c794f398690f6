package io.agentstudio.logic.graph;

import io.agentstudio.logic.parallel.ParallelMap;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the delegation graph of a workspace: every agent file is scanned (in parallel) for the agents it names in
 * its body and frontmatter, each name is tied to the nearest agent of that name, and names that belong to no agent
 * become ghost nodes. See {@link ReferenceMatcher} for what counts as a reference.
 */
public final class GraphExtractor {

    private GraphExtractor() {
    }

    public static DelegationGraph extract(Workspace workspace) {
        NameIndex index = NameIndex.of(workspace);
        return build(workspace.agents(), index, scanAll(workspace.agents(), index));
    }

    static List<FileScan> scanAll(List<WorkspaceAgent> agents, NameIndex index) {
        return ParallelMap.of(agents, agent -> FileScan.of(agent, index));
    }

    static DelegationGraph build(List<WorkspaceAgent> agents, NameIndex index, List<FileScan> scans) {
        Map<String, GraphNode> agentNodes = new LinkedHashMap<>();
        for (WorkspaceAgent agent : agents) {
            GraphNode node = GraphNode.agent(agent.relativePath(), agent.name(), agent.dialect());
            agentNodes.put(node.id(), node);
        }
        Map<String, GraphNode> ghosts = new TreeMap<>();
        Map<String, String> didYouMean = new HashMap<>();
        Map<EdgeKey, List<EdgeSource>> edges = new LinkedHashMap<>();
        Map<EdgeKey, GraphNode[]> ends = new HashMap<>();
        for (FileScan scan : scans) {
            for (AgentReference reference : scan.references()) {
                if (reference.isSelf()) {
                    continue;
                }
                GraphNode holder = agentNodes.get(GraphNode.agent(reference.holder().relativePath(), "", null).id());
                GraphNode other = reference.isGhost()
                        ? ghosts.computeIfAbsent(reference.found().key(), key -> GraphNode.ghost(key,
                                didYouMean.computeIfAbsent(key, k -> index.closest(k).orElse(null))))
                        : agentNodes.get(GraphNode.agent(reference.target().relativePath(), "", null).id());
                boolean reverse = reference.found().reverse();
                GraphNode from = reverse ? other : holder;
                GraphNode to = reverse ? holder : other;
                EdgeKey key = new EdgeKey(from.id(), to.id(), reference.found().kind());
                edges.computeIfAbsent(key, k -> new ArrayList<>()).add(reference.source());
                ends.putIfAbsent(key, new GraphNode[] {from, to});
            }
        }
        List<GraphNode> nodes = new ArrayList<>(agentNodes.values());
        nodes.addAll(ghosts.values());
        List<GraphEdge> edgeList = new ArrayList<>(edges.size());
        edges.forEach((key, sources) -> edgeList.add(new GraphEdge(ends.get(key)[0], ends.get(key)[1], key.kind(), sources)));
        return new DelegationGraph(nodes, edgeList);
    }

    private record EdgeKey(String from, String to, EdgeKind kind) {
    }
}
