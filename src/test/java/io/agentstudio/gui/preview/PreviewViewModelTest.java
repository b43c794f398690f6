package io.agentstudio.gui.preview;

import io.agentstudio.gui.common.Delay;
import io.agentstudio.logic.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview's debounce and caret following without a toolkit: the timer and the threads are in the test's hands. */
class PreviewViewModelTest {
    private final ManualDelay delay = new ManualDelay();
    private final Deque<Runnable> rendering = new ArrayDeque<>();
    private final PreviewViewModel preview = new PreviewViewModel(new MarkdownRenderer(), rendering::add, Runnable::run, delay);

    private void renderAll() {
        while (!rendering.isEmpty()) {
            rendering.poll().run();
        }
    }

    @Test
    void rendersOncePauseAfterTheLastChange() {
        renderAll();
        preview.markdownProperty().set("# T");
        preview.markdownProperty().set("# Ti");
        preview.markdownProperty().set("# Title");

        assertThat(delay.waits).containsOnly(PreviewViewModel.DEBOUNCE);
        assertThat(delay.live()).as("each change restarts the pause").isEqualTo(1);
        assertThat(rendering).isEmpty();

        delay.fire();
        assertThat(preview.htmlProperty().get()).as("rendered off the UI thread, not yet published").doesNotContain("Title");
        renderAll();
        assertThat(preview.htmlProperty().get()).contains("<h1 data-line=\"0\" id=\"line-0\">Title</h1>");
    }

    @Test
    void aRenderOvertakenByNewerTextIsDropped() {
        renderAll();
        preview.markdownProperty().set("old text");
        delay.fire();
        Runnable old = rendering.poll();
        preview.markdownProperty().set("new text");
        delay.fire();

        renderAll();
        old.run();

        assertThat(preview.htmlProperty().get()).contains("new text").doesNotContain("old text");
    }

    @Test
    void thePageFollowsTheThemeAndForbidsScripts() {
        renderAll();
        assertThat(preview.htmlProperty().get()).contains("<body class=\"light\">", "script-src 'none'");

        preview.darkProperty().set(true);
        renderAll();
        assertThat(preview.htmlProperty().get()).contains("<body class=\"dark\">");
    }

    @Test
    void remoteImagesAreBlockedUntilTheUserLoadsThemForThisPreview() {
        preview.markdownProperty().set("![logo](https://tracker.example/logo.png)\n\n![dot](data:image/png;base64,AA==)\n");
        delay.fire();
        renderAll();

        assertThat(preview.blockedImagesProperty().get()).isEqualTo(1);
        assertThat(preview.remoteImagesProperty().get()).isFalse();
        assertThat(preview.htmlProperty().get()).doesNotContain("src=\"https://tracker.example/logo.png\"")
                .contains("default-src 'none'", "img-src data:;", "src=\"data:image/png;base64,AA==\"");

        preview.loadRemoteImages();
        renderAll();

        assertThat(preview.remoteImagesProperty().get()).isTrue();
        assertThat(preview.blockedImagesProperty().get()).isZero();
        assertThat(preview.htmlProperty().get()).contains("src=\"https://tracker.example/logo.png\"", "img-src data: http: https:");
        preview.markdownProperty().set("![other](https://tracker.example/other.png)\n");
        delay.fire();
        renderAll();
        assertThat(preview.htmlProperty().get()).as("the choice holds for later edits").contains("src=\"https://tracker.example/other.png\"");
    }

    @Test
    void aNewPreviewBlocksAgain() {
        PreviewViewModel another = new PreviewViewModel(new MarkdownRenderer(), Runnable::run, Runnable::run, delay);
        preview.loadRemoteImages();

        another.markdownProperty().set("![logo](https://tracker.example/logo.png)\n");
        delay.fire();

        assertThat(another.blockedImagesProperty().get()).isEqualTo(1);
        assertThat(another.htmlProperty().get()).doesNotContain("src=\"https://tracker.example/logo.png\"");
    }

    @Test
    void theAnchorIsTheBlockOfTheCaretLine() {
        preview.markdownProperty().set("# A\n\nfirst\n\n# B\n\nsecond\nline\n");
        delay.fire();
        renderAll();

        preview.caretLineProperty().set(7);
        assertThat(preview.anchorProperty().get()).isEqualTo("line-6");
        preview.caretLineProperty().set(0);
        assertThat(preview.anchorProperty().get()).isEqualTo("line-0");
        preview.caretLineProperty().set(5);
        assertThat(preview.anchorProperty().get()).isEqualTo("line-4");
    }

    /** A timer that only fires when the test says so. */
    private static final class ManualDelay implements Delay {
        private final List<Duration> waits = new ArrayList<>();
        private final List<Runnable> tasks = new ArrayList<>();

        @Override
        public Runnable schedule(Duration wait, Runnable task) {
            waits.add(wait);
            tasks.add(task);
            return () -> tasks.remove(task);
        }

        long live() {
            return tasks.size();
        }

        void fire() {
            List<Runnable> due = List.copyOf(tasks);
            tasks.clear();
            due.forEach(Runnable::run);
        }
    }
}
