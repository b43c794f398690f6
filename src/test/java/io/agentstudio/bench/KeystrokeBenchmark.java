package io.agentstudio.bench;

import atlantafx.base.theme.PrimerLight;
import io.agentstudio.gui.body.BodyEditorPane;
import io.agentstudio.gui.body.BodyEditorViewModel;
import io.agentstudio.gui.body.FakeAgentEditing;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Times one keystroke in the body editor on a 2,000-line body: the area's change, the incremental highlighting and
 * the model update (a "Typing" edit through an {@code AgentEditing}, which re-parses the agent file). Not a unit
 * test: run it by hand from the project root with
 *
 * <pre>
 *   mvn -B -o test-compile exec:java@keystroke-benchmark
 *   mvn -B -o test-compile exec:java@keystroke-benchmark -Dexec.args="2000 2000"
 * </pre>
 *
 * Arguments (optional): body lines (default 2000), measured keystrokes (default 2000; 500 warm-up keystrokes come
 * first). Keystrokes go to prose lines, headings, list items and inside fenced code blocks; every 50th one breaks or
 * repairs a fence in the middle of the body, which restyles every line up to the next fence. Headless (Monocle).
 */
public final class KeystrokeBenchmark {
    private static final int WARMUP = 500;
    private static final int FENCE_TOGGLE_EVERY = 50;

    private KeystrokeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int keystrokes = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        String body = RealisticBody.lines(lines);
        Platform.startup(() -> { });
        try {
            CodeArea area = onFx(() -> show(body));
            System.out.printf(Locale.ROOT, "Body: %d lines, %d characters. JVM %s, %d processors%n",
                    lines, body.length(), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            Typist typist = onFx(() -> new Typist(area));
            for (int i = 0; i < WARMUP; i++) {
                int stroke = i;
                onFx(() -> typist.keystroke(stroke));
            }
            long[] all = new long[keystrokes];
            List<Long> toggles = new ArrayList<>();
            for (int i = 0; i < keystrokes; i++) {
                int stroke = WARMUP + i;
                all[i] = onFx(() -> typist.keystroke(stroke));
                if (stroke % FENCE_TOGGLE_EVERY == 0) {
                    toggles.add(all[i]);
                }
            }
            report("all keystrokes", all);
            report("fence toggles", toggles.stream().mapToLong(Long::longValue).toArray());
        } finally {
            Platform.exit();
        }
    }

    private static CodeArea show(String body) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        FakeAgentEditing editing = new FakeAgentEditing("---\nname: big-agent\ndescription: A long system prompt\ntools: Read, Grep\n---\n" + body);
        BodyEditorPane pane = new BodyEditorPane(new BodyEditorViewModel(editing));
        Stage stage = new Stage();
        stage.setScene(new Scene(pane, 1200, 800));
        stage.show();
        return (CodeArea) pane.lookup("#body-text");
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%-15s n=%5d  p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms%n", what, sorted.length,
                percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, double fraction) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(fraction * sorted.length) - 1)] / 1e6;
    }

    /** Types into the area at chosen kinds of places, as a user would, and times each keystroke. */
    private static final class Typist {
        private final CodeArea area;
        private final int fenceLine;
        private final List<Integer> targets = new ArrayList<>();

        Typist(CodeArea area) {
            this.area = area;
            List<Integer> fences = new ArrayList<>();
            for (int i = 0; i < area.getParagraphs().size(); i++) {
                String text = area.getParagraph(i).getText();
                if (text.startsWith("```")) {
                    fences.add(i);
                }
                if (!text.isEmpty() && i % 7 == 0) {
                    targets.add(i);
                }
            }
            this.fenceLine = fences.get(fences.size() / 2 & ~1);
        }

        /** One keystroke; returns how long it took in nanoseconds. */
        long keystroke(int stroke) {
            long start = System.nanoTime();
            if (stroke % FENCE_TOGGLE_EVERY == 0) {
                int at = area.getAbsolutePosition(fenceLine, 0);
                if (area.getParagraph(fenceLine).getText().startsWith("```")) {
                    area.deleteText(at, at + 1);
                } else {
                    area.insertText(at, "`");
                }
            } else {
                int line = targets.get((stroke * 31) % targets.size());
                int length = area.getParagraph(line).length();
                area.insertText(area.getAbsolutePosition(line, Math.min(length, 1 + stroke % 23)), "e");
            }
            return System.nanoTime() - start;
        }
    }
}
