package io.agentstudio.gui.shell;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import java.util.Collection;
import java.util.List;

/** A unified diff of the disk's version against the user's, coloured by line, with a button to go back. */
final class DiffView extends BorderPane {
    private final CodeArea area = new CodeArea();

    DiffView(Runnable close) {
        getStyleClass().add("diff-view");
        setId("diff-view");
        Label title = new Label("On disk (−) compared with your version (+)");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Button back = new Button("Back to editing", new FontIcon(Feather.X));
        back.setOnAction(event -> close.run());
        HBox header = new HBox(8, title, new atlantafx.base.controls.Spacer(), back);
        header.getStyleClass().add("diff-header");
        HBox.setHgrow(title, Priority.NEVER);
        area.setId("diff-text");
        area.setEditable(false);
        setTop(header);
        setCenter(new VirtualizedScrollPane<>(area));
    }

    void show(List<String> lines) {
        area.replaceText(lines.isEmpty() ? "The versions are the same." : String.join("\n", lines));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Collection<String> style = line.startsWith("+++") || line.startsWith("---") || line.startsWith("@@") ? List.of("diff-meta")
                    : line.startsWith("+") ? List.of("diff-added") : line.startsWith("-") ? List.of("diff-removed") : List.of();
            area.setParagraphStyle(i, style);
        }
    }
}
