package io.agentstudio.logic.graph;

import org.commonmark.node.Node;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inline Markdown of one document (emphasis, code spans, links inside paragraphs, headings and table cells),
 * parsed only for the blocks a reader asks for. CommonMark parses every block's inlines once the blocks are known;
 * finding agent names needs few of them, and inline parsing was most of the cost of reading a body. The parser of a
 * document records each block's source here instead, with the link definitions of the whole document already known,
 * so a block parsed later reads exactly as it would have then.
 *
 * <p>A parser built with {@link #FACTORY} hands its document's instance to {@link #takeLast} on the same thread.
 */
final class DeferredInlines implements InlineParser {
    private static final ThreadLocal<DeferredInlines> LAST = new ThreadLocal<>();

    /**
     * For {@code Parser.builder().inlineParserFactory(...)} of one parser: defers every block's inlines of each
     * document parsed. The blocks are parsed by the thread's {@link ThreadInlineParser}, built with that parser's
     * extensions.
     */
    static final InlineParserFactory FACTORY = context -> {
        DeferredInlines inlines = new DeferredInlines(context);
        LAST.set(inlines);
        return inlines;
    };

    /** The document's link definitions, for the blocks read later. */
    private final InlineParserContext context;
    private final Map<Node, SourceLines> pending = new IdentityHashMap<>();

    private DeferredInlines(InlineParserContext context) {
        this.context = context;
    }

    /** Called by the document parser for each block with inline content: keeps the source for later. */
    @Override
    public void parse(SourceLines lines, Node block) {
        pending.put(block, lines);
    }

    /**
     * The inlines of the document the calling thread parsed last with {@link #FACTORY}; call {@link #forget} before
     * parsing, since a document without inline content may never ask for an inline parser.
     */
    static DeferredInlines takeLast() {
        DeferredInlines inlines = LAST.get();
        LAST.remove();
        return inlines == null ? new DeferredInlines(null) : inlines; // no block to read: no context needed
    }

    static void forget() {
        LAST.remove();
    }

    /** Parses the block's inline content into its children, once. */
    void read(Node block) {
        SourceLines lines = pending.remove(block);
        if (lines != null) {
            ThreadInlineParser.parse(context, lines, block);
        }
    }

    /** Parses the inline content of every block under {@code node} (table cells under a row), once. */
    void readAll(Node node) {
        read(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            readAll(child);
        }
    }

    /** The source lines of a block not read yet, each without its container's markers; empty once read. */
    List<SourceLine> unread(Node block) {
        SourceLines lines = pending.get(block);
        return lines == null ? List.of() : lines.getLines();
    }
}
