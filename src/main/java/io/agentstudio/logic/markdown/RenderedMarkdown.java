package io.agentstudio.logic.markdown;

import java.util.List;
import java.util.Optional;

/**
 * A body rendered to HTML. Each listed line has an element with id {@link #anchor(int)} that starts on it, so a
 * preview can show the section of the editor's caret.
 *
 * @param html          the HTML fragment (no {@code <html>} or {@code <head>}), raw HTML of the source escaped
 * @param blockLines    0-based source lines that have an anchor, ascending
 * @param blockedImages addresses of the images left out because they would be fetched from the network, in order
 */
public record RenderedMarkdown(String html, List<Integer> blockLines, List<String> blockedImages) {
    public RenderedMarkdown {
        blockLines = blockLines.stream().sorted().toList();
        blockedImages = List.copyOf(blockedImages);
    }

    public static String anchor(int line) {
        return "line-" + line;
    }

    /** The anchor of the last block that starts on or before {@code line}, if any does. */
    public Optional<String> anchorFor(int line) {
        int low = 0;
        int high = blockLines.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (blockLines.get(middle) <= line) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found < 0 ? Optional.empty() : Optional.of(anchor(blockLines.get(found)));
    }
}
