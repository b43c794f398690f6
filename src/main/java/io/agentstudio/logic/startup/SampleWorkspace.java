package io.agentstudio.logic.startup;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample workspace bundled with the studio and its writable copy in the user's data folder. The copy is made
 * once: after that it belongs to the user, so it is never refreshed or overwritten, only recreated when missing.
 */
public final class SampleWorkspace {
    static final String RESOURCE_FOLDER = "/io/agentstudio/sample-workspace/";
    /** Resources inside a jar cannot be listed, so the bundled files are named in this index. */
    static final String INDEX_RESOURCE = "/io/agentstudio/sample-workspace.index";
    private static final String FOLDER_NAME = "sample-workspace";

    private final Path copy;

    public SampleWorkspace(Path dataFolder) {
        this.copy = dataFolder.resolve(FOLDER_NAME);
    }

    /** Where the writable copy lives (whether or not it exists yet). */
    public Path copyFolder() {
        return copy;
    }

    public boolean isCopy(Path root) {
        return root.toAbsolutePath().normalize().equals(copy.toAbsolutePath().normalize());
    }

    /**
     * Makes the copy unless it already exists. The files are written to a fresh sibling folder that is renamed into
     * place at the end, so an interrupted first start does not leave a half copy that later starts would keep.
     */
    public Path ensureCopy() throws IOException {
        if (Files.isDirectory(copy)) {
            return copy;
        }
        // A plain folder rather than a temp directory: those are private (0700) and the copy should look like any
        // folder the user made. A leftover from an interrupted start is incomplete, so it goes.
        Path staging = copy.resolveSibling(FOLDER_NAME + ".partial");
        deleteTree(staging);
        Files.createDirectories(staging);
        try {
            for (String file : bundledFiles()) {
                Path target = staging.resolve(file);
                Files.createDirectories(target.getParent());
                try (InputStream in = open(file)) {
                    Files.copy(in, target);
                }
            }
            Files.move(staging, copy);
        } finally {
            deleteTree(staging);
        }
        return copy;
    }

    /** The bundled files, relative to the sample folder with {@code /} separators, as the index lists them. */
    public static List<String> bundledFiles() throws IOException {
        try (InputStream in = SampleWorkspace.class.getResourceAsStream(INDEX_RESOURCE)) {
            if (in == null) {
                throw new IOException("The sample workspace index " + INDEX_RESOURCE + " is missing from this build.");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        }
    }

    private static InputStream open(String file) throws IOException {
        InputStream in = SampleWorkspace.class.getResourceAsStream(RESOURCE_FOLDER + file);
        if (in == null) {
            throw new IOException("The sample file " + file + " is listed in the index but missing from this build.");
        }
        return in;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
