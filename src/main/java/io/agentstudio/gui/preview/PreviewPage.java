package io.agentstudio.gui.preview;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Wraps a rendered body in a page: the preview stylesheet, the theme, and a policy that forbids every script and
 * every fetch but inline images, and remote images too once the user asked for them. The renderer already leaves
 * blocked addresses out; the policy is the second lock, for what WebKit would fetch that the renderer did not foresee.
 */
final class PreviewPage {
    private static final String STYLESHEET = read("/io/agentstudio/gui/preview/preview.css");

    private PreviewPage() {
    }

    static String of(String bodyHtml, boolean dark, boolean remoteImages) {
        String images = remoteImages ? "data: http: https:" : "data:";
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                // JavaScript is off in the WebView already; the policy is a second lock should that ever change.
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'none';"
                + " object-src 'none'; img-src " + images + "; style-src 'unsafe-inline'\">"
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
