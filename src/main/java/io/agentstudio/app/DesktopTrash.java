package io.agentstudio.app;

import io.agentstudio.gui.agentlist.Trash;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;

/** The platform trash through AWT's Desktop, which has one on Windows, macOS and most Linux desktops. */
final class DesktopTrash implements Trash {

    @Override
    public boolean isAvailable() {
        // Headless runs (tests, servers) have no desktop at all; asking Desktop.getDesktop() there would throw.
        return Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.MOVE_TO_TRASH);
    }

    @Override
    public void moveToTrash(Path file) throws IOException {
        if (!Desktop.getDesktop().moveToTrash(file.toFile())) {
            throw new IOException("the system did not move it to the trash");
        }
    }
}
