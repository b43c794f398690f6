package io.agentstudio.gui.preview;

/** Opens a link the user clicked in the preview outside the studio, e.g. {@code hostServices::showDocument}. */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
