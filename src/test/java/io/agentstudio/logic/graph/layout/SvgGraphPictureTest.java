package io.agentstudio.logic.graph.layout;

import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.Dialect;
import io.agentstudio.model.EdgeKind;
import io.agentstudio.model.GraphEdge;
import io.agentstudio.model.GraphNode;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SvgGraphPictureTest {
    private final GraphNode lead = GraphNode.agent(Path.of("a/lead.md"), "lead <main>", Dialect.values()[0]);
    private final GraphNode coder = GraphNode.agent(Path.of("a/coder.md"), "coder", Dialect.values()[0]);
    private final GraphNode ghost = GraphNode.ghost("data-engineer", null);
    private final LaidOutGraph laidOut = new LaidOutGraph(
            new DelegationGraph(List.of(lead, coder, ghost), List.of(
                    new GraphEdge(lead, coder, EdgeKind.DELEGATES, List.of()),
                    new GraphEdge(lead, coder, EdgeKind.MENTIONS, List.of()),
                    new GraphEdge(coder, ghost, EdgeKind.SPAWNS, List.of()))),
            Map.of(lead.id(), new NodeBox(0, 0, 160, 46), coder.id(), new NodeBox(300, 0, 160, 46), ghost.id(), new NodeBox(600, 80, 180, 46)),
            Map.of(lead.id(), new NodeFace("lead <main>", "opus", "#e5484d"), coder.id(), new NodeFace("coder", "", ""),
                    ghost.id(), new NodeFace("data-engineer", "", "")));

    @Test
    void isWellFormedWithAPathPerShownEdgeAndABoxPerNode() throws Exception {
        String svg = SvgGraphPicture.of(laidOut, AnalysisMarks.none(), EnumSet.allOf(EdgeKind.class));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));

        assertThat(document.getDocumentElement().getAttribute("viewBox")).isEqualTo("-24.0 -24.0 828.0 174.0");
        assertThat(svg).contains("class=\"edge delegates\"", "class=\"edge mentions\"", "class=\"edge spawns\"", "spawns-inner");
        assertThat(svg).contains("lead &lt;main&gt;", ">opus<", "fill=\"#e5484d\"");
        assertThat(svg).contains("class=\"node ghost\"", "not in the workspace");
    }

    @Test
    void hiddenKindsAreLeftOutAndCyclesAreMarked() {
        AnalysisMarks marks = new AnalysisMarks(Set.of(lead.id(), coder.id()), Set.of(AnalysisMarks.pair(lead.id(), coder.id())),
                Set.of(), Set.of());

        String svg = SvgGraphPicture.of(laidOut, marks, EnumSet.of(EdgeKind.DELEGATES));

        assertThat(svg).contains("class=\"edge delegates cycle\"", "class=\"node in-cycle\"").doesNotContain("edge mentions", "edge spawns");
    }
}
