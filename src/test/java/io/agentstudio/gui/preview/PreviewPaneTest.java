package io.agentstudio.gui.preview;

import io.agentstudio.gui.common.FxDelay;
import io.agentstudio.testing.GuiTest;
import com.sun.net.httpserver.HttpServer;
import io.agentstudio.logic.markdown.MarkdownRenderer;
import javafx.concurrent.Worker;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.w3c.dom.Document;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview in a real WebView, headless, against an HTTP server on the loopback address: opening an agent fetches
 * nothing; the user's "Load remote images" fetches its images; a clicked link goes to the system browser only.
 */
@GuiTest
@ExtendWith(ApplicationExtension.class)
class PreviewPaneTest {
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final List<String> opened = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private PreviewViewModel viewModel;
    private PreviewPane preview;

    @Start
    void start(Stage stage) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, PNG.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(PNG);
            }
        });
        server.start();
        viewModel = new PreviewViewModel(new MarkdownRenderer(), Runnable::run, Runnable::run, new FxDelay());
        preview = new PreviewPane(viewModel, opened::add);
        stage.setScene(new Scene(preview, 800, 600));
        stage.show();
    }

    @AfterEach
    void tearDown() throws Exception {
        FxToolkit.cleanupStages();
        server.stop(0);
    }

    private String address(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** Shows {@code markdown} and waits until the page and everything it loads are done. */
    private void show(FxRobot robot, String markdown, String expectedText) throws Exception {
        robot.interact(() -> viewModel.markdownProperty().set(markdown));
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            Document document = preview.webView().getEngine().getDocument();
            return preview.webView().getEngine().getLoadWorker().getState() == Worker.State.SUCCEEDED
                    && document != null && document.getDocumentElement().getTextContent().contains(expectedText);
        }).get());
    }

    @Test
    void anAgentWithARemoteImageFetchesNothingUntilTheUserLoadsIt(FxRobot robot) throws Exception {
        show(robot, "# Reviewer\n\n![logo](" + address("/logo.png") + ")\n\n![also](//127.0.0.1:"
                + server.getAddress().getPort() + "/relative.png)\n\nShown.\n", "Shown.");

        assertThat(requests).as("a page is done once its images are").isEmpty();
        assertThat(robot.lookup("#preview-remote-images").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#preview-load-images");
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> requests.contains("/logo.png"));
        assertThat(robot.lookup("#preview-remote-images").queryAs(Node.class).isVisible()).isFalse();
    }

    @Test
    void aClickedLinkOpensInTheSystemBrowserAndTheViewFetchesNothing(FxRobot robot) throws Exception {
        String guide = address("/guide");
        show(robot, "[Read the whole guide to reviewing code before you start](" + guide + ")\n", "Read the whole guide");
        Bounds view = preview.webView().localToScreen(preview.webView().getBoundsInLocal());

        // The link is the page's first line: the body's padding is 16px at the top and 24px at the left.
        robot.clickOn(view.getMinX() + 80, view.getMinY() + 27);

        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> !opened.isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).containsExactly(guide);
        assertThat(requests).isEmpty();
    }
}
