package io.agentstudio.gui;

import io.agentstudio.gui.agentlist.Trash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A trash that is there or not as the test says, and keeps what it was given in a list (the file itself goes). */
public final class FakeTrash implements Trash {
    public boolean available = true;
    public final List<Path> trashed = new ArrayList<>();

    @Override
    public boolean isAvailable() {
        return available;
    }

    @Override
    public void moveToTrash(Path file) throws IOException {
        Files.delete(file);
        trashed.add(file);
    }
}
