package io.agentstudio.gui;

import io.agentstudio.gui.agentlist.Trash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

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
        // A folder (a skill) goes whole, as to a real trash.
        try (Stream<Path> walk = Files.walk(file)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
        trashed.add(file);
    }
}
