package io.agentstudio.gui.preview;

import io.agentstudio.gui.common.Delay;
import io.agentstudio.logic.markdown.MarkdownRenderer;
import io.agentstudio.logic.markdown.RenderedMarkdown;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * The preview's state: the page for the Markdown, rendered {@link #DEBOUNCE} after the text stops changing, on the
 * render executor (off the UI thread), and the anchor of the caret's section. A result that a newer text overtook is
 * dropped, so a slow render never shows old text over new. Images from the network stay blocked until the user asks
 * for them with {@link #loadRemoteImages()}, which holds for this preview (this agent's tab) only.
 */
public final class PreviewViewModel {
    public static final Duration DEBOUNCE = Duration.ofMillis(250);

    private final MarkdownRenderer renderer;
    private final Executor renderExecutor;
    private final Executor uiExecutor;
    private final Delay delay;
    private Runnable cancelPending = () -> { };
    private long requested;
    private RenderedMarkdown shown = new RenderedMarkdown("", List.of(), List.of());

    // Properties
    private final StringProperty markdown = new SimpleStringProperty(this, "markdown", "");
    private final IntegerProperty caretLine = new SimpleIntegerProperty(this, "caretLine", 0);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final ReadOnlyStringWrapper html = new ReadOnlyStringWrapper(this, "html", "");
    private final ReadOnlyStringWrapper anchor = new ReadOnlyStringWrapper(this, "anchor", "");
    private final ReadOnlyBooleanWrapper remoteImages = new ReadOnlyBooleanWrapper(this, "remoteImages", false);
    private final ReadOnlyIntegerWrapper blockedImages = new ReadOnlyIntegerWrapper(this, "blockedImages", 0);

    /**
     * @param renderExecutor where Markdown is rendered (a background thread in the studio)
     * @param uiExecutor     where results are published ({@code Platform::runLater} in the studio)
     * @param delay          the debounce timer
     */
    public PreviewViewModel(MarkdownRenderer renderer, Executor renderExecutor, Executor uiExecutor, Delay delay) {
        this.renderer = renderer;
        this.renderExecutor = renderExecutor;
        this.uiExecutor = uiExecutor;
        this.delay = delay;
        markdown.addListener((observable, before, text) -> renderLater());
        dark.addListener((observable, before, isDark) -> renderNow());
        caretLine.addListener((observable, before, line) -> anchor.set(anchorOf(shown)));
        renderNow();
    }

    /** The Markdown to show; bind it to the body editor's body. */
    public StringProperty markdownProperty() {
        return markdown;
    }

    /** The 0-based body line of the editor's caret; the preview shows the block that contains it. */
    public IntegerProperty caretLineProperty() {
        return caretLine;
    }

    /** True for the dark stylesheet. */
    public BooleanProperty darkProperty() {
        return dark;
    }

    /** The whole page to show; empty while there is none. */
    public ReadOnlyStringProperty htmlProperty() {
        return html.getReadOnlyProperty();
    }

    /** The element id of the caret's block in {@link #htmlProperty()}, or empty before the first block. */
    public ReadOnlyStringProperty anchorProperty() {
        return anchor.getReadOnlyProperty();
    }

    /** True once the user chose to load images from the network in this preview. */
    public ReadOnlyBooleanProperty remoteImagesProperty() {
        return remoteImages.getReadOnlyProperty();
    }

    /** How many images of the shown page were left out because they would be fetched from the network. */
    public ReadOnlyIntegerProperty blockedImagesProperty() {
        return blockedImages.getReadOnlyProperty();
    }

    // Commands

    /** The user's choice: fetch this preview's remote images, now and on every later render. */
    public void loadRemoteImages() {
        if (!remoteImages.get()) {
            remoteImages.set(true);
            // The page shown was made under the old policy; nothing is shown until the new one is rendered.
            html.set("");
            renderNow();
        }
    }

    private void renderLater() {
        cancelPending.run();
        cancelPending = delay.schedule(DEBOUNCE, this::renderNow);
    }

    private void renderNow() {
        cancelPending.run();
        long generation = ++requested;
        String text = markdown.get();
        boolean isDark = dark.get();
        boolean remote = remoteImages.get();
        renderExecutor.execute(() -> {
            RenderedMarkdown rendered = renderer.render(text, remote);
            String page = PreviewPage.of(rendered.html(), isDark, remote);
            uiExecutor.execute(() -> show(generation, rendered, page));
        });
    }

    private void show(long generation, RenderedMarkdown rendered, String page) {
        if (generation != requested) {
            return;
        }
        shown = rendered;
        // The anchor first: the view loads the page once the html changes, at the anchor it finds then.
        anchor.set(anchorOf(rendered));
        blockedImages.set(rendered.blockedImages().size());
        html.set(page);
    }

    private String anchorOf(RenderedMarkdown rendered) {
        return rendered.anchorFor(caretLine.get()).orElse("");
    }
}
