package io.agentstudio.logic.markdown;

import java.util.Locale;

/**
 * Which image addresses a preview may load without the user asking. Only {@code data:} images are inside the text
 * itself; any other address (http, https, ftp, protocol-relative {@code //host}, or a scheme a future WebKit fetches)
 * would reach out of the machine, telling the image's host that the agent was opened, so it waits for the user.
 */
final class ImageSources {
    private ImageSources() {
    }

    /** True when showing the image needs no network access: a {@code data:} URL. */
    static boolean isEmbedded(String url) {
        // Browsers ignore leading spaces and control characters and any tab or newline inside a URL; so does this.
        StringBuilder cleaned = new StringBuilder();
        for (int i = 0; i < url.length() && cleaned.length() < 5; i++) {
            char c = url.charAt(i);
            if (c > ' ') {
                cleaned.append(c);
            }
        }
        return cleaned.toString().toLowerCase(Locale.ROOT).equals("data:");
    }
}
