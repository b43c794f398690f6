package io.agentstudio.gui.shell;

import atlantafx.base.theme.Styles;
import io.agentstudio.gui.editor.AgentEditorViewModel;
import io.agentstudio.gui.editor.DiskState;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bar over a tab whose file another program changed or deleted, with the user's choices. */
final class ConflictBar extends HBox {

    ConflictBar(AgentEditorViewModel editor, Runnable compare) {
        super(8);
        setId("conflict-bar");
        getStyleClass().add("conflict-bar");
        Label text = new Label();
        text.setId("conflict-text");
        text.setWrapText(true);
        text.setGraphic(new FontIcon(Feather.ALERT_TRIANGLE));
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);

        Button reload = new Button("Reload");
        reload.setId("conflict-reload");
        reload.setOnAction(event -> editor.reloadFromDisk());
        Button keep = new Button("Keep mine");
        keep.setId("conflict-keep");
        keep.setOnAction(event -> editor.keepMine());
        Button diff = new Button("Compare", new FontIcon(Feather.COLUMNS));
        diff.setId("conflict-compare");
        diff.setOnAction(event -> compare.run());
        reload.getStyleClass().add(Styles.ACCENT);
        for (Button button : new Button[]{diff, keep, reload}) {
            // The choices keep their words; the explanation wraps instead (at 1280 wide they were cut to "...").
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        text.setMinWidth(0);
        getChildren().addAll(text, diff, keep, reload);

        Runnable show = () -> {
            DiskState state = editor.diskStateProperty().get();
            boolean changed = state == DiskState.CHANGED_ON_DISK;
            setVisible(changed || state == DiskState.DELETED_ON_DISK);
            setManaged(isVisible());
            for (Button button : new Button[]{reload, keep, diff}) {
                button.setVisible(changed);
                button.setManaged(changed);
            }
            text.setText(switch (state) {
                case CHANGED_ON_DISK -> "Another program changed this file while you were editing it. Your text is"
                        + " unchanged; nothing is overwritten unless you choose Keep mine and save.";
                case DELETED_ON_DISK -> "This file was deleted on disk. Save writes it back; close the tab to let it go.";
                default -> "";
            });
            getStyleClass().removeAll(Styles.WARNING, Styles.DANGER);
            getStyleClass().add(changed ? Styles.WARNING : Styles.DANGER);
        };
        editor.diskStateProperty().addListener((observable, before, after) -> show.run());
        show.run();
    }
}
