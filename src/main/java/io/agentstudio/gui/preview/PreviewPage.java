package io.agentstudio.gui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Wraps a rendered body in a page: the preview stylesheet, the theme, and a policy that forbids every script. */
final class PreviewPage {
    private static final String STYLESHEET = read("/io/agentstudio/gui/preview/preview.css");

    private PreviewPage() {
    }

    static String of(String bodyHtml, boolean dark) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                // JavaScript is off in the WebView already; the policy is a second lock should that ever change.
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"script-src 'none'; object-src 'none'\">"
                + "<style>" + STYLESHEET + "</style></head>\n<body class=\"" + (dark ? "dark" : "light") + "\">\n"
                + bodyHtml + "</body></html>\n";
    }

    private static String read(String resource) {
        try (InputStream in = PreviewPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
