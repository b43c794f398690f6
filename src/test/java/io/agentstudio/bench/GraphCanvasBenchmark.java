package io.agentstudio.bench;

import atlantafx.base.theme.PrimerLight;
import io.agentstudio.gui.graph.CanvasHarness;
import io.agentstudio.gui.graph.RenderStats;
import io.agentstudio.gui.graph.Viewport;
import io.agentstudio.logic.graph.GraphExtractor;
import io.agentstudio.logic.graph.layout.LayeredLayout;
import io.agentstudio.logic.workspace.WorkspaceLoader;
import io.agentstudio.model.DelegationGraph;
import io.agentstudio.model.EdgeKind;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.canvas.Canvas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Times the graph canvas on a team of 500 agents and about 1,500 edges: the layered layout (ELK), and one drawing
 * pass of the canvas with everything in view, at 100 % (most of it culled), at 45 %, while panning to and fro over
 * the middle at 45 % (quick frames that move the last picture) and while zooming a wheel notch a frame (quick frames);
 * each pass also with the canvas rasterised (a snapshot, which adds a copy of the pixels), which is what the screen
 * waits for; and the focus mode (one agent's neighbourhood, 1 and 2 hops, laid out on its own and drawn). Not a unit test: run it by hand from the
 * project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@graph-canvas-benchmark
 *   mvn -B -o test-compile exec:java@graph-canvas-benchmark -Dexec.args="500 10"
 * </pre>
 *
 * Arguments (optional): agents (default 500), measured layout runs (default 10; two warm-up runs first). The
 * workspace is generated: 20 teams whose agents hand work down their team and now and then to another team
 * ("## Delegates to" items), mention others in prose, and spawn a few with {@code Agent(...)} in tools; the same
 * seed gives the same workspace. Headless (Monocle, software rendering).
 */
public final class GraphCanvasBenchmark {
    private static final String[] ROLES = {"backend-engineer", "frontend-engineer", "data-analyst", "security-reviewer",
            "release-manager", "docs-writer", "test-engineer", "product-planner", "site-reliability", "ml-researcher"};
    private static final int TEAM = 25;
    private static final int FRAMES = 60;
    private static final int WARMUP_FRAMES = 30;

    private GraphCanvasBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path folder = Files.createTempDirectory("agent-studio-canvas-bench-");
        try {
            generate(folder, agents);
            DelegationGraph graph = GraphExtractor.extract(WorkspaceLoader.load(folder));
            System.out.printf(Locale.ROOT, "Workspace: %d agents, %d nodes, %d edges (%s). JVM %s, %d processors%n", agents,
                    graph.nodes().size(), graph.edges().size(), Arrays.stream(EdgeKind.values())
                            .map(k -> k.id() + " " + graph.edges().stream().filter(e -> e.kind() == k).count())
                            .collect(Collectors.joining(", ")), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            measureLayout(graph, runs);
            measureRendering(folder);
        } finally {
            BenchWorkspace.deleteTree(folder);
        }
    }

    private static void measureLayout(DelegationGraph graph, int runs) {
        for (int i = 0; i < 2; i++) {
            long start = System.nanoTime();
            LayeredLayout.layout(graph);
            System.out.printf(Locale.ROOT, "layout warm-up %d: %.0f ms%n", i + 1, (System.nanoTime() - start) / 1e6);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            LayeredLayout.layout(graph);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        report("layout (ELK layered)", times);
    }

    private static void measureRendering(Path folder) throws Exception {
        Platform.startup(() -> { });
        try {
            CanvasHarness harness = onFx(() -> {
                Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
                try {
                    return new CanvasHarness(folder, 1280, 800);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Canvas canvas = onFx(() -> (Canvas) harness.view().lookup("#graph-canvas"));
            onFx(() -> {
                harness.model().fitAll();
                return null;
            });
            frames("fit all, at rest (everything drawn)", harness, canvas, () -> { });
            onFx(() -> {
                Viewport viewport = harness.model().viewport();
                viewport.zoomAt(1 / viewport.scale(), 0, 0);
                var middle = harness.model().laidOut().boxes().get(harness.model().laidOut().graph().nodes().get(250).id());
                viewport.centreOn(middle.centerX(), middle.centerY());
                return null;
            });
            frames("100 %, at rest (the rest culled)", harness, canvas, () -> { });
            onFx(() -> {
                Viewport viewport = harness.model().viewport();
                viewport.zoomAt(0.45 / viewport.scale(), viewport.widthProperty().get() / 2, viewport.heightProperty().get() / 2);
                return null;
            });
            frames("45 %, at rest", harness, canvas, () -> { });
            centreOnMiddle(harness);
            int[] panned = {0};
            frames("45 %, panning 7 px a frame (quick frames; to and fro every 15 frames)", harness, canvas, () -> {
                int way = panned[0]++ / 15 % 2 == 0 ? 1 : -1;
                harness.model().viewport().panBy(-7 * way, -4 * way);
            });
            centreOnMiddle(harness);
            int[] zoomed = {0};
            frames("from 45 %, zooming one wheel notch a frame (quick frames; 10 in, 10 out)", harness, canvas, () -> {
                Viewport viewport = harness.model().viewport();
                double notch = Math.pow(1.0025, 40);
                viewport.zoomAt(zoomed[0]++ / 10 % 2 == 0 ? notch : 1 / notch, viewport.widthProperty().get() / 2,
                        viewport.heightProperty().get() / 2);
            });
            focus(harness, 1);
            focus(harness, 2);
            onFx(() -> {
                harness.close();
                return null;
            });
        } finally {
            Platform.exit();
        }
    }

    private static void centreOnMiddle(CanvasHarness harness) throws Exception {
        onFx(() -> {
            var middle = harness.model().laidOut().boxes().get(harness.model().laidOut().graph().nodes().get(250).id());
            harness.model().viewport().centreOn(middle.centerX(), middle.centerY());
            return null;
        });
    }

    /**
     * Times the focus mode: an agent selected, F pressed, its neighbourhood (1 or 2 hops each way) laid out on its own
     * and the first frame of it drawn and rasterised; each time another agent, the whole team shown again in between
     * (not timed).
     */
    private static void focus(CanvasHarness harness, int hops) throws Exception {
        Canvas canvas = (Canvas) harness.view().lookup("#graph-canvas");
        var nodes = harness.model().laidOut().graph().agents();
        double[] focusing = new double[FRAMES];
        double[] shown = new double[FRAMES];
        int[] sizes = new int[FRAMES];
        onFx(() -> {
            harness.model().focusHopsProperty().set(hops);
            return null;
        });
        for (int i = 0; i < WARMUP_FRAMES + FRAMES; i++) {
            int frame = i;
            String id = nodes.get(i * 37 % nodes.size()).id();
            onFx(() -> {
                harness.model().selectNode(id);
                long start = System.nanoTime();
                harness.model().toggleFocus();
                double focused = (System.nanoTime() - start) / 1e6;
                harness.view().renderNow();
                canvas.snapshot(null, null);
                double drawn = (System.nanoTime() - start) / 1e6;
                if (frame >= WARMUP_FRAMES) {
                    focusing[frame - WARMUP_FRAMES] = focused;
                    shown[frame - WARMUP_FRAMES] = drawn;
                    sizes[frame - WARMUP_FRAMES] = harness.model().laidOut().boxes().size();
                }
                harness.model().leaveFocus();
                return null;
            });
        }
        int[] sorted = sizes.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "focus mode, %d hop%s: %d agents each time, neighbourhoods of %d-%d nodes (median %d)%n", hops,
                hops == 1 ? "" : "s", FRAMES, sorted[0], sorted[sorted.length - 1], sorted[sorted.length / 2]);
        report("  focus (neighbourhood + its layout)", focusing);
        report("  focus + first frame drawn and rasterised", shown);
    }

    /**
     * Times drawing passes (the canvas's draw calls) and the same with the canvas rasterised. A view that does not
     * move is first left to rest, so its frames are full ones.
     */
    private static void frames(String what, CanvasHarness harness, Canvas canvas, Runnable step) throws Exception {
        Thread.sleep(400);
        RenderStats[] last = new RenderStats[1];
        double[] draw = new double[FRAMES];
        double[] raster = new double[FRAMES];
        for (int i = 0; i < WARMUP_FRAMES + FRAMES; i++) {
            int frame = i;
            onFx(() -> {
                step.run();
                long start = System.nanoTime();
                last[0] = harness.view().renderNow();
                double drawn = (System.nanoTime() - start) / 1e6;
                canvas.snapshot(null, null);
                double rasterised = (System.nanoTime() - start) / 1e6;
                if (frame >= WARMUP_FRAMES) {
                    draw[frame - WARMUP_FRAMES] = drawn;
                    raster[frame - WARMUP_FRAMES] = rasterised;
                }
                return null;
            });
        }
        System.out.printf(Locale.ROOT, "%s: %d nodes, %d edges on screen at %.2f%n", what, last[0].nodes(), last[0].edges(),
                harness.model().viewport().scale());
        report("  draw pass", draw);
        report("  draw + rasterise", raster);
    }

    private static void report(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: min %.1f ms, median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n", what, sorted[0],
                BenchWorkspace.percentile(sorted, 50), BenchWorkspace.percentile(sorted, 90), sorted[sorted.length - 1], sorted.length);
    }

    private static <T> T onFx(Supplier<T> task) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(task.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(5, TimeUnit.MINUTES);
    }

    /** 20 teams; about 1.8 delegations, 0.9 mentions and 0.3 spawns per agent. */
    private static void generate(Path folder, int count) throws IOException {
        Random random = new Random(20261122);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            names.add(String.format(Locale.ROOT, "%s-%03d", ROLES[i % ROLES.length], i));
        }
        Path agents = Files.createDirectories(folder.resolve(".claude/agents"));
        for (int i = 0; i < count; i++) {
            int team = i / TEAM;
            Set<String> delegates = new LinkedHashSet<>();
            int wanted = random.nextInt(5);
            for (int tries = 0; delegates.size() < wanted && tries < 20; tries++) {
                int target = random.nextInt(10) < 8
                        ? team * TEAM + random.nextInt(TEAM)
                        : random.nextInt(count);
                if (target != i && target < count && (target > i || random.nextInt(10) == 0)) {
                    delegates.add(names.get(target));
                }
            }
            String mention = random.nextInt(10) < 9 ? names.get(random.nextInt(count)) : null;
            String spawn = random.nextInt(10) < 3 ? names.get(Math.min(count - 1, team * TEAM + random.nextInt(TEAM))) : null;
            StringBuilder text = new StringBuilder("---\nname: ").append(names.get(i)).append("\ndescription: Use for the work of ")
                    .append(names.get(i)).append(".\ntools: Read, Grep").append(spawn == null || spawn.equals(names.get(i)) ? "" : ", Agent(" + spawn + ")")
                    .append("\n---\nYou are ").append(names.get(i)).append(". Do the work of your role carefully.\n");
            if (mention != null && !mention.equals(names.get(i))) {
                text.append("\nYou may read what ").append(mention).append(" wrote before you start.\n");
            }
            if (!delegates.isEmpty()) {
                text.append("\n## Delegates to\n");
                delegates.forEach(name -> text.append("- `").append(name).append("`\n"));
            }
            Files.writeString(agents.resolve(names.get(i) + ".md"), text);
        }
    }
}
