package io.agentstudio.logic.graph;

import io.agentstudio.testing.CorpusTest;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.EdgeSource;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import io.agentstudio.testing.SharedFiles;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares the extraction with delegations-truth.yaml: the delegations a reader sees in 32 corpus agents, labelled
 * by hand. A delegation is counted per (file, target); mentions are not delegations.
 */
@CorpusTest
class DelegationPrecisionTest {

    @Test
    void extractionFindsWhatAReaderSeesWithPrecisionAndRecallOfAtLeastNinetyPercent() throws IOException {
        DelegationGraph graph = GraphExtractor.extract(WorkspaceLoader.load(SharedFiles.corpus()));
        Map<String, List<String>> truth = truth();

        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, List<String>> entry : truth.entrySet()) {
            Set<String> expected = new TreeSet<>(entry.getValue());
            Set<String> found = extracted(graph, entry.getKey());
            Set<String> extra = new TreeSet<>(found);
            extra.removeAll(expected);
            Set<String> missed = new TreeSet<>(expected);
            missed.removeAll(found);
            truePositives += found.size() - extra.size();
            falsePositives += extra.size();
            falseNegatives += missed.size();
            if (!extra.isEmpty() || !missed.isEmpty()) {
                misses.append(String.format(Locale.ROOT, "%n  %s: extra %s, missed %s", entry.getKey(), extra, missed));
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf(Locale.ROOT, "Delegation extraction on %d hand-labelled agents: %d right, %d extra, %d missed;"
                + " precision %.3f, recall %.3f%s%n", truth.size(), truePositives, falsePositives, falseNegatives, precision, recall, misses);

        assertThat(truth).hasSizeGreaterThanOrEqualTo(30);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.9);
    }

    /** The delegations written in one file: its outgoing delegate/spawn edges, and "from X" for edges into it. */
    private static Set<String> extracted(DelegationGraph graph, String file) {
        Set<String> found = new TreeSet<>();
        for (GraphEdge edge : graph.edges()) {
            if (edge.kind() == EdgeKind.MENTIONS || edge.sources().stream().map(EdgeSource::file).noneMatch(f -> slashes(f).equals(file))) {
                continue;
            }
            boolean outgoing = file.equals(edge.from().id());
            GraphNode other = outgoing ? edge.to() : edge.from();
            String slug = AgentNames.key(other.name());
            found.add(outgoing ? slug : "from " + slug);
        }
        return found;
    }

    private static String slashes(java.nio.file.Path path) {
        return path.toString().replace('\\', '/');
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> truth() throws IOException {
        try (InputStream in = DelegationPrecisionTest.class.getResourceAsStream("delegations-truth.yaml")) {
            return new Yaml().load(in);
        }
    }
}
