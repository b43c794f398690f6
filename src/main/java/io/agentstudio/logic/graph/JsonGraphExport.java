package io.agentstudio.logic.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GhostReference;
import io.agentstudio.model.GraphAnalysis;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The graph as JSON: nodes by id, edges with every source, and the analyses, in a stable order. */
final class JsonGraphExport {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonGraphExport() {
    }

    static String of(DelegationGraph graph, GraphAnalysis analysis) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode nodes = root.putArray("nodes");
        for (GraphNode node : graph.nodes()) {
            ObjectNode n = nodes.addObject().put("id", node.id()).put("name", node.name()).put("ghost", node.isGhost()).put("kind", node.isSkill() ? "skill" : "agent");
            if (!node.isGhost()) {
                n.put("file", slashes(node.file())).put("dialect", node.dialect().id());
            } else if (node.didYouMean() != null) {
                n.put("didYouMean", node.didYouMean());
            }
        }
        ArrayNode edges = root.putArray("edges");
        for (GraphEdge edge : graph.edges()) {
            ObjectNode e = edges.addObject().put("from", edge.from().id()).put("to", edge.to().id()).put("kind", edge.kind().id());
            ArrayNode sources = e.putArray("sources");
            edge.sources().forEach(s -> source(sources.addObject(), s));
        }
        analysis(root.putObject("analysis"), analysis);
        try {
            return MAPPER.writeValueAsString(root) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void source(ObjectNode s, EdgeSource source) {
        s.put("file", slashes(source.file())).put("firstLine", source.firstLine()).put("lastLine", source.lastLine())
                .put("nameLine", source.nameLine()).put("nameColumn", source.nameColumn()).put("written", source.written()).put("form", source.form().name().toLowerCase(Locale.ROOT))
                .put("section", source.section()).put("text", source.text());
    }

    private static void analysis(ObjectNode a, GraphAnalysis analysis) {
        ArrayNode cycles = a.putArray("cycles");
        for (GraphAnalysis.Cycle cycle : analysis.cycles()) {
            ObjectNode c = cycles.addObject();
            ids(c.putArray("agents"), cycle.agents());
            ids(c.putArray("example"), cycle.example());
        }
        ids(a.putArray("unreferenced"), analysis.unreferenced());
        ids(a.putArray("leaves"), analysis.leaves());
        ids(a.putArray("isolated"), analysis.isolated());
        ArrayNode fans = a.putArray("fans");
        analysis.fans().forEach(f -> fans.addObject().put("agent", f.agent().id()).put("in", f.in()).put("out", f.out()));
        a.put("nestingLimit", analysis.nestingLimit());
        ArrayNode chains = a.putArray("deepChains");
        analysis.deepChains().forEach(chain -> ids(chains.addArray(), chain));
        ArrayNode ghosts = a.putArray("ghosts");
        for (GhostReference ghost : analysis.ghosts()) {
            ObjectNode g = ghosts.addObject().put("name", ghost.name()).put("kind", ghost.kind().id())
                    .put("file", slashes(ghost.source().file())).put("line", ghost.source().nameLine())
                    .put("column", ghost.source().nameColumn())
                    .put("written", ghost.source().written());
            if (ghost.didYouMean() != null) {
                g.put("didYouMean", ghost.didYouMean());
            }
        }
    }

    private static void ids(ArrayNode array, List<GraphNode> nodes) {
        nodes.forEach(n -> array.add(n.id()));
    }

    private static String slashes(java.nio.file.Path path) {
        return path.toString().replace('\\', '/');
    }
}
