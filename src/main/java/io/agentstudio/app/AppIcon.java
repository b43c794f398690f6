package io.agentstudio.app;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The window's icon in the sizes window managers and task bars pick from. The PNGs are rendered from
 * {@code assets/icon/agent-studio.svg} by {@code assets/render-icons.sh} and put on the classpath by the build.
 */
final class AppIcon {
    static final List<Integer> SIZES = List.of(16, 24, 32, 48, 64, 128, 256);

    private AppIcon() {
    }

    /** Decodes the PNGs on a background thread, as the first frame need not wait for them, and then sets them. */
    static void setOn(Stage stage) {
        CompletableFuture.supplyAsync(AppIcon::images).thenAcceptAsync(stage.getIcons()::setAll, Platform::runLater);
    }

    static List<Image> images() {
        return SIZES.stream().map(size -> new Image(Objects.requireNonNull(AppIcon.class.getResource(resource(size)),
                resource(size)).toExternalForm())).toList();
    }

    static String resource(int size) {
        return "/io/agentstudio/app/icon/agent-studio-" + size + ".png";
    }
}
