package io.agentstudio.gui.graph;

import io.agentstudio.logic.graph.layout.NodeBox;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LabelPlacementTest {
    private static final double HEIGHT = 18;

    @Test
    void noTwoNamesAreWrittenOverEachOther() {
        Random random = new Random(19);
        List<LabelPlacement.Wish> wishes = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            wishes.add(wish("agent-" + i, new NodeBox(random.nextInt(4000), random.nextInt(2000), 150, 46), 2, random.nextInt(6)));
        }

        List<LabelPlacement.Placed> placed = LabelPlacement.place(wishes, 0.2, 855, 470, text -> 7.0 * text.length(), HEIGHT);

        assertThat(placed).isNotEmpty().hasSizeLessThan(wishes.size());
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                NodeBox one = placed.get(i).tag();
                NodeBox other = placed.get(j).tag();
                boolean apart = one.right() + LabelPlacement.GAP <= other.x() || other.right() + LabelPlacement.GAP <= one.x()
                        || one.bottom() + LabelPlacement.GAP <= other.y() || other.bottom() + LabelPlacement.GAP <= one.y();
                assertThat(apart).as(placed.get(i).text() + " and " + placed.get(j).text()).isTrue();
            }
        }
    }

    @Test
    void ofNamesThatWouldCoverEachOtherTheSelectedAgentsIsWrittenThenASearchMatchThenTheBusiest() {
        // Tags wider than the boxes, all on one place, in a view no bigger: only one name can be written.
        NodeBox same = new NodeBox(100, 100, 150, 46);
        List<LabelPlacement.Wish> wishes = new ArrayList<>(List.of(wish("quiet", same, 2, 0), wish("busy", same, 2, 9),
                wish("match", same, 1, 0), wish("selected", same, 0, 0)));
        List<String> written = new ArrayList<>();
        while (!wishes.isEmpty()) {
            List<LabelPlacement.Placed> placed = LabelPlacement.place(wishes, 0.25, 40, 40, text -> 60, HEIGHT);
            assertThat(placed).hasSize(1);
            written.add(placed.get(0).nodeId());
            wishes.removeIf(wish -> wish.nodeId().equals(placed.get(0).nodeId()));
        }

        assertThat(written).containsExactly("selected", "match", "busy", "quiet");
    }

    @Test
    void aNameWithNoRoomAnywhereIsWrittenCutShortOnItsOwnBox() {
        // Two wide boxes, one above the other, in a view hardly wider than they are: neither long name fits whole.
        List<LabelPlacement.Wish> wishes = List.of(wish("06_AI_and_Machine_Learning_Division", new NodeBox(0, 0, 300, 46), 2, 5),
                wish("10_Content_and_Localization_Wing", new NodeBox(0, 100, 300, 46), 2, 1));

        List<LabelPlacement.Placed> placed = LabelPlacement.place(wishes, 0.5, 160, 80, text -> 7.0 * text.length(), HEIGHT);

        assertThat(placed).extracting(LabelPlacement.Placed::text).hasSize(2)
                .anySatisfy(text -> assertThat(text).startsWith("06_AI_and").endsWith("…"))
                .anySatisfy(text -> assertThat(text).startsWith("10_Content").endsWith("…"));
        assertThat(placed).allSatisfy(label -> assertThat(label.tag().width()).isLessThanOrEqualTo(150));
    }

    @Test
    void aNameGoesOnItsOwnBoxWhenThereIsRoom() {
        NodeBox box = new NodeBox(400, 200, 150, 46);

        LabelPlacement.Placed placed = LabelPlacement.place(List.of(wish("planner", box, 2, 1)), 0.3, 855, 470, text -> 50, HEIGHT).get(0);

        assertThat(placed.tag().centerX()).isCloseTo(box.centerX() * 0.3, within(1e-9));
        assertThat(placed.tag().centerY()).isCloseTo(box.centerY() * 0.3, within(1e-9));
        assertThat(placed.tag().width()).isEqualTo(50 + 2 * LabelPlacement.PAD);
    }

    private static LabelPlacement.Wish wish(String id, NodeBox box, int rank, int handoffs) {
        return new LabelPlacement.Wish(id, id, box, rank, handoffs);
    }
}
