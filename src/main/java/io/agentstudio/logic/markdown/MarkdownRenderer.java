package io.agentstudio.logic.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Markdown to HTML with commonmark-java, GFM tables and autolinks. The body is a system prompt, not a web page: raw
 * HTML in it is escaped and shown as text, and link targets with a scheme other than http, https, mailto (and data
 * for images) are dropped, so nothing in a body can run. Each block carries its 0-based source line as
 * {@code data-line} and, the first on its line, an id from {@link RenderedMarkdown#anchor(int)}. Thread-safe.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    public RenderedMarkdown render(String markdown) {
        Node document = parser.parse(markdown);
        LineAttributes lines = new LineAttributes();
        String html = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> lines)
                .build()
                .render(document);
        return new RenderedMarkdown(html, lines.anchored);
    }

    /** One per rendering: remembers which lines already have an anchor, as nested blocks share a first line. */
    private static final class LineAttributes implements AttributeProvider {
        private final List<Integer> anchored = new ArrayList<>();
        private final Set<Integer> seen = new HashSet<>();

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            if (node instanceof Document || !(node instanceof Block || node instanceof TableRow)) {
                return;
            }
            List<SourceSpan> spans = node.getSourceSpans();
            if (spans.isEmpty()) {
                return;
            }
            int line = spans.get(0).getLineIndex();
            attributes.put("data-line", Integer.toString(line));
            if (seen.add(line)) {
                attributes.put("id", RenderedMarkdown.anchor(line));
                anchored.add(line);
            }
        }
    }
}
