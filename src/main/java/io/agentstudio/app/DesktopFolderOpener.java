package io.agentstudio.app;

import io.agentstudio.gui.export.FolderOpener;
import io.agentstudio.gui.preview.LinkOpener;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens a folder in the system's file manager through AWT's Desktop where it can, else through JavaFX's host
 * services (the same opener as the preview's links), which hand a file URI to the desktop.
 */
final class DesktopFolderOpener implements FolderOpener {
    private final LinkOpener fallback;

    DesktopFolderOpener(LinkOpener fallback) {
        this.fallback = fallback;
    }

    @Override
    public void open(Path folder) throws IOException {
        // Headless runs (tests, servers) have no desktop at all; asking Desktop.getDesktop() there would throw.
        if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            Desktop.getDesktop().open(folder.toFile());
        } else {
            fallback.open(folder.toUri().toString());
        }
    }
}
