package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;
import io.agentstudio.logic.startup.SampleWorkspace;
import io.agentstudio.model.GraphNode;
import io.agentstudio.testing.GuiTest;
import javafx.scene.canvas.Canvas;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * At "fit all" in the graph view of a 1280 x 800 window (a canvas of 855 x 470), every agent's name of a team of 34
 * and of the bundled sample can be read: written whole, at 10 px or more, no two names over each other, and there on
 * screen as text.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class FitAllNamesTest {
    private static final double WIDTH = 855;
    private static final double HEIGHT = 470;
    /** A pixel this far from the tag's own colour (largest channel difference, 0-255) is a letter's ink. */
    private static final int INK = 96;

    @TempDir
    Path folder;

    @AfterEach
    void cleanUp() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void everyNameOfATeamOf34IsReadableAtFitAll() throws Exception {
        Path team = TeamOf34.write(folder.resolve("team"));

        Drawn drawn = drawAtFitAll(team);

        assertThat(drawn.names()).hasSize(34);
        assertReadable(drawn);
    }

    @Test
    void everyNameOfTheBundledSampleIsReadableAtFitAll() throws Exception {
        Path sample = new SampleWorkspace(folder).ensureCopy();

        Drawn drawn = drawAtFitAll(sample);

        assertThat(drawn.names()).hasSize(10);
        assertReadable(drawn);
    }

    private static void assertReadable(Drawn drawn) {
        Map<String, RenderStats.Label> byNode = drawn.stats().labels().stream()
                .collect(Collectors.toMap(RenderStats.Label::nodeId, label -> label));
        assertThat(byNode.keySet()).as("agents whose name is written").containsExactlyInAnyOrderElementsOf(drawn.names().keySet());
        for (RenderStats.Label label : drawn.stats().labels()) {
            assertThat(label.text()).as("name written whole").isEqualTo(drawn.names().get(label.nodeId()));
            assertThat(label.size()).as("font size of " + label.text()).isGreaterThanOrEqualTo(10);
            NodeBox area = label.area();
            assertThat(area.x() >= 0 && area.y() >= 0 && area.right() <= WIDTH && area.bottom() <= HEIGHT)
                    .as(label.text() + " on screen at " + area).isTrue();
            assertThat(inkIn(drawn.pixels(), area)).as("letters of " + label.text() + " on the canvas").isGreaterThan(4 * label.text().length());
        }
        List<RenderStats.Label> labels = drawn.stats().labels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlap(labels.get(i).area(), labels.get(j).area()))
                        .as(labels.get(i).text() + " over " + labels.get(j).text()).isFalse();
            }
        }
    }

    /** A whole frame at fit all in a canvas of the graph view's size, its labels and pixels; the agents' names by node. */
    private static Drawn drawAtFitAll(Path workspace) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            CanvasHarness harness = new CanvasHarness(workspace, 1280, 800);
            Viewport viewport = new Viewport();
            viewport.widthProperty().set(WIDTH);
            viewport.heightProperty().set(HEIGHT);
            viewport.fit(harness.model().laidOut().bounds().orElseThrow());
            Canvas canvas = new Canvas(WIDTH, HEIGHT);
            RenderStats stats = GraphRenderer.render(canvas.getGraphicsContext2D(), harness.model(), viewport, GraphPalette.LIGHT,
                    GraphRenderer.Interaction.NONE, true, false);
            Map<String, String> names = harness.model().laidOut().graph().nodes().stream()
                    .collect(Collectors.toMap(GraphNode::id, GraphNode::name));
            harness.close();
            return new Drawn(stats, CanvasPixels.of(canvas), names);
        }).get();
    }

    /** Pixels inside {@code area} that differ from the colour at its inner left edge: the letters' ink. */
    private static int inkIn(int[] pixels, NodeBox area) {
        int width = (int) WIDTH;
        int top = (int) Math.ceil(area.y()) + 1;
        int bottom = (int) Math.floor(area.bottom()) - 1;
        int left = (int) Math.ceil(area.x()) + 1;
        int right = (int) Math.floor(area.right()) - 1;
        int ground = pixels[(top + bottom) / 2 * width + left];
        int ink = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                if (CanvasPixels.apart(pixels[y * width + x], ground) > INK) {
                    ink++;
                }
            }
        }
        return ink;
    }

    private static boolean overlap(NodeBox one, NodeBox other) {
        return one.x() < other.right() && other.x() < one.right() && one.y() < other.bottom() && other.y() < one.bottom();
    }

    private record Drawn(RenderStats stats, int[] pixels, Map<String, String> names) {
    }

    /**
     * A team of 34 shaped like the studio's users' bigger ones: a lead hands work to planners, reviewers and the leads of
     * six stacks, who hand it to their specialists; three stand-alone helpers are only mentioned.
     */
    static final class TeamOf34 {
        private static final Map<String, List<String>> HANDOFFS = Map.ofEntries(
                Map.entry("tech-lead-orchestrator", List.of("project-analyst", "team-configurator", "code-reviewer",
                        "performance-optimizer", "documentation-specialist", "code-archaeologist", "django-backend-expert",
                        "laravel-backend-expert", "rails-backend-expert", "react-component-architect", "vue-component-architect",
                        "python-expert")),
                Map.entry("django-backend-expert", List.of("django-api-developer", "django-orm-expert")),
                Map.entry("laravel-backend-expert", List.of("laravel-eloquent-expert", "laravel-queue-worker")),
                Map.entry("rails-backend-expert", List.of("rails-activerecord-expert", "rails-api-developer", "rails-hotwire-expert")),
                Map.entry("react-component-architect", List.of("react-nextjs-expert", "react-state-manager", "tailwind-css-expert")),
                Map.entry("vue-component-architect", List.of("vue-nuxt-expert", "vue-state-manager")),
                Map.entry("python-expert", List.of("fastapi-expert", "ml-data-expert", "web-scraping-expert", "testing-expert",
                        "security-expert", "devops-cicd-expert")),
                Map.entry("code-reviewer", List.of("security-expert", "testing-expert")));
        private static final List<String> ALONE = List.of("api-architect", "frontend-developer", "backend-developer");

        private TeamOf34() {
        }

        static Path write(Path root) throws IOException {
            Path agents = Files.createDirectories(root.resolve(".claude/agents"));
            Set<String> names = new TreeSet<>(ALONE);
            HANDOFFS.forEach((from, to) -> {
                names.add(from);
                names.addAll(to);
            });
            for (String name : names) {
                StringBuilder text = new StringBuilder("---\nname: ").append(name).append("\ndescription: Use for the work of ")
                        .append(name).append(".\ntools: Read, Grep\n---\nYou are ").append(name).append(".\n");
                if (ALONE.contains(name)) {
                    text.append("\nAsk tech-lead-orchestrator when the task is unclear.\n");
                }
                List<String> to = HANDOFFS.getOrDefault(name, List.of());
                if (!to.isEmpty()) {
                    text.append("\n## Delegates to\n");
                    to.forEach(target -> text.append("- `").append(target).append("`\n"));
                }
                Files.writeString(agents.resolve(name + ".md"), text);
            }
            return root;
        }
    }
}
