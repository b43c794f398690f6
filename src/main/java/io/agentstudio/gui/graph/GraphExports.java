package io.agentstudio.gui.graph;

import io.agentstudio.gui.BackgroundTask;
import io.agentstudio.gui.DialogService;
import io.agentstudio.logic.graph.GraphFormat;
import io.agentstudio.logic.graph.layout.PngImage;
import io.agentstudio.logic.graph.layout.SvgGraphPicture;
import io.agentstudio.logic.workspace.AtomicFileWriter;
import io.agentstudio.model.DelegationGraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Export of what the canvas shows: the picture as PNG (drawn by the view) or SVG (written from the laid-out graph),
 * and the graph as Mermaid or DOT, as the {@code graph} command writes them, with the edge kinds the canvas shows.
 * Files are written off the UI thread, atomically.
 */
public final class GraphExports {
    private final GraphViewModel graph;
    private final DialogService dialogs;
    private final Executor background;
    private final Executor ui;
    private Supplier<Picture> pictureTaker = () -> null;

    /**
     * The whole drawing as pixels.
     *
     * @param argb {@code width * height} pixels, row by row, each {@code 0xAARRGGBB}
     */
    public record Picture(int width, int height, int[] argb) {
    }

    GraphExports(GraphViewModel graph, DialogService dialogs, Executor background, Executor ui) {
        this.graph = graph;
        this.dialogs = dialogs;
        this.background = background;
        this.ui = ui;
    }

    /** The view draws the whole graph off screen when a PNG is asked for. */
    public void setPictureTaker(Supplier<Picture> pictureTaker) {
        this.pictureTaker = pictureTaker;
    }

    // Commands

    /** Asks for a .png or .svg file and writes the picture of the whole graph to it. */
    public void exportPicture() {
        dialogs.chooseSaveFile("Export the graph as a picture", graph.root(), "delegation-graph.png", List.of("png", "svg"))
                .ifPresent(file -> {
                    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
                        String svg = SvgGraphPicture.of(graph.laidOut(), graph.marks(), graph.shownKinds());
                        write(file, () -> AtomicFileWriter.write(file, svg.getBytes(StandardCharsets.UTF_8)));
                    } else {
                        Picture picture = pictureTaker.get();
                        if (picture != null) {
                            write(file, () -> PngImage.write(file, picture.width(), picture.height(), picture.argb()));
                        }
                    }
                });
    }

    /** Asks for a file and writes the graph as Mermaid or DOT. */
    public void exportText(GraphFormat format) {
        String extension = format == GraphFormat.MERMAID ? "mmd" : format.id();
        dialogs.chooseSaveFile("Export the graph as " + format.id(), graph.root(), "delegation-graph." + extension, List.of(extension))
                .ifPresent(file -> {
                    DelegationGraph shown = graph.laidOut().graph().withKinds(graph.shownKinds());
                    String text = format.export(shown, graph.analysis());
                    write(file, () -> AtomicFileWriter.write(file, text.getBytes(StandardCharsets.UTF_8)));
                });
    }

    private interface Writing {
        void run() throws IOException;
    }

    private void write(Path file, Writing writing) {
        new BackgroundTask<Path>(background, ui, written -> graph.say("Exported " + written.getFileName() + "."),
                why -> dialogs.showError("The graph was not exported", file + ": " + why)).run(() -> {
                    writing.run();
                    return file;
                });
    }
}
