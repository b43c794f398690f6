package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ViewportTest {
    private final Viewport viewport = new Viewport();

    @BeforeEach
    void size() {
        viewport.widthProperty().set(800);
        viewport.heightProperty().set(600);
    }

    @Test
    void zoomingKeepsThePointUnderTheMouseInPlace() {
        viewport.panBy(30, -20);
        double x = viewport.toDrawingX(200);
        double y = viewport.toDrawingY(150);

        viewport.zoomAt(1.7, 200, 150);

        assertThat(viewport.toScreenX(x)).isCloseTo(200, within(1e-9));
        assertThat(viewport.toScreenY(y)).isCloseTo(150, within(1e-9));
        assertThat(viewport.scale()).isCloseTo(1.7, within(1e-9));
    }

    @Test
    void zoomStaysWithinItsLimits() {
        for (int i = 0; i < 50; i++) {
            viewport.zoomIn();
        }
        assertThat(viewport.scale()).isEqualTo(Viewport.MAX_SCALE);
        for (int i = 0; i < 80; i++) {
            viewport.zoomOut();
        }
        assertThat(viewport.scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void fitShowsEverythingCentredAndFitsAgainAfterAResizeUntilTheUserMovesTheView() {
        NodeBox drawing = new NodeBox(100, 50, 3000, 1000);

        viewport.fit(drawing);
        assertContains(viewport.visible(), drawing);
        assertThat(viewport.toScreenX(drawing.centerX())).isCloseTo(400, within(1e-9));

        viewport.widthProperty().set(400);
        assertContains(viewport.visible(), drawing);

        viewport.panBy(10, 0);
        viewport.widthProperty().set(200);
        assertThat(viewport.visible().width()).isLessThan(drawing.width());
    }

    @Test
    void aSmallDrawingIsNotBlownUpPastFullSize() {
        viewport.fit(new NodeBox(0, 0, 100, 40));
        assertThat(viewport.scale()).isEqualTo(1);
    }

    private static void assertContains(NodeBox outer, NodeBox inner) {
        assertThat(outer.x()).isLessThanOrEqualTo(inner.x());
        assertThat(outer.y()).isLessThanOrEqualTo(inner.y());
        assertThat(outer.right()).isGreaterThanOrEqualTo(inner.right());
        assertThat(outer.bottom()).isGreaterThanOrEqualTo(inner.bottom());
    }
}
