package io.agentstudio.logic.graph;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.workspace.DialectLocator;
import io.agentstudio.logic.workspace.FileStamp;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** In-memory workspaces for graph tests: files are given as relative path and text, nothing touches the disk. */
final class GraphFixture {
    static final Path ROOT = Path.of("/workspace").toAbsolutePath();
    private final List<WorkspaceAgent> agents = new ArrayList<>();

    static GraphFixture workspace() {
        return new GraphFixture();
    }

    /** An agent file under .claude/agents with the given name and body. */
    GraphFixture agent(String name, String body) {
        return file(".claude/agents/" + name + ".md", "---\nname: " + name + "\ndescription: Use for " + name + ".\n---\n" + body);
    }

    GraphFixture file(String relative, String text) {
        Path relativePath = Path.of(relative);
        agents.add(new WorkspaceAgent(ROOT.resolve(relativePath), relativePath,
                DialectLocator.dialectOf(relativePath).orElseThrow(), AgentFileParser.parse(text), new FileStamp(text.length(), 0)));
        return this;
    }

    Workspace build() {
        return new Workspace(ROOT, agents, List.of(), List.of());
    }

    DelegationGraph graph() {
        return GraphExtractor.extract(build());
    }

    /** "from -> to" for every edge of a kind, by agent name (ghosts by their name). */
    static List<String> pairs(DelegationGraph graph, EdgeKind kind) {
        return graph.edges().stream().filter(e -> e.kind() == kind).map(GraphFixture::pair).toList();
    }

    static String pair(GraphEdge edge) {
        return edge.from().name() + " -> " + edge.to().name();
    }
}
