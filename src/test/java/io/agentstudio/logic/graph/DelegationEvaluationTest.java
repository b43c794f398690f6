package io.agentstudio.logic.graph;

import io.agentstudio.logic.validation.Finding;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.testing.CorpusTest;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;

/**
 * Measures the delegation extraction against the hand-labelled evaluation set, per collection of the shared corpus,
 * each opened as its own workspace the way a user opens it: precision and recall of delegation edges
 * (delegations-truth.yaml, counted per file and target; mentions are not delegations), and the share of the names
 * agent-unknown reports that are not agent names (missing-agent-names.yaml). Prints the table, then asserts the
 * targets of issue 19 on every collection.
 */
@CorpusTest
class DelegationEvaluationTest {
    private static final double MIN_EDGE_PRECISION = 0.95;
    private static final double MIN_EDGE_RECALL = 0.95;
    private static final double MAX_NOT_AGENT_SHARE = 0.05;
    private static final int MIN_LABELLED_AGENTS = 20;

    /** One collection's figures. */
    private record Figures(String collection, int agents, int right, int extra, int missed, Set<String> reported,
                           Set<String> notAgents, int agentNamesLabelled, int agentNamesReported, String details) {
        double precision() {
            return right / (double) Math.max(1, right + extra);
        }

        double recall() {
            return right / (double) Math.max(1, right + missed);
        }

        double notAgentShare() {
            return reported.isEmpty() ? 0 : notAgents.size() / (double) reported.size();
        }
    }

    @Test
    void everyCollectionMeetsTheTargetsForEdgesAndMissingAgentNames() throws IOException {
        Map<String, List<String>> truth = load("delegations-truth.yaml");
        Map<String, Map<String, List<String>>> names = load("missing-agent-names.yaml");
        List<Figures> table = new ArrayList<>();
        for (Path collection : collections()) {
            table.add(measure(collection, truth, names.getOrDefault(collection.getFileName().toString(), Map.of())));
        }
        print(table);

        assertThat(table).hasSize(4);
        assertSoftly(soft -> {
            for (Figures f : table) {
                soft.assertThat(f.agents()).as("%s: labelled agents", f.collection()).isGreaterThanOrEqualTo(MIN_LABELLED_AGENTS);
                soft.assertThat(f.precision()).as("%s: edge precision", f.collection()).isGreaterThanOrEqualTo(MIN_EDGE_PRECISION);
                soft.assertThat(f.recall()).as("%s: edge recall", f.collection()).isGreaterThanOrEqualTo(MIN_EDGE_RECALL);
                soft.assertThat(f.notAgentShare()).as("%s: share of missing-agent names that are not agent names %s",
                        f.collection(), f.notAgents()).isLessThanOrEqualTo(MAX_NOT_AGENT_SHARE);
                soft.assertThat(f.agentNamesReported()).as("%s: labelled missing agents still reported", f.collection())
                        .isGreaterThanOrEqualTo((int) Math.ceil(MIN_EDGE_RECALL * f.agentNamesLabelled()));
            }
        });
    }

    private static Figures measure(Path collection, Map<String, List<String>> truth, Map<String, List<String>> labelled)
            throws IOException {
        String name = collection.getFileName().toString();
        Workspace workspace = WorkspaceLoader.load(collection);
        DelegationGraph graph = GraphExtractor.extract(workspace);
        int agents = 0;
        int right = 0;
        int extra = 0;
        int missed = 0;
        StringBuilder details = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : truth.entrySet()) {
            if (!entry.getKey().startsWith(name + "/")) {
                continue;
            }
            agents++;
            String file = entry.getKey().substring(name.length() + 1);
            Set<String> expected = new TreeSet<>(entry.getValue());
            Set<String> found = extracted(graph, file);
            Set<String> wrong = new TreeSet<>(found);
            wrong.removeAll(expected);
            Set<String> lost = new TreeSet<>(expected);
            lost.removeAll(found);
            right += found.size() - wrong.size();
            extra += wrong.size();
            missed += lost.size();
            if (!wrong.isEmpty() || !lost.isEmpty()) {
                details.append(String.format(Locale.ROOT, "%n    %s: extra %s, missed %s", file, wrong, lost));
            }
        }
        Set<String> reported = reportedMissingNames(workspace);
        Set<String> agentNames = new TreeSet<>(labelled.getOrDefault("agents", List.of()));
        Set<String> notAgents = new TreeSet<>(reported);
        notAgents.removeAll(agentNames);
        Set<String> stillReported = new TreeSet<>(agentNames);
        stillReported.retainAll(reported);
        return new Figures(name, agents, right, extra, missed, reported, notAgents, agentNames.size(), stillReported.size(),
                details.toString());
    }

    /** The delegations written in one file: its outgoing delegate/spawn edges, and "from X" for edges into it. */
    private static Set<String> extracted(DelegationGraph graph, String file) {
        Set<String> found = new TreeSet<>();
        for (GraphEdge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.MENTIONS || edge.sources().stream().map(EdgeSource::file)
                    .noneMatch(f -> f.toString().replace('\\', '/').equals(file))) {
                continue;
            }
            boolean outgoing = file.equals(edge.from().id());
            GraphNode other = outgoing ? edge.to() : edge.from();
            String slug = AgentNames.key(other.name());
            found.add(outgoing ? slug : "from " + slug);
        }
        return found;
    }

    /** The distinct names agent-unknown reports in the workspace, read from its messages ("No agent named `x` ..."). */
    private static Set<String> reportedMissingNames(Workspace workspace) {
        Set<String> names = new TreeSet<>();
        for (Finding finding : WorkspaceValidation.of(workspace, RuleCatalog.standard()).findings()) {
            if (finding.ruleId().equals("agent-unknown")) {
                String message = finding.problem().message();
                int open = message.indexOf('`');
                names.add(message.substring(open + 1, message.indexOf('`', open + 1)));
            }
        }
        return names;
    }

    private static void print(List<Figures> table) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "Delegation extraction per collection (targets: edge precision and recall >= %.2f, missing-agent names"
                        + " not agents <= %.0f%%)%n%-52s %6s %6s %6s %6s %9s %7s %8s %12s %10s%n", MIN_EDGE_PRECISION,
                MAX_NOT_AGENT_SHARE * 100, "collection", "agents", "right", "extra", "missed", "precision", "recall",
                "missing", "not agents", "agents kept"));
        for (Figures f : table) {
            out.append(String.format(Locale.ROOT, "%-52s %6d %6d %6d %6d %9.3f %7.3f %8d %5d (%3.0f%%) %5d/%-4d%n",
                    f.collection(), f.agents(), f.right(), f.extra(), f.missed(), f.precision(), f.recall(),
                    f.reported().size(), f.notAgents().size(), f.notAgentShare() * 100, f.agentNamesReported(),
                    f.agentNamesLabelled()));
        }
        for (Figures f : table) {
            if (!f.details().isEmpty() || !f.notAgents().isEmpty()) {
                out.append(String.format(Locale.ROOT, "  %s:%s%s%n", f.collection(), f.details(),
                        f.notAgents().isEmpty() ? "" : "\n    missing-agent names that are not agent names: " + f.notAgents()));
            }
        }
        System.out.print(out);
    }

    private static List<Path> collections() throws IOException {
        try (Stream<Path> folders = Files.list(SharedFiles.corpus())) {
            return folders.filter(Files::isDirectory).sorted().toList();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> Map<String, T> load(String resource) throws IOException {
        try (InputStream in = DelegationEvaluationTest.class.getResourceAsStream(resource)) {
            return new TreeMap<>((Map<String, T>) new Yaml().load(in));
        }
    }
}
