package io.agentstudio.logic.markdown;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Block;
import org.commonmark.node.Document;
import org.commonmark.node.Image;
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
 * {@code data-line} and, the first on its line, an id from {@link RenderedMarkdown#anchor(int)}. Images that would be
 * fetched from the network lose their address unless the caller allows remote images (see {@link ImageSources}); the
 * result lists them. Thread-safe.
 */
public final class MarkdownRenderer {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), AutolinkExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /** Renders with remote images blocked. */
    public RenderedMarkdown render(String markdown) {
        return render(markdown, false);
    }

    /** @param remoteImages true when the user chose to load images from the network for this preview */
    public RenderedMarkdown render(String markdown, boolean remoteImages) {
        Node document = parser.parse(markdown);
        LineAttributes lines = new LineAttributes();
        ImageAttributes images = new ImageAttributes(remoteImages);
        String html = HtmlRenderer.builder()
                .extensions(EXTENSIONS)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> lines)
                .attributeProviderFactory(context -> images)
                .build()
                .render(document);
        return new RenderedMarkdown(html, lines.anchored, images.blocked);
    }

    /** One per rendering: takes the address off each image that needs the network, unless allowed, and lists it. */
    private static final class ImageAttributes implements AttributeProvider {
        private final boolean remoteImages;
        private final List<String> blocked = new ArrayList<>();

        ImageAttributes(boolean remoteImages) {
            this.remoteImages = remoteImages;
        }

        @Override
        public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
            String source = attributes.get("src");
            // An empty source is one the sanitizer dropped (a scheme such as ftp or javascript): nothing to fetch.
            if (!(node instanceof Image) || source == null || source.isEmpty() || remoteImages
                    || ImageSources.isEmbedded(source)) {
                return;
            }
            blocked.add(source);
            attributes.remove("src");
            attributes.put("class", "blocked-image");
            attributes.put("title", "Remote image not loaded: " + source);
        }
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
