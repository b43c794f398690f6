package io.agentstudio.gui.export;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a folder in the system's file manager (the app implements it with the desktop's services). */
@FunctionalInterface
public interface FolderOpener {
    void open(Path folder) throws IOException;
}
