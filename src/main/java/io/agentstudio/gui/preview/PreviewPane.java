package io.agentstudio.gui.preview;

import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Shows the {@link PreviewViewModel}'s page in a WebView with JavaScript off.
 * <p>
 * Following the caret needs no script: the page is loaded from a {@code data:} URL, and moving to the caret's
 * section loads the same URL with {@code #anchor}, which WebKit treats as a scroll within the page, not a reload.
 * A click on a link starts a navigation away from that URL; the pane cancels it, hands the address to the
 * {@link LinkOpener} (the system browser) and stays on the preview.
 */
public final class PreviewPane extends StackPane {
    private static final String DATA_URL = "data:text/html;charset=utf-8;base64,";

    private final WebView webView = new WebView();
    private final WebEngine engine = webView.getEngine();
    private final LinkOpener linkOpener;
    private String pageUrl = "";
    private String loadedUrl = "";

    public PreviewPane(PreviewViewModel viewModel, LinkOpener linkOpener) {
        this.linkOpener = linkOpener;
        getStyleClass().add("preview-pane");
        webView.setId("preview-web");
        webView.setContextMenuEnabled(false);
        engine.setJavaScriptEnabled(false);
        engine.locationProperty().addListener((observable, before, location) -> navigated(location));
        viewModel.htmlProperty().addListener((observable, before, html) -> showPage(html, viewModel.anchorProperty().get()));
        viewModel.anchorProperty().addListener((observable, before, anchor) -> show(anchor));
        getChildren().add(webView);
        if (!viewModel.htmlProperty().get().isEmpty()) {
            showPage(viewModel.htmlProperty().get(), viewModel.anchorProperty().get());
        }
    }

    /** The web view, for the window's layout and for tests that read the shown document. */
    public WebView webView() {
        return webView;
    }

    private void showPage(String html, String anchor) {
        pageUrl = DATA_URL + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        show(anchor);
    }

    private void show(String anchor) {
        if (pageUrl.isEmpty()) {
            return;
        }
        String url = anchor.isEmpty() ? pageUrl : pageUrl + "#" + anchor;
        if (!url.equals(loadedUrl)) {
            loadedUrl = url;
            engine.load(url);
        }
    }

    private void navigated(String location) {
        if (location == null || location.isEmpty() || location.startsWith(pageUrl)) {
            return;
        }
        linkOpener.open(location);
        // Cancelling inside the location change would leave WebKit half-way; do it right after, then reshow the page.
        Platform.runLater(() -> {
            engine.getLoadWorker().cancel();
            engine.load(loadedUrl);
        });
    }
}
