package io.agentstudio.gui.preview;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.events.EventTarget;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Shows the {@link PreviewViewModel}'s page in a WebView with JavaScript off.
 * <p>
 * Following the caret needs no script: the page is loaded from a {@code data:} URL, and moving to the caret's
 * section loads the same URL with {@code #anchor}, which WebKit treats as a scroll within the page, not a reload.
 * A click on a link never navigates the view: the pane takes it from the page's click event and hands the address
 * to the {@link LinkOpener} (the system browser); a navigation that starts otherwise is cancelled and handed over.
 * <p>
 * Over the page, a bar says when images were kept from loading from the network and offers to load them.
 */
public final class PreviewPane extends StackPane {
    private static final String DATA_URL = "data:text/html;charset=utf-8;base64,";

    private final PreviewViewModel viewModel;
    private final LinkOpener linkOpener;
    private boolean showScheduled;
    private String shownHtml = "";
    private String pageUrl = "";
    private String loadedUrl = "";
    private WebView webView;
    private WebEngine engine;

    public PreviewPane(PreviewViewModel viewModel, LinkOpener linkOpener) {
        this.viewModel = viewModel;
        this.linkOpener = linkOpener;
        getStyleClass().add("preview-pane");
        VBox content = new VBox(remoteImagesBar(), newWebView());
        viewModel.remoteImagesProperty().addListener((observable, was, allowed) -> content.getChildren().set(1, newWebView()));
        viewModel.htmlProperty().addListener(observable -> showSoon());
        viewModel.anchorProperty().addListener(observable -> showSoon());
        getChildren().add(content);
        show();
    }

    /**
     * A web view for the page's policy. WebKit keeps the Content-Security-Policy of the first page an engine shows
     * for the {@code data:} pages loaded after it, so a page that may load remote images needs an engine of its own.
     */
    private WebView newWebView() {
        webView = new WebView();
        engine = webView.getEngine();
        webView.setId("preview-web");
        webView.setContextMenuEnabled(false);
        engine.setJavaScriptEnabled(false);
        engine.locationProperty().addListener((observable, before, location) -> navigated(location));
        engine.documentProperty().addListener((observable, before, document) -> interceptLinks(document));
        VBox.setVgrow(webView, Priority.ALWAYS);
        loadedUrl = "";
        return webView;
    }

    /** A flow, not a row: in a narrow preview the link goes under the label instead of being cut off. */
    private FlowPane remoteImagesBar() {
        Hyperlink load = new Hyperlink("Load remote images");
        load.setId("preview-load-images");
        load.setOnAction(event -> viewModel.loadRemoteImages());
        Label blocked = new Label();
        blocked.textProperty().bind(Bindings.createStringBinding(() -> viewModel.blockedImagesProperty().get() == 1
                ? "1 remote image blocked" : viewModel.blockedImagesProperty().get() + " remote images blocked",
                viewModel.blockedImagesProperty()));
        FlowPane bar = new FlowPane(blocked, load);
        bar.setId("preview-remote-images");
        bar.getStyleClass().add("remote-images-bar");
        bar.visibleProperty().bind(viewModel.blockedImagesProperty().greaterThan(0).and(viewModel.remoteImagesProperty().not()));
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** The web view, for the window's layout and for tests that read the shown document. */
    public WebView webView() {
        return webView;
    }

    /**
     * A new page changes the html and the anchor one after the other; loading once for both matters, as a scroll
     * to the anchor queued behind the new page's load would bring the old page back.
     */
    private void showSoon() {
        if (!showScheduled) {
            showScheduled = true;
            Platform.runLater(this::show);
        }
    }

    private void show() {
        showScheduled = false;
        String html = viewModel.htmlProperty().get();
        if (html.isEmpty()) {
            return;
        }
        if (!html.equals(shownHtml)) {
            shownHtml = html;
            pageUrl = DATA_URL + Base64.getEncoder().encodeToString(html.getBytes(StandardCharsets.UTF_8));
        }
        String anchor = viewModel.anchorProperty().get();
        String url = anchor.isEmpty() ? pageUrl : pageUrl + "#" + anchor;
        if (!url.equals(loadedUrl)) {
            loadedUrl = url;
            engine.load(url);
        }
    }

    /**
     * A click on a link goes to the {@link LinkOpener} and never starts a navigation in the view: by the time the
     * location changes, WebKit has already sent the request.
     */
    private void interceptLinks(Document document) {
        if (document == null) {
            return;
        }
        // WebKit holds this listener for as long as the page lives, through a reference the Java heap cannot see: it
        // must not hold the pane, or every closed tab's preview (and with it the whole tab) stays in memory.
        LinkOpener opener = linkOpener;
        ((EventTarget) document).addEventListener("click", event -> linkOf(event.getTarget()).ifPresent(href -> {
            event.preventDefault();
            opener.open(href);
        }), true);
    }

    /** The address of the link clicked; none for a link within the page, which scrolls it as before. */
    private static Optional<String> linkOf(EventTarget target) {
        for (Node node = target instanceof Node start ? start : null; node != null; node = node.getParentNode()) {
            if (node instanceof Element element && "a".equalsIgnoreCase(element.getTagName()) && element.hasAttribute("href")) {
                String href = element.getAttribute("href");
                return href.startsWith("#") ? Optional.empty() : Optional.of(href);
            }
        }
        return Optional.empty();
    }

    /** Anything that still starts a navigation away from the page (no click) is cancelled and handed over too. */
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
