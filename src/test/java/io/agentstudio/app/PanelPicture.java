package io.agentstudio.app;

import io.agentstudio.testing.Wcag;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.shape.Shape;
import javafx.scene.text.Text;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One panel as a person sees it, read from a picture of the whole window (so that what shows through a panel
 * without a background of its own counts): the colour of its surface, and for each text in it the contrast
 * between the text and what is behind it. The background of a text is the commonest colour of its pixels, the
 * text's colour the pixel that stands out most from it. Icons and disabled controls are left out, as WCAG does.
 */
final class PanelPicture {
    /** A text smaller than this on screen (cut off by a scroll or a clip) has too few pixels to judge. */
    private static final double LEAST_SIDE = 5;
    private static final double SHAPE_MARGIN = 3;
    private final Node panel;
    private final Image window;

    PanelPicture(Node panel, Image window) {
        this.panel = panel;
        this.window = window;
    }

    /** The commonest colour of the panel's pixels. */
    int surface() {
        return commonest(onScreen(panel).orElseThrow(() -> new AssertionError(panel + " is not on screen")));
    }

    /** Every visible text of the panel with its contrast. */
    List<TextContrast> texts() {
        List<TextContrast> texts = new ArrayList<>();
        collect(panel, texts);
        return texts;
    }

    /** Every visible line, arrow and dot drawn as a shape in the panel (legend samples), named by its style classes. */
    List<TextContrast> shapes() {
        List<TextContrast> shapes = new ArrayList<>();
        collect(panel, shapes, node -> node instanceof Shape && !(node instanceof Text), node -> String.join(".", node.getStyleClass()), SHAPE_MARGIN);
        return shapes;
    }

    private void collect(Node node, List<TextContrast> texts) {
        collect(node, texts, candidate -> candidate instanceof Text text && !(candidate instanceof FontIcon) && !text.getText().isBlank(),
                candidate -> ((Text) candidate).getText(), 0);
    }

    /** {@code margin}: pixels around the node that belong to its background (a thin line has none inside its box). */
    private void collect(Node node, List<TextContrast> found, Predicate<Node> wanted, Function<Node, String> name, double margin) {
        if (!node.isVisible() || node.getOpacity() == 0 || node.isDisabled()) {
            return;
        }
        if (wanted.test(node)) {
            Bounds local = node.getBoundsInLocal();
            onScreen(node, new BoundingBox(local.getMinX() - margin, local.getMinY() - margin, local.getWidth() + 2 * margin, local.getHeight() + 2 * margin))
                    .filter(box -> box.getWidth() >= LEAST_SIDE && box.getHeight() >= LEAST_SIDE)
                    .ifPresent(box -> found.add(contrastOf(name.apply(node), box)));
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, found, wanted, name, margin));
        }
    }

    private TextContrast contrastOf(String text, Bounds box) {
        int background = commonest(box);
        int foreground = background;
        PixelReader pixels = window.getPixelReader();
        for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
                int pixel = pixels.getArgb(x, y);
                if (Wcag.contrast(pixel, background) > Wcag.contrast(foreground, background)) {
                    foreground = pixel;
                }
            }
        }
        return new TextContrast(text, foreground, background, Wcag.contrast(foreground, background));
    }

    private int commonest(Bounds box) {
        Map<Integer, Integer> counts = new HashMap<>();
        PixelReader pixels = window.getPixelReader();
        for (int y = (int) box.getMinY(); y < (int) box.getMaxY(); y++) {
            for (int x = (int) box.getMinX(); x < (int) box.getMaxX(); x++) {
                counts.merge(pixels.getArgb(x, y), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** The part of the node the window shows: inside the window, the panel and every clip around it (scrolls, lists). */
    private Optional<Bounds> onScreen(Node node) {
        return onScreen(node, node.getBoundsInLocal());
    }

    private Optional<Bounds> onScreen(Node node, Bounds local) {
        Optional<Bounds> box = Optional.of(node.localToScene(local))
                .flatMap(bounds -> intersection(bounds, new BoundingBox(0, 0, window.getWidth(), window.getHeight())))
                .flatMap(bounds -> intersection(bounds, panel.localToScene(panel.getBoundsInLocal())));
        for (Node around = node; around != null; around = around.getParent()) {
            Node clip = around.getClip();
            if (clip != null) {
                Bounds clipped = around.localToScene(clip.getBoundsInParent());
                box = box.flatMap(bounds -> intersection(bounds, clipped));
            }
        }
        return box;
    }

    /** The whole pixels both boxes cover, if any. */
    private static Optional<Bounds> intersection(Bounds a, Bounds b) {
        double minX = Math.ceil(Math.max(a.getMinX(), b.getMinX()));
        double minY = Math.ceil(Math.max(a.getMinY(), b.getMinY()));
        double maxX = Math.floor(Math.min(a.getMaxX(), b.getMaxX()));
        double maxY = Math.floor(Math.min(a.getMaxY(), b.getMaxY()));
        return maxX - minX < 1 || maxY - minY < 1 ? Optional.empty() : Optional.of(new BoundingBox(minX, minY, maxX - minX, maxY - minY));
    }

    /** A text, the colours it was seen in, and their WCAG contrast ratio. */
    record TextContrast(String text, int foreground, int background, double ratio) {
        @Override
        public String toString() {
            return String.format("\"%s\" %06x on %06x, %.2f:1", text.length() > 40 ? text.substring(0, 40) + "…" : text,
                    foreground & 0xffffff, background & 0xffffff, ratio);
        }
    }
}
