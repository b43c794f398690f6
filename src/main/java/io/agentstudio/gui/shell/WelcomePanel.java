package io.agentstudio.gui.shell;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** What the editor area shows for a folder without agents: what the studio is for and one way to start. */
final class WelcomePanel extends VBox {
    private static final double TEXT_WIDTH = 420;

    WelcomePanel(Runnable createAgent) {
        super(14);
        setId("welcome");
        setAlignment(Pos.CENTER);
        Label title = new Label("This folder has no agents yet");
        title.getStyleClass().add(Styles.TITLE_3);
        Label explanation = new Label("An agent is a Markdown file with a name and a description that tells Claude Code"
                + " when to hand it work. Start from a template; you can change everything afterwards.");
        explanation.setWrapText(true);
        explanation.setMaxWidth(TEXT_WIDTH);
        explanation.getStyleClass().add(Styles.TEXT_MUTED);
        Button create = new Button("Create your first agent", new FontIcon(Feather.FILE_PLUS));
        create.setId("create-first-agent");
        create.getStyleClass().addAll(Styles.ACCENT, Styles.LARGE);
        create.setDefaultButton(true);
        create.setOnAction(event -> createAgent.run());
        getChildren().addAll(title, explanation, create);
    }
}
