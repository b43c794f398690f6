package io.agentstudio.bench;

import io.agentstudio.logic.agentfile.AgentFileParser;
import io.agentstudio.logic.agentfile.FrontmatterEditor;
import io.agentstudio.logic.validation.RuleCatalog;
import io.agentstudio.logic.validation.WorkspaceValidation;
import io.agentstudio.logic.workspace.Workspace;
import io.agentstudio.logic.workspace.WorkspaceAgent;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.AgentDocument;
import io.agentstudio.model.FieldValue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Times the incremental path of validation: one agent of a 1,000-agent workspace is edited and re-validated
 * ({@link WorkspaceValidation#update}), as the studio does on every keystroke that changes a file. Not a unit test:
 * run it from the project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@validation-benchmark
 *   mvn -B -o test-compile exec:java@validation-benchmark -Dexec.args="../shared/corpus 1000 3000"
 * </pre>
 *
 * Arguments (all optional): corpus folder, number of agents (1000), measured edits (3000). The agents are corpus files
 * copied round-robin, so most names occur two or three times and the duplicate-name rule has work on each edit. Each
 * edit changes the description of a random agent (every tenth gives it another agent's name, so the edit moves it
 * between duplicate groups; every tenth adds a line to the body); 10,000 edits warm up first. Only the {@code update} call is timed, not making the edit.
 */
public final class ValidationBenchmark {
    /**
     * Edits before the measured ones. The studio re-validates for as long as the user types, so the figure that
     * matters is the JIT-compiled steady state; the Markdown parser's code needs thousands of edits to get there.
     */
    static final int WARMUP_EDITS = 10_000;

    private ValidationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = BenchWorkspace.corpus(args);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        Path workspace = Files.createTempDirectory("agent-studio-validation-bench-");
        try {
            BenchWorkspace.build(workspace, BenchWorkspace.agentFiles(corpus), count);
            System.out.printf(Locale.ROOT, "JVM: %s %s, %d processors%n", System.getProperty("java.vm.name"),
                    System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            run(WorkspaceLoader.load(workspace), edits);
        } finally {
            BenchWorkspace.deleteTree(workspace);
        }
    }

    private static void run(Workspace workspace, int edits) {
        RuleCatalog rules = RuleCatalog.standard();
        long start = System.nanoTime();
        WorkspaceValidation validation = WorkspaceValidation.of(workspace, rules);
        System.out.printf(Locale.ROOT, "whole workspace: %d agents validated in %.0f ms, %d findings%n", validation.agentCount(),
                (System.nanoTime() - start) / 1e6, validation.findings().size());
        List<WorkspaceAgent> agents = workspace.agents();
        Random random = new Random(42);
        for (int i = 0; i < WARMUP_EDITS; i++) {
            validation.update(edited(agents, random, i));
        }
        // The warm-up left some agents with an edited body; edits start from the original texts again.
        agents.forEach(validation::update);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> millis = new ArrayList<>();
        Map<Boolean, List<Double>> cpuMillis = Map.of(true, new ArrayList<>(), false, new ArrayList<>());
        Map<Path, String> bodies = new HashMap<>();
        agents.forEach(agent -> bodies.put(agent.path(), agent.document().body()));
        for (int i = 0; i < edits; i++) {
            WorkspaceAgent agent = edited(agents, random, WARMUP_EDITS + i);
            boolean bodyEdit = !agent.document().body().equals(bodies.put(agent.path(), agent.document().body()));
            long cpu = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            validation.update(agent);
            millis.add((System.nanoTime() - t) / 1e6);
            cpuMillis.get(bodyEdit).add((threads.getCurrentThreadCpuTime() - cpu) / 1e6);
        }
        print("re-validate one edited agent in " + agents.size() + " agents, " + edits + " edits, wall clock", millis);
        // The CPU time of the updating thread leaves out time the scheduler gave to other processes on a busy machine.
        print("CPU time of the updating thread, frontmatter edits", cpuMillis.get(false));
        print("CPU time of the updating thread, body edits (the body's Markdown is read again)", cpuMillis.get(true));
    }

    private static void print(String what, List<Double> times) {
        double[] millis = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%s (%d): p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, millis.length,
                BenchWorkspace.percentile(millis, 50), BenchWorkspace.percentile(millis, 90),
                BenchWorkspace.percentile(millis, 99), millis[millis.length - 1]);
    }

    /**
     * A random agent with its description changed; every tenth edit gives it another agent's name instead, and every
     * tenth (others) adds a line to its body, so the body's Markdown is read again.
     */
    static WorkspaceAgent edited(List<WorkspaceAgent> agents, Random random, int i) {
        WorkspaceAgent agent = agents.get(random.nextInt(agents.size()));
        AgentDocument document = agent.document();
        AgentDocument changed;
        if (!document.hasFrontmatter() || !document.isEditable() || i % 10 == 5) {
            changed = AgentFileParser.parse(document.text() + "\nedit " + i + "\n");
        } else if (i % 10 == 0) {
            changed = FrontmatterEditor.set(document, "name", new FieldValue.Text(agents.get(random.nextInt(agents.size())).name()));
        } else {
            changed = FrontmatterEditor.set(document, "description", new FieldValue.Text(agent.description() + " (edit " + i + ")"));
        }
        return new WorkspaceAgent(agent.path(), agent.relativePath(), agent.dialect(), changed, agent.stamp());
    }
}
