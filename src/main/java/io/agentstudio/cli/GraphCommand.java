package io.agentstudio.cli;

import io.agentstudio.logic.graph.GraphAnalyses;
import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.graph.SkillLinks;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.graph.GraphFormat;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Print the delegation graph of a workspace: which agent delegates to, mentions or spawns which,",
                "which skills each agent preloads and which agent a forked skill runs as.",
                "json carries every edge's sources (file, lines, text) and the analyses: cycles, agents nobody delegates to,",
                "agents that delegate to nobody, fan-in/fan-out, chains deeper than Claude Code's nesting limit (3), and",
                "references to agents that do not exist. mermaid and dot draw the graph.",
                "Example: agent-studio graph . --format mermaid --kinds delegates,spawns"})
final class GraphCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PATH", description = "The workspace folder.")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json", converter = FormatConverter.class,
            description = "json, mermaid or dot (default: ${DEFAULT-VALUE}).")
    GraphFormat format;

    @Option(names = "--kinds", paramLabel = "KINDS", split = ",", converter = KindConverter.class,
            description = "Which edges to keep, comma-separated: delegates, mentions, spawns, preloads, runs-as (default: all).")
    List<EdgeKind> kinds;

    @Override
    public Integer call() {
        Workspace workspace = GraphWorkspace.load(path, spec.commandLine().getErr());
        DelegationGraph graph = SkillLinks.add(GraphExtractor.extract(workspace), workspace.agents(), workspace.skills());
        if (kinds != null) {
            graph = graph.withKinds(EnumSet.copyOf(kinds));
        }
        spec.commandLine().getOut().print(format.export(graph, GraphAnalyses.analyse(graph)));
        spec.commandLine().getOut().flush();
        return Cli.OK;
    }

    static final class FormatConverter implements ITypeConverter<GraphFormat> {
        @Override
        public GraphFormat convert(String value) {
            return GraphFormat.fromId(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not a format; use " + Arrays.stream(GraphFormat.values()).map(GraphFormat::id).collect(Collectors.joining(", "))));
        }
    }

    static final class KindConverter implements ITypeConverter<EdgeKind> {
        @Override
        public EdgeKind convert(String value) {
            return EdgeKind.fromId(value).orElseThrow(() -> new TypeConversionException("'" + value
                    + "' is not an edge kind; use " + Arrays.stream(EdgeKind.values()).map(EdgeKind::id).collect(Collectors.joining(", "))));
        }
    }
}
