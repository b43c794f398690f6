package io.agentstudio.gui.agentlist;

import java.io.IOException;
import java.nio.file.Path;

/** The platform's trash (recycle bin), behind an interface so the delete flow is tested without AWT. */
public interface Trash {

    /** True when files can be moved to a trash here; otherwise deleting is permanent and is confirmed first. */
    boolean isAvailable();

    void moveToTrash(Path file) throws IOException;
}
