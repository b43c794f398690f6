package io.agentstudio.app;

import io.agentstudio.gui.body.BodyEditorPane;
import io.agentstudio.gui.body.BodyEditorViewModel;
import io.agentstudio.gui.editor.AgentEditing;
import io.agentstudio.gui.editor.EditorPaneContext;
import io.agentstudio.gui.editor.EditorPanes;
import io.agentstudio.gui.common.FxDelay;
import io.agentstudio.gui.preview.LinkOpener;
import io.agentstudio.gui.preview.PreviewPane;
import io.agentstudio.gui.preview.PreviewViewModel;
import io.agentstudio.logic.markdown.MarkdownRenderer;
import io.agentstudio.model.AgentDocument;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The panes of an open agent: the highlighted Markdown body editor and the rendered preview. Both follow the agent
 * through {@link AgentEditing}, so the preview shows what the form, the body and undo made of the document.
 */
final class MarkdownEditorPanes implements EditorPanes {
    /** Built on the render thread: its Markdown parser is not needed before the first preview, so not before the first frame. */
    private final CompletableFuture<MarkdownRenderer> renderer;
    private final Executor renderExecutor;
    private final LinkOpener linkOpener;

    MarkdownEditorPanes(Executor renderExecutor, LinkOpener linkOpener) {
        this.renderer = CompletableFuture.supplyAsync(MarkdownRenderer::new, renderExecutor);
        this.renderExecutor = renderExecutor;
        this.linkOpener = linkOpener;
    }

    @Override
    public Node body(AgentEditing editing, EditorPaneContext context) {
        BodyEditorViewModel viewModel = new BodyEditorViewModel(editing);
        BodyEditorPane pane = new BodyEditorPane(viewModel, context.problems());
        // The preference sets every tab's wrap; the pane's own Wrap toggle may still change one tab.
        context.lifetime().add(context.wrapText().subscribe(wrap -> pane.wrapTextProperty().set(wrap)));
        pane.styleProperty().bind(Bindings.format("-fx-font-size: %dpx;", context.fontSize()));
        context.caretLine().bind(viewModel.caretLineProperty());
        context.caretColumn().bind(viewModel.caretColumnProperty());
        context.lineRequest().addListener((observable, before, request) -> {
            int bodyLine = request.line() - 1 - editing.documentProperty().get().bodyFirstLine();
            if (bodyLine >= 0) {
                pane.showLine(bodyLine);
            }
        });
        return pane;
    }

    @Override
    public Node preview(AgentEditing editing, EditorPaneContext context) {
        PreviewViewModel viewModel = new PreviewViewModel(renderer.join(), renderExecutor, Platform::runLater, new FxDelay());
        viewModel.markdownProperty().bind(Bindings.createStringBinding(() -> editing.documentProperty().get().body(),
                editing.documentProperty()));
        viewModel.caretLineProperty().bind(Bindings.createIntegerBinding(() -> {
            AgentDocument document = editing.documentProperty().get();
            return Math.max(0, context.caretLine().get() - 1 - document.bodyFirstLine());
        }, editing.documentProperty(), context.caretLine()));
        viewModel.darkProperty().bind(context.darkTheme());
        return new PreviewPane(viewModel, linkOpener);
    }
}
